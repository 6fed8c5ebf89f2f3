// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkbookCheck.h"
#include "WorkbookSchema.h"

#include "org/Branch.h"
#include "storage/Database.h"
#include "storage/FastQuery.h"
#include "storage/IntegrityCheck.h"
#include "storage/IntegrityProgress.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace servicelens {

namespace {

constexpr int maxListed = 5; // per kind: enough to act on, short enough to read

} // namespace

Result<WorkbookCheck::Verification> WorkbookCheck::verify(const QString &path,
                                                          const CheckProgress &progress)
{
    auto share = [&progress](double s) {
        if (progress)
            progress(std::min(s, 1.0));
    };
    Verification v;
    const Status s = Database::withReadOnlyFile(
        path, WorkbookSchema::latestVersion(), [&](sqlite3 *db) -> Status {
            std::optional<IntegrityProgress> counting;
            if (progress)
                counting.emplace(db, [&share](double s) { share(integrityShare * s); });
            auto problems = IntegrityCheck::explained(db);
            counting.reset();
            if (!problems)
                return problems.error();
            v.problems = *problems;
            share(integrityShare);
            if (!v.problems.isEmpty())
                return {}; // damaged: nothing beyond SQLite's words can be trusted
            v.problems << IntegrityCheck::references(db);
            share(referencesShare);
            auto chain = AuditChain::verify(db);
            if (!chain)
                return chain.error();
            if (!chain->intact() && chain->kind != AuditChain::Finding::Kind::NotChained)
                v.problems.append(chain->message);
            auto seals = inspection::InspectionSeal::verify(db);
            if (!seals)
                return seals.error();
            v.problems.append(seals->broken);
            v.chain = *chain;
            v.seals = *seals;
            share(verifiedShare);
            return {};
        });
    if (!s)
        return s.error();
    return v;
}

Result<QStringList> WorkbookCheck::verifyFile(const QString &path)
{
    auto v = verify(path, {});
    if (!v)
        return v.error();
    return v->problems;
}

Result<AuditChain::Finding> WorkbookCheck::verifyAuditTrail(const QString &path)
{
    AuditChain::Finding finding;
    const Status s = Database::withReadOnlyFile(path, WorkbookSchema::latestVersion(),
                                                [&](sqlite3 *db) -> Status {
                                                    auto f = AuditChain::verify(db);
                                                    if (!f)
                                                        return f.error();
                                                    finding = *f;
                                                    return {};
                                                });
    if (!s)
        return s.error();
    return finding;
}

Result<QString> WorkbookCheck::compareAuditHead(const QString &path, qint64 id,
                                                const QByteArray &hashPrefix)
{
    QString verdict;
    const Status s = Database::withReadOnlyFile(
        path, WorkbookSchema::latestVersion(), [&](sqlite3 *db) -> Status {
            auto v = AuditChain::compareWithHead(db, id, hashPrefix);
            if (!v)
                return v.error();
            verdict = *v;
            return {};
        });
    if (!s)
        return s.error();
    return verdict;
}

Result<inspection::InspectionSeal::Finding>
WorkbookCheck::verifyInspectionSeals(const QString &path)
{
    inspection::InspectionSeal::Finding found;
    const Status s = Database::withReadOnlyFile(
        path, WorkbookSchema::latestVersion(), [&found](sqlite3 *db) -> Status {
            auto seals = inspection::InspectionSeal::verify(db);
            if (!seals)
                return seals.error();
            found = *seals;
            return {};
        });
    if (!s)
        return s.error();
    return found;
}

Result<QStringList> WorkbookCheck::run(Database &db)
{
    QStringList problems;
    for (auto check :
         {&WorkbookCheck::monthCounts, &WorkbookCheck::triggers, &WorkbookCheck::timeZones,
          &WorkbookCheck::completedInspections, &WorkbookCheck::auditTrailPresent})
        if (auto s = check(db, problems); !s)
            return s.error();
    return problems;
}

Result<QStringList> WorkbookCheck::runOnFile(const QString &path, const CheckProgress &progress)
{
    Database::Options options;
    options.mode = Database::OpenMode::ReadOnly;
    options.quickCheck = false; // the caller has run SQLite's own check
    options.migrations = &WorkbookSchema::migrations();
    auto db = Database::open(path, options);
    if (!db)
        return db.error();
    auto problems = run(**db);
    if (progress)
        progress(1.0);
    return problems;
}

