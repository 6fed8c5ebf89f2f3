// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspection/InspectionSeal.h"
#include "storage/AuditChain.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

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
    // The file as SQLite and the trail see it, in one pass over it on a read-only connection:
    // SQLite's full integrity check, foreign keys, the audit chain and every inspection seal
    // (chain and seals left as found when the file is damaged). A file that is not a workbook,
    // or from a newer version, is an error.
    struct Verification {
        QStringList problems;
        AuditChain::Finding chain;
        inspection::InspectionSeal::Finding seals;
    };
    // How far a whole check (verify, then runOnFile) has come, for a progress display: the
    // share done, 0 to 1, on the thread doing the check. SQLite's integrity check is most of
    // it (IntegrityProgress; about 80 % of the time on a million orders), the references 8 %,
    // the rest the audit trail, the seals and the data against itself.
    using CheckProgress = std::function<void(double share)>;
    static constexpr double integrityShare = 0.8;
    static constexpr double referencesShare = 0.88;
    static constexpr double verifiedShare = 0.89;
    static Result<Verification> verify(const QString &path, const CheckProgress &progress = {});
    // verify()'s problems alone: empty when the file is sound.
    static Result<QStringList> verifyFile(const QString &path);
    // The audit trail's hash chain of a workbook file, read-only (AuditChain::verify).
    static Result<AuditChain::Finding> verifyAuditTrail(const QString &path);
    // AuditChain::compareWithHead on a workbook file, read-only.
    static Result<QString> compareAuditHead(const QString &path, qint64 id,
                                            const QByteArray &hashPrefix);
    // The seals of the completed inspections, read-only (InspectionSeal::verify).
    static Result<inspection::InspectionSeal::Finding> verifyInspectionSeals(const QString &path);

    // The business checks below, on an open workbook.
    static Result<QStringList> run(Database &db);
    // Opens the file read-only (an older format through a private upgraded copy) and runs.
    // Reports 1.0 when done (see CheckProgress).
    static Result<QStringList> runOnFile(const QString &path, const CheckProgress &progress = {});

private:
    static Status monthCounts(Database &db, QStringList &problems);
    static Status triggers(Database &db, QStringList &problems);
    static Status timeZones(Database &db, QStringList &problems);
    static Status completedInspections(Database &db, QStringList &problems);
    static Status auditTrailPresent(Database &db, QStringList &problems);
};

} // namespace servicelens
