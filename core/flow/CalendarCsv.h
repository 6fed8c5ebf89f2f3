// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QCoreApplication>

namespace servicelens {
class Database;
}

namespace servicelens::flow {

// The calendar CSV of FORMATS.md written out: `date,kind,name`, one special day a line, as
// CalendarImporter reads it back.
class CalendarCsv final {
    Q_DECLARE_TR_FUNCTIONS(CalendarCsv)

public:
    static Status exportFile(Database &db, const QString &path);
};

} // namespace servicelens::flow
