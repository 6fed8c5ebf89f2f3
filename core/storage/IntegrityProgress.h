// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

struct sqlite3;

namespace servicelens {

// How far SQLite's full integrity check on a connection has come. The check is one statement
// that says nothing until it ends (seconds on a large workbook). Its bytecode walks every table
// in a loop, checking each row against the table's indexes: the instructions it will run are
// estimated from those loops' lengths (EXPLAIN) and the rows each walks (count(*)), then counted
// as they run through sqlite3_progress_handler. While alive, `report` is told the share done,
// from 0, never more than 0.99 (the estimate can be short), at most once per percent.
class IntegrityProgress final {
public:
    using Report = std::function<void(double share)>;

    IntegrityProgress(sqlite3 *db, Report report);
    ~IntegrityProgress();
    IntegrityProgress(const IntegrityProgress &) = delete;
    IntegrityProgress &operator=(const IntegrityProgress &) = delete;

    // The estimated instructions (thousands) the check runs on `db`; 0 when it cannot tell.
    static qint64 estimatedKiloOps(sqlite3 *db);

private:
    static int tick(void *self);

    sqlite3 *m_db;
    Report m_report;
    qint64 m_expected; // thousands of instructions
    qint64 m_done = 0;
    int m_lastPercent = -1;
};

} // namespace servicelens
