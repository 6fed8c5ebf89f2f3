// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QCoreApplication>

class QLabel;
class QWidget;

namespace servicelens::ui {

// How an export ended, said on the page that started it: a failure in a message box (a cancel
// needs none) and in the page's status line; a written file as a link to it.
class ExportOutcome final {
    Q_DECLARE_TR_FUNCTIONS(ExportOutcome)

public:
    struct Words {
        QString title;      // the message box's
        QString notWritten; // "The report was not written."
        QString writtenTo;  // "Written to %1." — %1 the link to the file
    };
    // Returns whether the file was written.
    static bool show(QWidget *page, QLabel *status, const Words &words, const Status &written,
                     const QString &path);
};

} // namespace servicelens::ui
