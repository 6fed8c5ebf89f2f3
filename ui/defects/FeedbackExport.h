// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

class QWidget;

namespace servicelens::ui {

// Writes the R&D feedback report (report/DefectFeedback) of a workbook's month on a worker
// thread behind a progress dialog: a workbook when the name ends in .xlsx, else a PDF. The
// target is checked first (never a database), and the file is whole or absent.
class FeedbackExport final {
    Q_DECLARE_TR_FUNCTIONS(FeedbackExport)

public:
    struct Request {
        QString workbook; // the open workbook's path or store address
        QDate month;
        QStringList models; // empty: the signalled ones
        QString language;
        QString target;
    };
    static Status write(QWidget *parent, const Request &request);
};

} // namespace servicelens::ui
