// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedbackExport.h"

#include "io/OutputFile.h"
#include "report/DefectFeedback.h"
#include "report/FeedbackDocument.h"
#include "report/FeedbackXlsx.h"
#include "workbook/BackgroundTask.h"
#include "workbook/Workbook.h"

namespace servicelens::ui {

Status FeedbackExport::write(QWidget *parent, const Request &r)
{
    if (auto refused = io::OutputFile::checkTarget(r.target); !refused)
        return refused;
    return runInBackground<Status>(
        parent, QStringLiteral("feedbackProgress"), tr("R&D Feedback Report"),
        tr("Writing the R&D feedback report…"), tr("Cancel"),
        [r](const TaskProgress &progress) -> Status {
            auto workbook = Workbook::openForReading(r.workbook);
            if (!workbook)
                return workbook.error();
            report::DefectFeedback::Options options;
            options.language = r.language;
            options.models = r.models;
            auto feedback =
                report::DefectFeedback::build((*workbook)->database(), r.month, options);
            if (!feedback)
                return feedback.error();
            if (!progress(1, 2))
                return makeError(ErrorKind::Cancelled, QString());
            if (r.target.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
                return report::FeedbackXlsx::write(*feedback, r.target);
            return FeedbackDocument::writePdf(*feedback, r.target);
        });
}

} // namespace servicelens::ui