Status WorkbookCheck::monthCounts(Database &db, QStringList &problems)
{
    // Recomputed from the orders, compared both ways (a month counted that has no orders too).
    FastQuery q(db,
                "WITH truth AS (SELECT branch_id, month, sum(r) AS received, sum(c) AS closed "
                "FROM (SELECT branch_id, received_month AS month, 1 AS r, 0 AS c FROM "
                "service_order UNION ALL SELECT branch_id, closed_month, 0, 1 FROM service_order "
                "WHERE closed_month IS NOT NULL) GROUP BY branch_id, month) "
                "SELECT t.month, t.received, t.closed, coalesce(m.received, 0), "
                "coalesce(m.closed, 0) FROM truth t LEFT JOIN order_month_count m ON "
                "m.branch_id = t.branch_id AND m.month = t.month WHERE m.received IS NOT "
                "t.received OR m.closed IS NOT t.closed "
                "UNION ALL SELECT m.month, 0, 0, m.received, m.closed FROM order_month_count m "
                "WHERE (m.received <> 0 OR m.closed <> 0) AND NOT EXISTS (SELECT 1 FROM truth t "
                "WHERE t.branch_id = m.branch_id AND t.month = m.month) ORDER BY 1");
    int listed = 0;
    while (q.next()) {
        if (++listed > maxListed)
            continue;
        const qint64 month = q.int64(0);
        problems << tr("The orders counted for %1-%2 (%3 received, %4 closed) do not match the "
                       "orders themselves (%5 received, %6 closed): the table was changed outside "
                       "ServiceLens, and the backlog would be wrong.")
                        .arg(month / 100)
                        .arg(month % 100, 2, 10, QLatin1Char('0'))
                        .arg(q.int64(3))
                        .arg(q.int64(4))
                        .arg(q.int64(1))
                        .arg(q.int64(2));
    }
    if (listed > maxListed)
        problems << tr("… and %1 more months counted wrongly.").arg(listed - maxListed);
    return q.status();
}

Status WorkbookCheck::triggers(Database &db, QStringList &problems)
{
    // The triggers the format's migration scripts create (and do not drop later).
    static const QRegularExpression created(
        QStringLiteral("CREATE\\s+TRIGGER\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dropped(
        QStringLiteral("DROP\\s+TRIGGER\\s+(?:IF\\s+EXISTS\\s+)?(\\w+)"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList expected;
    for (const Migration &m : WorkbookSchema::migrations()) {
        if (m.version > db.schemaVersion())
            break;
        QByteArray script = m.script;
        if (script.isEmpty() && !m.scriptResource.isEmpty()) {
            QFile f(m.scriptResource);
            if (f.open(QIODevice::ReadOnly))
                script = f.readAll();
        }
        const QString text = QString::fromUtf8(script);
        for (auto it = created.globalMatch(text); it.hasNext();)
            expected << it.next().captured(1);
        for (auto it = dropped.globalMatch(text); it.hasNext();)
            expected.removeAll(it.next().captured(1));
    }
    QSet<QString> present;
    FastQuery q(db, "SELECT name FROM sqlite_master WHERE type = 'trigger'");
    while (q.next())
        present.insert(q.text(0));
    if (!q.status())
        return q.status();
    for (const QString &name : expected)
        if (!present.contains(name))
            problems << tr("The trigger “%1” that workbook format %2 needs is missing (removed "
                           "outside ServiceLens): the figures it keeps go wrong with the next "
                           "change.")
                            .arg(name)
                            .arg(db.schemaVersion());
    return {};
}

Status WorkbookCheck::timeZones(Database &db, QStringList &problems)
{
    FastQuery q(db, "SELECT code, time_zone FROM branch ORDER BY id");
    while (q.next())
        if (!BranchRepository::isKnownTimeZone(q.text(1)))
            problems << tr("Branch %1 has “%2” as its time zone, which is not one of the IANA "
                           "database: its days and months would depend on the computer's own "
                           "zone. Set an IANA zone such as Asia/Shanghai.")
                            .arg(q.text(0), q.text(1));
    return q.status();
}

Status WorkbookCheck::completedInspections(Database &db, QStringList &problems)
{
    // Only drafts can be deleted or edited freely in ServiceLens: a completion in the audit
    // trail is for good.
    FastQuery q(db, "SELECT DISTINCT a.entity_uid, (SELECT status FROM inspection i WHERE i.uid "
                    "= a.entity_uid) FROM audit_log a WHERE a.entity = 'inspection' AND "
                    "json_valid(a.after_json) AND json_extract(a.after_json, '$.status') = "
                    "'completed' AND NOT EXISTS "
                    "(SELECT 1 FROM inspection i WHERE i.uid = a.entity_uid AND i.status = "
                    "'completed')");
    int listed = 0;
    while (q.next()) {
        if (++listed > maxListed)
            continue;
        problems << (q.isNull(1) ? tr("Inspection %1 was completed (the audit trail says so) and "
                                      "is now missing: it was deleted outside ServiceLens.")
                                       .arg(q.text(0))
                                 : tr("Inspection %1 was completed (the audit trail says so) and "
                                      "is now a draft again: it was changed outside ServiceLens.")
                                       .arg(q.text(0)));
    }
    if (listed > maxListed)
        problems << tr("… and %1 more inspections.").arg(listed - maxListed);
    return q.status();
}

Status WorkbookCheck::auditTrailPresent(Database &db, QStringList &problems)
{
    // Every business change leaves a record: business rows with no trail at all mean the trail
    // was removed (its chain then proves nothing, as it is empty).
    FastQuery q(db, "SELECT (SELECT count(*) FROM audit_log), (SELECT count(*) FROM "
                    "service_order), (SELECT count(*) FROM inspection WHERE status = 'completed')");
    if (q.next() && q.int64(0) == 0 && (q.int64(1) > 0 || q.int64(2) > 0))
        problems << tr("The audit trail is empty although the workbook holds %1 orders and %2 "
                       "completed inspections: it was removed outside ServiceLens.")
                        .arg(q.int64(1))
                        .arg(q.int64(2));
    return q.status();
}

} // namespace servicelens
