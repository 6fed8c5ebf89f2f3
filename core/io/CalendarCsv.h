// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QCoreApplication>

namespace servicelens {
class Database;
}

namespace servicelens::io {

// The calendar CSV of FORMATS.md: `date,kind,name` (or 日期, 类型, 名称), kind `holiday` (假日)
// or `workday` (调休上班). Import is all or nothing: the first bad row names its line and column
// and nothing is written; the years of the imported days are marked as covered.
class CalendarCsv final {
    Q_DECLARE_TR_FUNCTIONS(CalendarCsv)

public:
    struct Summary {
        int days = 0;
        QList<int> years;
    };
    static Result<Summary> importFile(Database &db, const QString &path);
    static Status exportFile(Database &db, const QString &path);
};

} // namespace servicelens::io
