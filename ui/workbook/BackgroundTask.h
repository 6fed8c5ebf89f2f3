// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>

namespace servicelens::ui {

// Called by the work with what is done of how much; returns false once the user cancelled.
using TaskProgress = std::function<bool(qint64 done, qint64 total)>;

// Runs `work` on a worker thread while a window-modal progress dialog with Cancel keeps the
// window responsive, and returns its result. The worker only writes atomics; the dialog is
// updated from a timer on this thread. Whatever the work opens (a database connection) must be
// opened and closed inside it: a connection never changes threads.
template <typename R>
R runInBackground(QWidget *parent, const QString &objectName, const QString &title,
                  const QString &label, const QString &cancel,
                  std::function<R(const TaskProgress &progress)> work)
{
    constexpr int steps = 1000;
    QProgressDialog dialog(label, cancel, 0, steps, parent);
    dialog.setObjectName(objectName);
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setValue(0);

    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    auto permille = std::make_shared<std::atomic<int>>(0);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog,
                     [cancelled] { cancelled->store(true); });

    QFutureWatcher<R> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<R>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([work, cancelled, permille]() -> R {
        return work([cancelled, permille](qint64 done, qint64 total) {
            if (total > 0)
                permille->store(static_cast<int>(done * steps / total));
            return !cancelled->load();
        });
    }));
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
