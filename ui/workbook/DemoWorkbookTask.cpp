// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoWorkbookTask.h"

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

Status DemoWorkbookTask::run(QWidget *parent, const QString &path, const DemoOptions &options)
{
    QProgressDialog dialog(
        QCoreApplication::translate("DemoWorkbookTask", "Creating the demo workbook…"),
        QCoreApplication::translate("DemoWorkbookTask", "Cancel"), 0, options.orders, parent);
    dialog.setObjectName(QStringLiteral("demoProgress"));
    dialog.setWindowTitle(QCoreApplication::translate("DemoWorkbookTask", "Demo workbook"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setValue(0);

    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    auto done = std::make_shared<std::atomic<qint64>>(0);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog,
                     [cancelled] { cancelled->store(true); });

    QFutureWatcher<Status> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Status>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([path, options, cancelled, done]() -> Status {
        auto workbook = DemoGenerator::createDemoWorkbook(path, options, nullptr,
                                                          [cancelled, done](qint64 n, qint64) {
                                                              done->store(n);
                                                              return !cancelled->load();
                                                          });
        if (!workbook)
            return workbook.error();
        return {};
    }));
    // The dialog is updated from a timer on this thread; the worker only writes an atomic.
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &dialog,
                     [&dialog, done] { dialog.setValue(static_cast<int>(done->load())); });
    timer.start(100);
    loop.exec();
    timer.stop();
    dialog.reset();
    return watcher.result();
}

} // namespace servicelens::ui
