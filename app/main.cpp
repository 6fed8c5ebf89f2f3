// SPDX-License-Identifier: GPL-3.0-or-later
// The one place that wires ServiceLens together: the command line runs headless; otherwise the
// window opens on the workbook given, the last one used, or (first start) the demo workbook,
// and on the first start asks who is using it.
#include "CommandLine.h"
#include "MainWindow.h"
#include "i18n/Language.h"
#include "settings/OperatorDialog.h"
#include "settings/OperatorIdentity.h"
#include "workbook/Workbook.h"
#include "workbook/WorkbookController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFont>
#include <QIcon>
#include <QSettings>
#include <QTimer>

#include <memory>

using namespace servicelens;

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ServiceLens"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("servicelens.org"));
    QCoreApplication::setApplicationName(QStringLiteral("ServiceLens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SERVICELENS_VERSION));
    // Who is recorded in the audit records, by the window and the command line alike.
    ui::OperatorIdentity::apply();
}

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("org.servicelens.ServiceLens"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/servicelens.svg")));
    i18n::Language::install(app);
    // Han characters in Simplified Chinese forms whatever the interface language: left to
    // itself fontconfig may pick the Japanese variant of Noto CJK (PERF-NOTES.md).
    QFont font = QApplication::font();
    font.setFamilies({font.family(), QStringLiteral("Noto Sans CJK SC")});
    QApplication::setFont(font);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("workbook"),
                                QStringLiteral("FILE"));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("demo workbook"));
    parser.addOptions({db, demo});
    parser.process(app);

    ui::MainWindow window;
    window.show();
    if (parser.isSet(db))
        window.workbooks().open(parser.value(db));
    else if (parser.isSet(demo))
        window.workbooks().openDemo();
    else
        window.workbooks().openStartup();
    // First start: who is using ServiceLens, once the window and its workbook show.
    if (!ui::OperatorIdentity::wasAsked())
        QTimer::singleShot(0, &window, [&window] {
            Workbook *open = window.workbook();
            ui::OperatorDialog dialog(open ? &open->database() : nullptr, &window);
            dialog.exec();
        });
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (app::CommandLine::needsFonts(arguments)) {
        // The report lays out text (the PDF): Qt Gui for the fonts, on the offscreen platform so
        // it never needs, nor looks for, a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication gui(argc, argv);
        setApplicationIdentity();
        i18n::Language::install(gui);
        return app::CommandLine::run(arguments);
    }
    if (app::CommandLine::isCommand(arguments) || app::CommandLine::isInformational(arguments)) {
        // No window, no display needed: scripts and CI run these.
        QCoreApplication core(argc, argv);
        setApplicationIdentity();
        i18n::Language::install(core);
        return app::CommandLine::run(arguments);
    }
    return runGui(argc, argv);
}
