// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Scoring.h"

#include <QCoreApplication>

namespace servicelens {
class Database;
}

namespace servicelens::inspection {

// What importing one completed inspection did.
struct InspectionImported {
    QString uid;
    ScoreResult result;
    bool alreadyPresent = false; // the same id was imported before: nothing was changed
    int actions = 0;
};

// The completed-inspection JSON of FORMATS.md (`inspection import` / `export`): an inspection
// done elsewhere (another branch's file, a tablet) brought in whole, or shared. Importing checks
// everything first — template version known, item codes of that version, values of the item's
// type, times, staff — and names the first problem by its path; then it writes the inspection,
// its answers and actions in one transaction, scored as if completed here.
class InspectionJson final {
    Q_DECLARE_TR_FUNCTIONS(InspectionJson)

public:
    // One inspection object, or a list of them (as `export` writes without --id).
    static Result<std::vector<InspectionImported>> importData(Database &db, const QByteArray &json);
    static Result<std::vector<InspectionImported>> importFile(Database &db, const QString &path);

    // One completed inspection, or all completed ones of a branch (0: every branch) as a list.
    static Result<QString> exportOne(Database &db, const QString &uid);
    static Result<QString> exportAll(Database &db, qint64 branchId);

    // The line `inspection import` prints: {"id": …, "score": 87.5, "passed": true,
    // "failed_critical": [...]} plus "already_present": true when nothing was imported.
    static QString resultLine(const InspectionImported &imported);
};

} // namespace servicelens::inspection
