// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackMerger.h"

#include "KeptMonths.h"
#include "MergedBranch.h"
#include "PackStaging.h"
#include "PackTables.h"
#include "PackUpgrade.h"

#include "io/OutputFile.h"
#include "storage/AuditLog.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/FastQuery.h"
#include "storage/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>

namespace servicelens::network {

namespace {

using Kind = PackTable::Kind;

QByteArray joined(const std::vector<QByteArray> &parts)
{
    QByteArrayList list;
    for (const QByteArray &p : parts)
        list << p;
    return list.join(", ");
}

// The store's column list and the pack's values for it, for an INSERT … SELECT from `x`.
std::pair<QByteArray, QByteArray> insertLists(const PackTable &t, bool withBranch)
{
    std::vector<QByteArray> columns, values;
    for (const QByteArray &c : t.columnList()) {
        columns.push_back(c);
        values.push_back("x." + c);
    }
    if (withBranch && t.hasBranch) {
        columns.push_back("branch_id");
        values.push_back("?1");
    }
    for (const PackReference &r : t.references) {
        columns.push_back(r.column);
        values.push_back(PackTables::storeReference(r));
    }
    return {joined(columns), joined(values)};
}

QByteArray jsonObjectOf(bool postgres)
{
    return postgres ? "json_build_object(" : "json_object(";
}

// The children of a parent, as a JSON object of arrays, for the conflict list. `parentKey` is
// the expression of the parent's key in the children's table (a uid in a pack, an id in the
// store).
QByteArray childrenJson(const PackTable &parent, const char *schema, const QByteArray &parentKey,
                        bool inPack, bool postgres)
{
    QByteArrayList parts;
    for (const PackTable &child : PackTables::all()) {
        if (child.kind != Kind::Child)
            continue;
        bool belongs = false;
        for (const PackReference &r : child.references)
            if (qstrcmp(r.column, child.parentColumn) == 0 && qstrcmp(r.table, parent.name) == 0)
                belongs = true;
        if (!belongs)
            continue;
        const QByteArray rows = PackTables::jsonObject(child, "ch", inPack, postgres);
        const QByteArray from = QByteArray(" FROM ") + schema + "." + child.name + " ch WHERE ch." +
                                child.parentColumn + " = " + parentKey;
        // SQLite's json() keeps the array an array inside the object; PostgreSQL's json_agg
        // gives NULL, not [], over no rows.
        parts << "'" + QByteArray(child.name) + "', " +
                     (postgres ? QByteArray("(SELECT coalesce(json_agg(" + rows + "), '[]'::json)" +
                                            from + ")")
                               : QByteArray("json((SELECT json_group_array(" + rows + ")" + from +
                                            "))"));
    }
    return jsonObjectOf(postgres) + parts.join(", ") + ")";
}

// The head of an INSERT into the conflict list; the SELECT that follows gives its columns in
// this order, with ?1 the branch, ?2 the pack and ?3 now.
const QByteArray conflictInsert =
    "INSERT INTO main.merge_conflict (entity, uid, branch_id, pack_uid, detected_at, reason, "
    "local_json, incoming_json, incoming_updated_at) ";

// The store's version of a row `s` (references by uid) with its children, as the conflict
// list keeps it.
QByteArray storeVersionJson(const PackTable &t, bool postgres)
{
    return jsonObjectOf(postgres) + "'row', " + PackTables::jsonObject(t, "s", false, postgres) +
           ", 'children', " + childrenJson(t, "main", "s.id", false, postgres) + ")";
}

} // namespace

Status PackMerger::mapShared(Database &db)
{
    for (const PackTable &t : PackTables::all()) {
        if (t.kind != Kind::Shared)
            continue;
        const QByteArray name(t.name);
        // The natural key, compared on the store's row `s` and the pack's row `x`.
        QByteArrayList match;
        for (const QByteArray &k : QByteArray(t.naturalKey).split(',')) {
            const QByteArray key = k.trimmed();
            QByteArray incoming = "x." + key;
            for (const PackReference &r : t.references)
                if (key == r.column)
                    incoming = PackTables::storeReference(r);
            match << "s." + key + " = " + incoming;
        }
        const auto [columns, values] = insertLists(t, false);
        const QByteArray script =
            // Emptied, not dropped: SQLite refuses a DROP while any statement of the
            // connection is still open (a list the window is reading, for one).
            "CREATE TEMP TABLE IF NOT EXISTS map_" + name +
            " (pack_id INTEGER PRIMARY KEY, id BIGINT NOT NULL); DELETE FROM temp.map_" + name +
            ";"
            // A list the store lacks is added as the branch has it.
            "INSERT INTO main." +
            name + " (" + columns + ") SELECT " + values + " FROM pack." + name +
            " x WHERE NOT EXISTS (SELECT 1 FROM main." + name + " s WHERE " + match.join(" AND ") +
            ") ORDER BY x.pack_id;" + "INSERT INTO temp.map_" + name +
            " SELECT x.pack_id, s.id FROM pack." + name + " x JOIN main." + name + " s ON " +
            match.join(" AND ") + ";";
        if (auto s = db.execScript(script); !s)
            return s;
    }
    return {};
}

Status PackMerger::mergeOwned(qint64 branchId, const PackManifest &pack, MergeOutcome &outcome)
{
    for (const PackTable &t : PackTables::all()) {
        if (t.kind != Kind::Owned)
            continue;
        const QByteArray name(t.name);
        const QByteArray owner =
            t.hasBranch ? "coalesce(mr.branch_id, s.branch_id, ?1)" : "coalesce(mr.branch_id, ?1)";
        if (auto s = m_db.execScript("CREATE TEMP TABLE IF NOT EXISTS cls_" + name +
                                     " (uid TEXT PRIMARY KEY, sid BIGINT, class TEXT NOT NULL, "
                                     "updated_at BIGINT NOT NULL); DELETE FROM temp.cls_" +
                                     name);
            !s)
            return s;
        const QByteArray classify =
            "INSERT INTO temp.cls_" + name +
            " SELECT x.uid, s.id, CASE "
            // A row gone from the store after its merge (deleted by its branch) comes back
            // only in a version newer than the one merged last.
            "WHEN s.id IS NULL AND x.updated_at <= coalesce(mr.updated_at, x.updated_at - 1) "
            "THEN 'unchanged' "
            "WHEN s.id IS NULL THEN 'insert' "
            "WHEN " +
            owner +
            " <> ?1 THEN 'other_owner' "
            "WHEN x.updated_at <= coalesce(mr.updated_at, s.updated_at) THEN 'unchanged' "
            "WHEN s.updated_at <> coalesce(mr.updated_at, s.updated_at) THEN 'edited_here' "
            "ELSE 'update' END, x.updated_at FROM pack." +
            name + " x LEFT JOIN main." + name +
            " s ON s.uid = x.uid LEFT JOIN main.merged_row mr ON mr.entity = '" + name +
            "' AND mr.uid = x.uid";
        FastQuery classified(m_db, classify.constData());
        if (auto s = classified.bind(1, branchId).exec(); !s)
            return s;
        // As the staged pack (PackStaging): a temporary table has statistics only when asked.
        if (m_db.isPostgres())
            if (auto s = m_db.execScript("ANALYZE temp.cls_" + name); !s)
                return s;

        const auto [columns, values] = insertLists(t, true);
        const QByteArray insert = "INSERT INTO main." + name + " (" + columns + ") SELECT " +
                                  values + " FROM pack." + name + " x JOIN temp.cls_" + name +
                                  " c ON c.uid = x.uid WHERE c.class = 'insert' ORDER BY x.rowid";
        FastQuery inserted(m_db, insert.constData());
        if (inserted.parameterCount() > 0) // only tables with a branch column name it
            inserted.bind(1, branchId);
        if (auto s = inserted.exec(); !s)
            return s;

        QByteArrayList sets;
        for (const QByteArray &c : t.columnList())
            if (c != "uid")
                sets << c + " = x." + c;
        for (const PackReference &r : t.references)
            sets << QByteArray(r.column) + " = " + PackTables::storeReference(r);
        const QByteArray update = "UPDATE main." + name + " SET " + sets.join(", ") +
                                  " FROM (SELECT p.* FROM pack." + name + " p JOIN temp.cls_" +
                                  name +
                                  " c ON c.uid = p.uid WHERE c.class = 'update') AS x "
                                  "WHERE main." +
                                  name + ".uid = x.uid";
        if (auto s = m_db.execScript(update); !s)
            return s;

        const bool pg = m_db.isPostgres();
        const QByteArray conflict =
            conflictInsert + "SELECT '" + name + "', x.uid, ?1, ?2, ?3, c.class, " +
            storeVersionJson(t, pg) + ", " + jsonObjectOf(pg) + "'row', " +
            PackTables::jsonObject(t, "x", true, pg) + ", 'children', " +
            childrenJson(t, "pack", "x.uid", true, pg) + "), x.updated_at FROM pack." + name +
            " x JOIN temp.cls_" + name + " c ON c.uid = x.uid JOIN main." + name +
            " s ON s.id = c.sid WHERE c.class IN ('edited_here', 'other_owner') "
            "ON CONFLICT (entity, uid) WHERE status = 'open' DO UPDATE SET "
            "pack_uid = excluded.pack_uid, detected_at = excluded.detected_at, "
            "reason = excluded.reason, incoming_json = excluded.incoming_json, "
            "incoming_updated_at = excluded.incoming_updated_at "
            "WHERE excluded.incoming_updated_at >= merge_conflict.incoming_updated_at";
        FastQuery conflicts(m_db, conflict.constData());
        conflicts.bind(1, branchId).bind(2, pack.uid).bind(3, m_db.clock().nowSecsSinceEpoch());
        if (auto s = conflicts.exec(); !s)
            return s;

        FastQuery remember(m_db, QByteArray("INSERT INTO main.merged_row (entity, uid, branch_id, "
                                            "updated_at) SELECT '" +
                                            name +
                                            "', uid, ?1, updated_at FROM "
                                            "temp.cls_" +
                                            name +
                                            " WHERE class IN ('insert', 'update') "
                                            "ON CONFLICT (entity, uid) DO UPDATE SET updated_at = "
                                            "excluded.updated_at, branch_id = excluded.branch_id")
                                     .constData());
        if (auto s = remember.bind(1, branchId).exec(); !s)
            return s;

        FastQuery counts(
            m_db, QByteArray("SELECT class, count(*) FROM temp.cls_" + name + " GROUP BY class")
                      .constData());
        while (counts.next()) {
            const QString cls = counts.text(0);
            const qint64 n = counts.int64(1);
            if (cls == QLatin1String("insert"))
                outcome.inserted += n;
            else if (cls == QLatin1String("update"))
                outcome.updated += n;
            else if (cls == QLatin1String("unchanged"))
                outcome.unchanged += n;
            else
                outcome.conflicts += n;
        }
        if (!counts.status())
            return counts.status();
    }

    // Children follow their parents: replaced where the parent was inserted or updated.
    for (const PackTable &t : PackTables::all()) {
        if (t.kind != Kind::Child)
            continue;
        const char *parent = nullptr;
        for (const PackReference &r : t.references)
            if (qstrcmp(r.column, t.parentColumn) == 0)
                parent = r.table;
        const QByteArray name(t.name);
        const QByteArray cls = QByteArray("temp.cls_") + parent;
        const auto [columns, values] = insertLists(t, false);
        const QByteArray script = "DELETE FROM main." + name + " WHERE " + t.parentColumn +
                                  " IN (SELECT sid FROM " + cls +
                                  " WHERE class = 'update'); INSERT INTO main." + name + " (" +
                                  columns + ") SELECT " + values + " FROM pack." + name +
                                  " x WHERE x." + t.parentColumn + " IN (SELECT uid FROM " + cls +
                                  " WHERE class IN ('insert', 'update')) ORDER BY "
                                  "x.rowid;";
        if (auto s = m_db.execScript(script); !s)
            return s;
    }
    return {};
}

Status PackMerger::applyDeletions(qint64 branchId, const PackManifest &pack, MergeOutcome &outcome)
{
    // The branch's audit records name the rows it deleted: each goes here too, if this branch
    // owns it and no one changed it here since its merge (then it is a conflict); merged_row
    // keeps it deleted against older packs merged later.
    for (const PackTable &t : PackTables::all()) {
        if (t.kind != Kind::Owned)
            continue;
        const QByteArray name(t.name);
        const QByteArray gone = "SELECT a.entity_uid FROM pack.audit_log a JOIN main.merged_row mr "
                                "ON mr.entity = '" +
                                name +
                                "' AND mr.uid = a.entity_uid AND "
                                "mr.branch_id = ?1 WHERE a.action = 'delete' AND a.entity = '" +
                                name + "'";
        const bool pg = m_db.isPostgres();
        const QByteArray conflict =
            conflictInsert + "SELECT '" + name + "', s.uid, ?1, ?2, ?3, 'edited_here', " +
            storeVersionJson(t, pg) + ", " + jsonObjectOf(pg) + "'deleted', " +
            (pg ? "true" : "json('true')") +
            "), ?3 "
            "FROM main." +
            name + " s JOIN main.merged_row mr ON mr.entity = '" + name +
            "' AND mr.uid = s.uid WHERE s.uid IN (" + gone +
            ") AND s.updated_at <> "
            "mr.updated_at ON CONFLICT (entity, uid) WHERE status = 'open' DO UPDATE SET "
            "pack_uid = excluded.pack_uid, detected_at = excluded.detected_at, incoming_json = "
            "excluded.incoming_json, incoming_updated_at = excluded.incoming_updated_at";
        FastQuery conflicts(m_db, conflict.constData());
        conflicts.bind(1, branchId).bind(2, pack.uid).bind(3, m_db.clock().nowSecsSinceEpoch());
        if (auto s = conflicts.exec(); !s)
            return s;
        outcome.conflicts += conflicts.changes();
        const QByteArray remove = "DELETE FROM main." + name + " WHERE uid IN (" + gone +
                                  ") AND updated_at = (SELECT mr.updated_at FROM main.merged_row "
                                  "mr WHERE mr.entity = '" +
                                  name + "' AND mr.uid = main." + name + ".uid)";
        FastQuery deleted(m_db, remove.constData());
        if (auto s = deleted.bind(1, branchId).exec(); !s)
            return s;
        outcome.deleted += deleted.changes();
        // Kept deleted: no version up to now brings it back.
        FastQuery keep(m_db, QByteArray("UPDATE main.merged_row SET updated_at = CASE WHEN "
                                        "updated_at > ?2 THEN updated_at ELSE ?2 END WHERE "
                                        "entity = '" +
                                        name + "' AND uid IN (" + gone +
                                        ") AND uid NOT IN (SELECT uid FROM main." + name + ")")
                                 .constData());
        if (auto s = keep.bind(1, branchId).bind(2, pack.createdAt).exec(); !s)
            return s;
    }
    return {};
}

Status PackMerger::finish(qint64 branchId, const MergeOutcome &outcome)
{
    const PackManifest &pack = outcome.pack;
    FastQuery audit(m_db, "INSERT INTO main.branch_audit (branch_id, id, at, actor, action, "
                          "entity, entity_uid, before_json, after_json, hash) SELECT ?1, id, at, "
                          "actor, action, entity, entity_uid, before_json, after_json, hash FROM "
                          "pack.audit_log WHERE true ON CONFLICT DO NOTHING");
    if (auto s = audit.bind(1, branchId).exec(); !s)
        return s;
    FastQuery noted(m_db, "INSERT INTO main.merged_pack (uid, branch_id, sequence, since, "
                          "created_at, digest, merged_at, inserted, updated, unchanged, "
                          "conflicts) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
                          "ON CONFLICT (uid) DO NOTHING");
    noted.bind(1, pack.uid)
        .bind(2, branchId)
        .bind(3, pack.sequence)
        .bind(4, pack.since)
        .bind(5, pack.createdAt)
        .bind(6, pack.digest)
        .bind(7, m_db.clock().nowSecsSinceEpoch())
        .bind(8, outcome.inserted)
        .bind(9, outcome.updated)
        .bind(10, outcome.unchanged)
        .bind(11, outcome.conflicts);
    if (auto s = noted.exec(); !s)
        return s;
    QJsonObject after{{QStringLiteral("branch"), pack.branchCode},
                      {QStringLiteral("sequence"), pack.sequence},
                      {QStringLiteral("created_at"), pack.createdAt},
                      {QStringLiteral("inserted"), outcome.inserted},
                      {QStringLiteral("updated"), outcome.updated},
                      {QStringLiteral("unchanged"), outcome.unchanged},
                      {QStringLiteral("conflicts"), outcome.conflicts},
                      {QStringLiteral("deleted"), outcome.deleted}};
    return AuditLog(m_db).record(AuditLog::Action::Bulk, QStringLiteral("merged_pack"), pack.uid,
                                 {}, after);
}

Status PackMerger::checkWrittenTables()
{
    QStringList written{QStringLiteral("branch"),       QStringLiteral("merged_pack"),
                        QStringLiteral("merged_row"),   QStringLiteral("merge_conflict"),
                        QStringLiteral("branch_audit"), QStringLiteral("audit_log")};
    for (const PackTable &t : PackTables::all())
        written << QString::fromLatin1(t.name);
    return m_db.checkTables(written);
}

Result<std::pair<PackManifest, QString>> PackMerger::verifiedCopy(const QString &packPath,
                                                                  const QString &folder)
{
    const QString copy = QDir(folder).filePath(QStringLiteral("merge.slpack"));
    QFile source(packPath);
    if (source.exists() && !source.copy(copy))
        // Unreadable pack, or no room for the private copy (a full temporary folder).
        return makeError(ErrorKind::Io,
                         tr("%1 could not be copied into a private temporary folder to be "
                            "checked (the pack cannot be read, or that folder's disk is full); "
                            "nothing was merged.")
                             .arg(QDir::toNativeSeparators(packPath)),
                         source.errorString());
    auto manifest = PackFile::verify(QFile::exists(copy) ? copy : packPath);
    if (!manifest)
        return makeError(
            manifest.error().kind,
            QString(manifest.error().message)
                .replace(QDir::toNativeSeparators(copy), QDir::toNativeSeparators(packPath)),
            manifest.error().detail);
    if (auto s = PackUpgrade::complete(copy, manifest->kind == QLatin1String("head_office")); !s)
        return s.error();
    return std::make_pair(*manifest, copy);
}

Result<MergeOutcome> PackMerger::merge(const QString &packPath)
{
    auto folder = io::OutputFile::privateFolder();
    if (!folder)
        return folder.error();
    auto verified = verifiedCopy(packPath, (*folder)->path());
    if (!verified)
        return verified.error();
    const QString copy = verified->second;
    MergeOutcome outcome;
    outcome.pack = verified->first;
    if (outcome.pack.kind != QLatin1String("branch"))
        return makeError(ErrorKind::InvalidInput,
                         tr("%1 is head office's pack for its branches; a head office merges the "
                            "packs its branches send.")
                             .arg(QDir::toNativeSeparators(packPath)));

    // The full check of the tables the merge writes, with their indexes, before it first writes
    // (DESIGN.md, data safety: as an import does): a row missing from a unique index would
    // otherwise be merged a second time. Once per merger: the packs merged after the first
    // find the tables as this process left them.
    if (!m_checked) {
        if (auto s = checkWrittenTables(); !s)
            return s.error();
        m_checked = true;
    }

    // The pack's tables as pack.<table>: attached on SQLite, copied into the session's
    // temporary tables on PostgreSQL.
    std::unique_ptr<PackStaging> staged;
    if (m_db.isPostgres()) {
        staged = std::make_unique<PackStaging>(m_db);
        if (auto s = staged->load(copy); !s)
            return s.error();
    } else {
        FastQuery attach(m_db, "ATTACH DATABASE ?1 AS pack");
        if (auto s = attach.bind(1, copy).exec(); !s)
            return s.error();
    }
    const auto detach = qScopeGuard([&] {
        if (!m_db.isPostgres())
            (void)m_db.execScript("DETACH DATABASE pack");
    });
    {
        WriteTransaction tx(m_db);
        if (!tx.status())
            return tx.status().error();
        // Held first: no other writer moves the data version while this merge runs.
        KeptMonths kept(m_db);
        if (auto s = kept.begin(); !s)
            return s.error();
        MergedBranch branch(m_db);
        auto branchId = branch.find(outcome.pack);
        if (!branchId)
            return branchId.error();
        if (auto s = kept.noteTouched(*branchId); !s)
            return s.error();
        if (auto s = mapShared(m_db); !s)
            return s.error();
        if (auto s = mergeOwned(*branchId, outcome.pack, outcome); !s)
            return s.error();
        if (auto s = applyDeletions(*branchId, outcome.pack, outcome); !s)
            return s.error();
        if (auto s = branch.keepMonthsInZone(*branchId, outcome.pack); !s)
            return s.error();
        if (auto s = finish(*branchId, outcome); !s)
            return s.error();
        if (auto s = kept.end(*branchId, branch.monthsRecounted()); !s)
            return s.error();
        if (auto s = tx.commit(); !s)
            return s.error();
    }
    return outcome;
}

} // namespace servicelens::network
