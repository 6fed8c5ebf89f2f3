// SPDX-License-Identifier: GPL-3.0-or-later
// One colour per measure (UX.md) holds only while every colour is named in one place: the test
// reads every source file under ui/ and fails on a colour written anywhere but the palette.
#include <catch2/catch.hpp>

#include "widgets/ChartViews.h"
#include "widgets/Palette.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLineSeries>
#include <QValueAxis>
#include <QRegularExpression>

#include <memory>

namespace {

// A QColor from numbers or a name, a "#rrggbb" string, rgb()/rgba() in a style sheet, or one of
// Qt's named colours (Qt::red). Qt::transparent and Qt::NoPen are not colours of a measure.
const QRegularExpression &colourLiteral()
{
    static const QRegularExpression re(QStringLiteral(
        R"(QColor(\s+\w+)?\s*[({]\s*(0x|\d|"|Qt::)|[\s:"']#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})\b|\brgba?\s*\(\s*\d|)"
        R"(Qt::(black|white|red|green|blue|cyan|magenta|yellow|gray|darkRed|darkGreen|)"
        R"(darkBlue|darkCyan|darkMagenta|darkYellow|darkGray|lightGray)\b|)"
        R"((color|background)\s*:\s*(white|black|red|green|blue|gray|grey|orange|yellow)\b)"));
    return re;
}

QStringList literalsIn(const QString &folder, const QString &allowed)
{
    QStringList found;
    const QDir root(folder);
    QDirIterator it(root.path(), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = root.relativeFilePath(path);
        if (relative == allowed)
            continue;
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly | QIODevice::Text));
        int line = 0;
        while (!f.atEnd()) {
            ++line;
            const QString text = QString::fromUtf8(f.readLine());
            if (colourLiteral().match(text).hasMatch())
                found << QStringLiteral("%1:%2: %3").arg(relative).arg(line).arg(text.trimmed());
        }
    }
    return found;
}

} // namespace

TEST_CASE("Every colour of the interface comes from the palette", "[palette]")
{
    const QStringList found = literalsIn(QStringLiteral(SERVICELENS_SOURCE_DIR "/ui"),
                                         QStringLiteral("widgets/Palette.h"));
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("The palette guard catches each way of writing a colour", "[palette]")
{
    for (const char *line : {"item->setForeground(QColor(0x99, 0x99, 0x99));",
                             "QColor c{12, 34, 56};", "setStyleSheet(\"color: #b01e1e;\");",
                             "p.setPen(Qt::black);", "\"background: rgba(47, 125, 225, 0.16)\"",
                             "QColor(\"red\")", "\"QPushButton:checked { color: white; }\""}) {
        INFO(line);
        CHECK(colourLiteral().match(QString::fromLatin1(line)).hasMatch());
    }
    for (const char *line : {"p.setPen(palette::print::ink);", "p.setBrush(Qt::NoBrush);",
                             "QColor text = pal.color(QPalette::WindowText);"})
        CHECK_FALSE(colourLiteral().match(QString::fromLatin1(line)).hasMatch());
    // The palette's own colours are distinct where they name different things.
    CHECK(servicelens::ui::palette::problem != servicelens::ui::palette::met);
    CHECK(servicelens::ui::palette::problemFill != servicelens::ui::palette::warningFill);
}

namespace ui = servicelens::ui;

TEST_CASE("On a dark desktop the charts are dark and their target lines show", "[ui]")
{
    const QPalette before = QApplication::palette();
    for (const bool dark : {true, false}) {
        INFO(dark);
        QPalette p = before;
        p.setColor(QPalette::Window, dark ? QColor(0x2b, 0x2b, 0x2b) : QColor(0xef, 0xef, 0xef));
        QApplication::setPalette(p);
        CHECK(ui::palette::isDark() == dark);
        std::unique_ptr<QChartView> view(ui::charts::makeView(nullptr, QStringLiteral("c"), 100));
        QChart *chart = ui::charts::reset(view.get(), QStringLiteral("目标"));
        auto *line = new QLineSeries;
        line->setPen(QPen(ui::palette::target));
        chart->addSeries(line);
        ui::charts::attachAxes(chart, ui::charts::categoryAxis({QStringLiteral("1")}),
                               ui::charts::valueAxis(0, 1, QStringLiteral("%.0f")));
        CHECK((chart->theme() == QChart::ChartThemeDark) == dark);
        CHECK(line->pen().color() == (dark ? ui::palette::targetOnDark : ui::palette::target));
    }
    QApplication::setPalette(before);
}
