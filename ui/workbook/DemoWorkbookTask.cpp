// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoWorkbookTask.h"

#include "BackgroundTask.h"
#include "workbook/Workbook.h"

#include <QCoreApplication>

namespace servicelens::ui {

Status DemoWorkbookTask::run(QWidget *parent, const QString &path, const DemoOptions &options)
{
    return runInBackground<Status>(
        parent, QStringLiteral("demoProgress"),
        QCoreApplication::translate("DemoWorkbookTask", "Demo workbook"),
        QCoreApplication::translate("DemoWorkbookTask", "Creating the demo workbook…"),
        QCoreApplication::translate("DemoWorkbookTask", "Cancel"),
        [path, options](const TaskProgress &progress) -> Status {
            auto workbook = DemoGenerator::createDemoWorkbook(path, options, nullptr, progress);
            if (!workbook)
                return workbook.error();
            return {};
        });
}

} // namespace servicelens::ui
