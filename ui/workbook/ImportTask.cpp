// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportTask.h"

#include "BackgroundTask.h"
#include "workbook/Workbook.h"

#include <QCoreApplication>

namespace servicelens::ui {

Result<io::ImportSummary> ImportTask::run(QWidget *parent, const QString &workbookPath,
                                          ImportKind kind, const QString &csvPath,
                                          const io::ImportOptions &options)
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("servicelens::ui::ImportTask", text);
    };
    using Outcome = Result<io::ImportSummary>;
    return runInBackground<Outcome>(
        parent, QStringLiteral("importProgress"), tr("Import"),
        options.dryRun ? tr("Checking the file…") : tr("Importing…"), tr("Cancel"),
        [workbookPath, kind, csvPath, options](const TaskProgress &progress) -> Outcome {
            auto workbook = Workbook::open(workbookPath);
            if (!workbook)
                return workbook.error();
            return Importers::run(kind, (*workbook)->database(), csvPath, options, progress);
        });
}

} // namespace servicelens::ui
