// SPDX-License-Identifier: GPL-3.0-or-later
// How long the window takes from opening a workbook until its dashboard shows (issue 18:
// within 1 s on the million-order workbook, the integrity check running in the background).
//
// Usage: QT_QPA_PLATFORM=offscreen servicelens_bench_gui --file WORKBOOK [--runs 3]
// Each run opens the workbook in a new main window, as `servicelens --db WORKBOOK` does, and
// stops the clock once the dashboard has been filled and the window has painted it; the
// background integrity check's own time is reported apart (it never blocks the window).
#include "BenchProcess.h"
#include "MainWindow.h"
#include "workbook/WorkbookController.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace servicelens;
using namespace servicelens::bench;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // Settings (the last workbook, the language) in a folder of their own, not the user's.
    QTemporaryDir settings;
    qputenv("XDG_CONFIG_HOME", settings.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("ServiceLensBench"));
    QCoreApplication::setApplicationName(QStringLiteral("ServiceLensBench"));
    const QStringList args = app.arguments();
    const QString file = option(args, "file", QString());
    const int runs = option(args, "runs", QStringLiteral("3")).toInt();
    if (file.isEmpty() || !QFileInfo::exists(file))
        fail(QStringLiteral("--file WORKBOOK is required"));
    std::printf("Workbook: %s (%.0f MB)\n", qPrintable(file), QFileInfo(file).size() / 1e6);
    std::vector<double> shown;
    for (int run = 0; run < runs; ++run) {
        double seconds = 0;
        QElapsedTimer afterwards;
        {
            ui::MainWindow window;
            window.show();
            QCoreApplication::processEvents();
            QElapsedTimer timer;
            timer.start();
            if (!window.workbooks().open(file))
                fail(QStringLiteral("the workbook did not open"));
            window.repaint(); // the dashboard as the user sees it, painted
            QCoreApplication::processEvents();
            seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
            afterwards.start();
        } // closing waits for the background check (and a first-of-the-day backup)
        shown.push_back(seconds);
        std::printf("run %d: dashboard shown after %.3f s (the background work then needed "
                    "%.1f s more)\n",
                    run + 1, seconds, static_cast<double>(afterwards.nsecsElapsed()) / 1e9);
    }
    std::sort(shown.begin(), shown.end());
    std::printf("open until the dashboard shows: median %.3f s, slowest %.3f s\n",
                shown[shown.size() / 2], shown.back());
    return 0;
}
