// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeadOfficeReceiver.h"

#include "HeadOfficeCases.h"

#include "PackMerger.h"
#include "PackTables.h"

#include "io/OutputFile.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/FastQuery.h"
#include "storage/WriteTransaction.h"

#include <QDir>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>

namespace servicelens::network {

namespace {

// Each statement's effect, in order: what it inserted, and what it replaced or removed.
struct Step {
    const char *sql;
    bool inserts;
};

// A policy's scope (blank = any) matched between the pack (p) and the branch.
#define SAME_SCOPE(a, b)                                                                           \
    "coalesce(" a ".priority, '') = coalesce(" b ".priority, '') AND coalesce(" a                  \
    ".category, '') = coalesce(" b ".category, '')"

const Step steps[] = {
    // The calendar: each year head office lists is head office's, day by day.
    {"DELETE FROM main.calendar_day WHERE CAST(substr(day, 1, 4) AS INTEGER) IN (SELECT year "
     "FROM pack.calendar_year) AND day NOT IN (SELECT day FROM pack.calendar_day)",
     false},
    {"UPDATE main.calendar_day SET kind = p.kind, name = p.name FROM pack.calendar_day p WHERE "
     "main.calendar_day.day = p.day AND (main.calendar_day.kind <> p.kind OR "
     "main.calendar_day.name <> p.name)",
     false},
    {"INSERT INTO main.calendar_day (uid, day, kind, name) SELECT uid, day, kind, name FROM "
     "pack.calendar_day p WHERE NOT EXISTS (SELECT 1 FROM main.calendar_day d WHERE d.day = "
     "p.day) AND NOT EXISTS (SELECT 1 FROM main.calendar_day d WHERE d.uid = p.uid)",
     true},
    {"INSERT INTO main.calendar_year (year, source) SELECT year, source FROM pack.calendar_year "
     "p WHERE NOT EXISTS (SELECT 1 FROM main.calendar_year y WHERE y.year = p.year)",
     true},
    {"UPDATE main.calendar_year SET source = p.source FROM pack.calendar_year p WHERE "
     "main.calendar_year.year = p.year AND main.calendar_year.source <> p.source",
     false},
    // The SLA policies: head office's set replaces the branch's (when it has any).
    {"DELETE FROM main.sla_policy WHERE EXISTS (SELECT 1 FROM pack.sla_policy) AND NOT EXISTS "
     "(SELECT 1 FROM pack.sla_policy p WHERE " SAME_SCOPE("p", "main.sla_policy") ")",
     false},
    {"UPDATE main.sla_policy SET response_hours = p.response_hours, resolution_wd = "
     "p.resolution_wd, pause_while_waiting = p.pause_while_waiting, updated_at = p.updated_at "
     "FROM pack.sla_policy p WHERE " SAME_SCOPE(
         "p", "main.sla_policy") " AND "
                                 "(main.sla_policy.response_hours <> p.response_hours OR "
                                 "main.sla_policy.resolution_wd <> "
                                 "p.resolution_wd OR main.sla_policy.pause_while_waiting <> "
                                 "p.pause_while_waiting)",
     false},
    {"INSERT INTO main.sla_policy (uid, priority, category, response_hours, resolution_wd, "
     "pause_while_waiting, updated_at) SELECT uid, priority, category, response_hours, "
     "resolution_wd, pause_while_waiting, updated_at FROM pack.sla_policy p WHERE NOT EXISTS "
     "(SELECT 1 FROM main.sla_policy s WHERE " SAME_SCOPE(
         "p", "s") ") AND NOT EXISTS (SELECT 1 "
                   "FROM main.sla_policy s WHERE s.uid = p.uid)",
     true},
    // The targets head office sets.
    {"UPDATE main.setting SET value = p.value FROM pack.setting p WHERE main.setting.key = "
     "p.key AND main.setting.value <> p.value",
     false},
    {"INSERT INTO main.setting (key, value) SELECT key, value FROM pack.setting p WHERE NOT "
     "EXISTS (SELECT 1 FROM main.setting s WHERE s.key = p.key)",
     true},
    // The product lists, by category name, model code and spelling: head office's entries
    // replace the branch's of the same name; what the branch added on its own stays.
    {"UPDATE main.product_category SET name_en = p.name_en, updated_at = p.updated_at FROM "
     "pack.product_category p WHERE main.product_category.name = p.name AND "
     "main.product_category.name_en <> p.name_en",
     false},
    {"INSERT INTO main.product_category (uid, name, name_en, created_at, updated_at) SELECT uid, "
     "name, name_en, created_at, updated_at FROM pack.product_category p WHERE NOT EXISTS "
     "(SELECT 1 FROM main.product_category c WHERE c.name = p.name OR c.uid = p.uid)",
     true},
    {"UPDATE main.product_model SET name = p.name, category = p.category, launched = p.launched, "
     "updated_at = p.updated_at FROM pack.product_model p WHERE main.product_model.model = "
     "p.model AND (main.product_model.name <> p.name OR main.product_model.category <> "
     "p.category OR main.product_model.launched IS NOT p.launched)",
     false},
    {"INSERT INTO main.product_model (uid, model, name, category, launched, created_at, "
     "updated_at) SELECT uid, model, name, category, launched, created_at, updated_at FROM "
     "pack.product_model p WHERE NOT EXISTS (SELECT 1 FROM main.product_model m WHERE m.model = "
     "p.model OR m.uid = p.uid)",
     true},
    {"UPDATE main.product_alias SET spelling = p.spelling, target = p.target, source = p.source "
     "FROM pack.product_alias p WHERE main.product_alias.list = p.list AND "
     "main.product_alias.key = p.key AND main.product_alias.target <> p.target",
     false},
    {"INSERT INTO main.product_alias (list, key, spelling, target, source, created_at) SELECT "
     "list, key, spelling, target, source, created_at FROM pack.product_alias p WHERE NOT EXISTS "
     "(SELECT 1 FROM main.product_alias a WHERE a.list = p.list AND a.key = p.key)",
     true},
    // The fault codes, by group name and code, the same way.
    {"UPDATE main.fault_group SET name_en = p.name_en, updated_at = p.updated_at FROM "
     "pack.fault_group p WHERE main.fault_group.name = p.name AND main.fault_group.name_en <> "
     "p.name_en",
     false},
    {"INSERT INTO main.fault_group (uid, name, name_en, created_at, updated_at) SELECT uid, name, "
     "name_en, created_at, updated_at FROM pack.fault_group p WHERE NOT EXISTS (SELECT 1 FROM "
     "main.fault_group g WHERE g.name = p.name OR g.uid = p.uid)",
     true},
    {"UPDATE main.fault_code SET name = p.name, name_en = p.name_en, group_name = p.group_name, "
     "updated_at = p.updated_at FROM pack.fault_code p WHERE main.fault_code.code = p.code AND "
     "(main.fault_code.name <> p.name OR main.fault_code.name_en <> p.name_en OR "
     "main.fault_code.group_name <> p.group_name)",
     false},
    {"INSERT INTO main.fault_code (uid, code, name, name_en, group_name, created_at, updated_at) "
     "SELECT uid, code, name, name_en, group_name, created_at, updated_at FROM pack.fault_code p "
     "WHERE NOT EXISTS (SELECT 1 FROM main.fault_code c WHERE c.code = p.code OR c.uid = p.uid)",
     true},
    // The installed base of head office's models (now all in the branch's list), month by month.
    {"UPDATE main.installed_base SET units = p.units, updated_at = p.updated_at FROM "
     "pack.installed_base p WHERE main.installed_base.model = p.model AND "
     "main.installed_base.month = p.month AND main.installed_base.units <> p.units",
     false},
    {"INSERT INTO main.installed_base (model, month, units, created_at, updated_at) SELECT model, "
     "month, units, created_at, updated_at FROM pack.installed_base p WHERE NOT EXISTS (SELECT 1 "
     "FROM main.installed_base b WHERE b.model = p.model AND b.month = p.month)",
     true},
};

#undef SAME_SCOPE

} // namespace

Status HeadOfficeReceiver::apply(ReceiveOutcome &outcome)
{
    // The shared lists: counted as the rows they add.
    qint64 before = 0;
    qint64 after = 0;
    const auto countShared = [this](qint64 &n) -> Status {
        n = 0;
        for (const PackTable &t : PackTables::all()) {
            if (t.kind != PackTable::Kind::Shared)
                continue;
            FastQuery q(m_db,
                        QByteArray("SELECT count(*) FROM main." + QByteArray(t.name)).constData());
            if (q.next())
                n += q.int64(0);
            if (!q.status())
                return q.status();
        }
        return {};
    };
    if (auto s = countShared(before); !s)
        return s;
    if (auto s = PackMerger::mapShared(m_db); !s)
        return s;
    if (auto s = countShared(after); !s)
        return s;
    outcome.inserted += after - before;
    for (const Step &step : steps) {
        FastQuery q(m_db, step.sql);
        if (auto s = q.exec(); !s)
            return s;
        (step.inserts ? outcome.inserted : outcome.updated) += q.changes();
    }
    if (auto s = HeadOfficeCases::receive(m_db, outcome.inserted, outcome.updated); !s)
        return s;
    qint64 total = 0;
    for (const auto &[table, n] : outcome.pack.rows)
        total += n;
    outcome.unchanged = std::max<qint64>(0, total - outcome.inserted - outcome.updated);
    return {};
}

Result<ReceiveOutcome> HeadOfficeReceiver::receive(const QString &packPath)
{
    auto folder = io::OutputFile::privateFolder();
    if (!folder)
        return folder.error();
    auto verified = PackMerger::verifiedCopy(packPath, (*folder)->path());
    if (!verified)
        return verified.error();
    ReceiveOutcome outcome;
    outcome.pack = verified->first;
    if (outcome.pack.kind != QLatin1String("head_office"))
        return makeError(ErrorKind::InvalidInput,
                         tr("%1 is a branch's pack (%2); a branch receives head office's packs, "
                            "and its own go to head office.")
                             .arg(QDir::toNativeSeparators(packPath), outcome.pack.branchCode));
    // The tables it writes, checked with their indexes first (DESIGN.md, data safety).
    QStringList written{QStringLiteral("setting"), QStringLiteral("audit_log")};
    for (const HeadOfficeTable &t : PackTables::headOffice())
        written << QString::fromLatin1(t.name);
    for (const PackTable &t : PackTables::all())
        if (t.kind == PackTable::Kind::Shared)
            written << QString::fromLatin1(t.name);
    written.removeDuplicates();
    if (auto s = m_db.checkTables(written); !s)
        return s.error();
    FastQuery attach(m_db, "ATTACH DATABASE ?1 AS pack");
    if (auto s = attach.bind(1, verified->second).exec(); !s)
        return s.error();
    const auto detach = qScopeGuard([&] { (void)m_db.execScript("DETACH DATABASE pack"); });
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    if (auto s = apply(outcome); !s)
        return s.error();
    const QJsonObject summary{{QStringLiteral("sequence"), outcome.pack.sequence},
                              {QStringLiteral("created_at"), outcome.pack.createdAt},
                              {QStringLiteral("inserted"), outcome.inserted},
                              {QStringLiteral("updated"), outcome.updated}};
    // A pack that changed nothing leaves no trace: the same pack twice changes nothing.
    if (outcome.inserted + outcome.updated > 0)
        if (auto s =
                AuditLog(m_db).record(AuditLog::Action::Bulk, QStringLiteral("head_office_pack"),
                                      outcome.pack.uid, {}, summary);
            !s)
            return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return outcome;
}

} // namespace servicelens::network
