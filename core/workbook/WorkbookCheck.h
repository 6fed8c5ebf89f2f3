// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace servicelens {

class Database;

// What `check` and Help ▸ Verify Workbook look at beyond SQLite's integrity check, the audit
// chain and the inspection seals: the workbook's data against itself. Each finding names what
// an edit outside ServiceLens broke and what it would make wrong:
// - the orders counted per month (kept by triggers, read by the backlog) against the orders;
// - the triggers the workbook's format needs;
// - every branch's time zone (an unknown one makes days and months depend on the computer);
// - completed inspections in the audit trail that are now drafts or gone;
// - an audit trail emptied while the workbook holds business records.
class WorkbookCheck final {
    Q_DECLARE_TR_FUNCTIONS(WorkbookCheck)

public:
    static Result<QStringList> run(Database &db);
    // Opens the file read-only (an older format through a private upgraded copy) and runs.
    static Result<QStringList> runOnFile(const QString &path);

private:
    static Status monthCounts(Database &db, QStringList &problems);
    static Status triggers(Database &db, QStringList &problems);
    static Status timeZones(Database &db, QStringList &problems);
    static Status completedInspections(Database &db, QStringList &problems);
    static Status auditTrailPresent(Database &db, QStringList &problems);
};

} // namespace servicelens
