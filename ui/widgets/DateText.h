// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

class QDateTimeEdit;

namespace servicelens::ui {

// One way to write a date per language, everywhere in the window: 2026-12-04 (and 2026-12-04
// 16:02) in Chinese, 4 Dec 2026 (4 Dec 2026 16:02) in English — never 19/11/2026 beside
// 2026/11/19. The reports keep their own (ISO) dates.
class DateText final {
public:
    static QString of(QDate date);
    static QString of(const QDateTime &time); // the wall-clock time it holds
    // A month: 2026年10月 in Chinese; Oct 2026 (full: October 2026) in English.
    static QString month(QDate month, bool full = false);

    enum class Edit { Date, DateTime, Month };
    // An editor shows and takes its date in the same way as the lists beside it.
    static void format(QDateTimeEdit *edit, Edit what);
};

} // namespace servicelens::ui
