// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportTask.h"

#include "workbook/Workbook.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

namespace servicelens::ui {

Result<io::ImportSummary> ImportTask::run(QWidget *parent, const QString &workbookPath,
                                          io::ImportKind kind, const QString &csvPath,
                                          const io::ImportOptions &options)
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("servicelens::ui::ImportTask", text);
    };
    QProgressDialog dialog(options.dryRun ? tr("Checking the file…") : tr("Importing…"),
                           tr("Cancel"), 0, 1000, parent);
    dialog.setObjectName(QStringLiteral("importProgress"));
    dialog.setWindowTitle(tr("Import"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setValue(0);

    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    auto permille = std::make_shared<std::atomic<int>>(0);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog,
                     [cancelled] { cancelled->store(true); });

    using Outcome = Result<io::ImportSummary>;
    QFutureWatcher<Outcome> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Outcome>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([workbookPath, kind, csvPath, options, cancelled,
                                         permille]() -> Outcome {
        // Opened, used and closed on this thread: a connection never changes threads.
        auto workbook = Workbook::open(workbookPath);
        if (!workbook)
            return workbook.error();
        return io::Importers::run(kind, (*workbook)->database(), csvPath, options,
                                  [cancelled, permille](qint64 done, qint64 total) {
                                      if (total > 0)
                                          permille->store(static_cast<int>(done * 1000 / total));
                                      return !cancelled->load();
                                  });
    }));
    // The dialog is updated from a timer on this thread; the worker only writes atomics.
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &dialog,
                     [&dialog, permille] { dialog.setValue(permille->load()); });
    timer.start(100);
    loop.exec();
    timer.stop();
    dialog.reset();
    return watcher.result();
}

} // namespace servicelens::ui
