// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackWriter.h"

#include "HeadOfficeCases.h"
#include "PackTables.h"

#include "io/OutputFile.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/FastQuery.h"
#include "storage/WriteTransaction.h"
#include "workbook/Workbook.h"

#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>

namespace servicelens::network {

namespace {

// Which of a branch's owned rows go into the pack, as temporary id lists (temp.sel_<table>),
// each after the lists it reads. A row changed since the last pack is chosen, and so is every
// row a chosen row refers to: a pack merged alone never leaves a reference dangling.
// ?1 = branch id, ?2 = since.
const char *const selections[] = {
    "INSERT INTO temp.sel_staff SELECT id FROM main.staff WHERE branch_id = ?1 OR branch_id IS "
    "NULL",
    "INSERT INTO temp.sel_inspection_schedule SELECT id FROM main.inspection_schedule WHERE "
    "branch_id = ?1",
    // Attendance is added to a session without touching it; sessions are few: all of them.
    "INSERT INTO temp.sel_training_session SELECT id FROM main.training_session WHERE "
    "branch_id = ?1",
    "INSERT INTO temp.sel_survey_response SELECT id FROM main.survey_response WHERE branch_id "
    "= ?1 AND updated_at >= ?2",
    "INSERT INTO temp.sel_corrective_action SELECT id FROM main.corrective_action WHERE "
    "branch_id = ?1 AND updated_at >= ?2",
    // A draft's answers change without touching the inspection: drafts always travel.
    "INSERT INTO temp.sel_inspection SELECT id FROM main.inspection WHERE branch_id = ?1 AND "
    "(updated_at >= ?2 OR status <> 'completed' OR id IN (SELECT inspection_id FROM "
    "main.corrective_action WHERE id IN temp.sel_corrective_action))",
    "INSERT INTO temp.sel_service_order SELECT id FROM main.service_order WHERE branch_id = ?1 "
    "AND (updated_at >= ?2 OR id IN (SELECT order_id FROM main.survey_response WHERE id IN "
    "temp.sel_survey_response) OR id IN (SELECT order_id FROM main.corrective_action WHERE id "
    "IN temp.sel_corrective_action) OR id IN (SELECT order_id FROM main.inspection_evidence "
    "WHERE inspection_id IN temp.sel_inspection))",
    "INSERT INTO temp.sel_customer SELECT id FROM main.customer c WHERE id IN (SELECT "
    "customer_id FROM main.service_order WHERE id IN temp.sel_service_order) OR (updated_at >= "
    "?2 AND EXISTS (SELECT 1 FROM main.service_order o WHERE o.customer_id = c.id AND "
    "o.branch_id = ?1))",
};

// Rolls back a read transaction left open by a failure.
struct OpenTransaction {
    Database &db;
    bool open = false;
    ~OpenTransaction()
    {
        if (open)
            (void)db.execScript("ROLLBACK");
    }
};

} // namespace

QString PackWriter::settingKey(const Branch &branch, const char *what)
{
    return QStringLiteral("pack.%1.%2").arg(branch.uid, QLatin1String(what));
}

Status PackWriter::select(const Branch &branch, qint64 since)
{
    for (const PackTable &t : PackTables::all())
        if (t.kind == PackTable::Kind::Owned)
            if (auto s =
                    m_db.execScript(QByteArray("CREATE TEMP TABLE IF NOT EXISTS sel_") + t.name +
                                    " (id INTEGER PRIMARY KEY); DELETE FROM "
                                    "temp.sel_" +
                                    t.name);
                !s)
                return s;
    for (const char *sql : selections) {
        FastQuery q(m_db, sql);
        q.bind(1, branch.id);
        if (q.parameterCount() > 1)
            q.bind(2, since);
        if (auto s = q.exec(); !s)
            return s;
    }
    return {};
}

Status PackWriter::fill(const Branch &branch, qint64 since, qint64 lastAudit)
{
    if (auto s = select(branch, since); !s)
        return s;
    for (const PackTable &t : PackTables::all()) {
        const QByteArray list = PackTables::packSelectList(t);
        const QByteArray name(t.name);
        QByteArray where;
        switch (t.kind) {
        case PackTable::Kind::Shared:
            where = "1";
            break;
        case PackTable::Kind::Owned:
            where = "t.id IN temp.sel_" + name;
            break;
        case PackTable::Kind::Child: {
            const char *parent = nullptr;
            for (const PackReference &r : t.references)
                if (qstrcmp(r.column, t.parentColumn) == 0)
                    parent = r.table;
            where = QByteArray("t.") + t.parentColumn + " IN temp.sel_" + parent;
            break;
        }
        }
        if (auto s = m_db.execScript("CREATE TABLE pack." + name + " AS SELECT " + list +
                                     " FROM main." + name + " t WHERE " + where + ";");
            !s)
            return s;
    }
    if (auto s = m_db.execScript("CREATE TABLE pack.audit_log AS SELECT * FROM main.audit_log "
                                 "WHERE 0");
        !s)
        return s;
    FastQuery auditRows(m_db,
                        "INSERT INTO pack.audit_log SELECT * FROM main.audit_log WHERE id > ?1");
    auditRows.bind(1, lastAudit);
    return auditRows.exec();
}

Status PackWriter::checkTarget(const QString &target) const
{
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(m_db.path()).absoluteFilePath())
        return makeError(ErrorKind::InvalidInput, tr("A pack cannot replace the workbook itself."));
    if (QFileInfo::exists(target))
        return makeError(ErrorKind::InvalidInput,
                         tr("%1 already exists; a pack never replaces a file. Choose a new name.")
                             .arg(QDir::toNativeSeparators(target)));
    return io::OutputFile::checkTarget(target);
}

Result<PackWriter::Notes> PackWriter::readNotes(const QString &prefix) const
{
    Notes n;
    FastQuery q(m_db, "SELECT key, value FROM setting WHERE key IN (?1, ?2, ?3)");
    q.bind(1, prefix + QStringLiteral("sequence"))
        .bind(2, prefix + QStringLiteral("since"))
        .bind(3, prefix + QStringLiteral("audit"));
    while (q.next()) {
        const QString key = q.text(0);
        const qint64 value = q.text(1).toLongLong();
        if (key.endsWith(QLatin1String(".sequence")))
            n.sequence = value;
        else if (key.endsWith(QLatin1String(".since")))
            n.since = value;
        else
            n.audit = value;
    }
    if (!q.status())
        return q.status().error();
    return n;
}

Result<PackManifest> PackWriter::write(const QString &target, const Branch &branch,
                                       bool wholeHistory)
{
    if (auto s = checkTarget(target); !s)
        return s.error();
    PackManifest m;
    m.kind = QStringLiteral("branch");
    m.branchUid = branch.uid;
    m.branchCode = branch.code;
    m.branchName = branch.name;
    m.timeZone = branch.timeZone;
    const QString prefix = settingKey(branch, "");
    auto notes = readNotes(prefix);
    if (!notes)
        return notes.error();
    m.sequence = notes->sequence + 1;
    m.since = wholeHistory ? 0 : notes->since;
    const qint64 lastAudit = wholeHistory ? 0 : notes->audit;
    return build(target, m, prefix, lastAudit, [&] { return fill(branch, m.since, lastAudit); });
}

Result<PackManifest> PackWriter::writeHeadOffice(const QString &target)
{
    if (auto s = checkTarget(target); !s)
        return s.error();
    if (m_db.isPostgres())
        return writeHeadOfficeFromServer(target);
    PackManifest m;
    m.kind = QStringLiteral("head_office");
    const QString prefix = QStringLiteral("pack.head_office.");
    auto notes = readNotes(prefix);
    if (!notes)
        return notes.error();
    m.sequence = notes->sequence + 1;
    return build(target, m, prefix, 0, [this] { return fillHeadOffice(); });
}

Result<PackManifest> PackWriter::writeHeadOfficeFromServer(const QString &target)
{
    // A pack is an SQLite file built beside a connection to it (ATTACH), which a PostgreSQL
    // session cannot have: head office's records are copied into a workbook of their own in a
    // private folder, packed from there as from a head-office workbook, and the pack's notes
    // kept in the store.
    auto folder = io::OutputFile::privateFolder();
    if (!folder)
        return folder.error();
    Database::Options options;
    options.clock = &m_db.clock();
    options.actor = m_db.actor();
    NewWorkbook spec;
    spec.headOffice = true;
    auto snapshot = Workbook::create((*folder)->filePath(QStringLiteral("head-office.servicelens")),
                                     spec, options);
    if (!snapshot)
        return snapshot.error();
    Database &copy = (*snapshot)->database();
    {
        WriteTransaction tx(copy);
        if (!tx.status())
            return tx.status().error();
        std::vector<QByteArray> tables;
        for (const PackTable &t : PackTables::all())
            if (t.kind == PackTable::Kind::Shared)
                tables.push_back(t.name);
        for (const HeadOfficeTable &t : PackTables::headOffice())
            if (qstrcmp(t.name, "setting") != 0)
                tables.push_back(t.name);
        // Children before parents out, parents before children in.
        for (auto it = tables.rbegin(); it != tables.rend(); ++it)
            if (auto s = copy.execScript("DELETE FROM " + *it); !s)
                return s.error();
        for (const QByteArray &table : tables)
            if (!HeadOfficeCases::copies(table))
                if (auto s = copyRows(copy, "SELECT * FROM " + table, table); !s)
                    return s.error();
        // The cases by column name, their photos as bytes, after the other lists.
        if (auto s = HeadOfficeCases::copyPublished(m_db, copy); !s)
            return s.error();
        if (auto s = copyRows(copy,
                              "SELECT key, value FROM setting WHERE key LIKE 'target.%' OR key "
                              "LIKE 'pack.head\\_office.%' ESCAPE '\\'",
                              "setting");
            !s)
            return s.error();
        if (auto s = tx.commit(); !s)
            return s.error();
    }
    auto written = PackWriter(copy).writeHeadOffice(target);
    if (!written)
        return written.error();
    if (auto s =
            note(QStringLiteral("pack.head_office."), {written->sequence, written->createdAt, 0});
        !s)
        return s.error();
    return written;
}

Status PackWriter::copyRows(Database &into, const QByteArray &select, const QByteArray &table)
{
    // Values as text: the workbook's column types turn them back into numbers where the
    // columns are numeric (SQLite's type affinity); these lists hold no blobs.
    FastQuery rows(m_db, select.constData());
    std::unique_ptr<FastQuery> insert;
    while (rows.next()) {
        const int n = rows.columnCount();
        if (!insert) {
            QByteArrayList marks;
            for (int c = 1; c <= n; ++c)
                marks << "?" + QByteArray::number(c);
            insert = std::make_unique<FastQuery>(
                into, QByteArray("INSERT INTO " + table + " VALUES (" + marks.join(", ") + ")")
                          .constData());
        }
        for (int c = 0; c < n; ++c) {
            if (rows.isNull(c))
                insert->bindNull(c + 1);
            else
                insert->bind(c + 1, rows.text(c));
        }
        if (auto s = insert->exec(); !s)
            return s;
    }
    return rows.status();
}

Status PackWriter::note(const QString &prefix, const Notes &notes)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    FastQuery put(m_db, "INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO "
                        "UPDATE SET value = excluded.value");
    const std::pair<const char *, qint64> values[] = {
        {"sequence", notes.sequence}, {"since", notes.since}, {"audit", notes.audit}};
    for (const auto &[what, value] : values)
        if (auto s =
                put.bind(1, prefix + QLatin1String(what)).bind(2, QString::number(value)).exec();
            !s)
            return s;
    return tx.commit();
}

Status PackWriter::fillHeadOffice()
{
    // Head office's own records, whole (they are small): the shared lists and what it sets for
    // every branch. Audit records stay at head office.
    for (const PackTable &t : PackTables::all())
        if (t.kind == PackTable::Kind::Shared)
            if (auto s =
                    m_db.execScript("CREATE TABLE pack." + QByteArray(t.name) + " AS SELECT " +
                                    PackTables::packSelectList(t) + " FROM main." + t.name + " t;");
                !s)
                return s;
    for (const HeadOfficeTable &t : PackTables::headOffice())
        if (auto s =
                m_db.execScript("CREATE TABLE pack." + QByteArray(t.name) + " AS SELECT " +
                                t.columns + " FROM main." + t.name + " WHERE " + t.where + ";");
            !s)
            return s;
    return {};
}

Result<PackManifest> PackWriter::build(const QString &target, PackManifest &m,
                                       const QString &notePrefix, qint64 lastAudit,
                                       const std::function<Status()> &fillTables)
{
    m.format = PackFile::currentFormat;
    m.uid = m_db.uids().next();
    m.createdAt = m_db.clock().nowSecsSinceEpoch();
    m.schemaVersion = m_db.schemaVersion();

    auto folder = io::OutputFile::privateFolder();
    if (!folder)
        return folder.error();
    const QString work = (*folder)->filePath(QStringLiteral("pack.slpack"));
    {
        FastQuery attach(m_db, "ATTACH DATABASE ?1 AS pack");
        attach.bind(1, work);
        if (auto s = attach.exec(); !s)
            return s.error();
    }
    auto detach = qScopeGuard([&] { (void)m_db.execScript("DETACH DATABASE pack"); });
    if (auto s = m_db.execScript(
            "PRAGMA pack.journal_mode=OFF; PRAGMA pack.application_id = " +
            QByteArray::number(PackFile::applicationId) +
            "; CREATE TABLE pack.manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL);");
        !s)
        return s.error();

    qint64 newestAudit = lastAudit;
    {
        // One snapshot of the workbook for every table.
        OpenTransaction tx{m_db};
        if (auto s = m_db.execScript("BEGIN"); !s)
            return s.error();
        tx.open = true;
        if (auto s = fillTables(); !s)
            return s.error();
        if (m.kind == QLatin1String("branch")) {
            FastQuery newest(m_db, "SELECT coalesce(max(id), ?1) FROM pack.audit_log");
            newest.bind(1, lastAudit);
            if (newest.next())
                newestAudit = newest.int64(0);
        }
        for (const QByteArray &table : PackFile::contentTables(m.kind)) {
            if (table == "manifest" || table == "audit_log")
                continue;
            FastQuery n(m_db, QByteArray("SELECT count(*) FROM pack." + table).constData());
            if (n.next())
                m.rows[QString::fromLatin1(table)] = n.int64(0);
        }
        FastQuery put(m_db, "INSERT INTO pack.manifest (key, value) VALUES (?1, ?2)");
        const std::vector<std::pair<QString, QString>> entries = {
            {QStringLiteral("format"), QString::number(m.format)},
            {QStringLiteral("uid"), m.uid},
            {QStringLiteral("kind"), m.kind},
            {QStringLiteral("branch_uid"), m.branchUid},
            {QStringLiteral("branch_code"), m.branchCode},
            {QStringLiteral("branch_name"), m.branchName},
            {QStringLiteral("time_zone"), m.timeZone},
            {QStringLiteral("sequence"), QString::number(m.sequence)},
            {QStringLiteral("since"), QString::number(m.since)},
            {QStringLiteral("created_at"), QString::number(m.createdAt)},
            {QStringLiteral("schema_version"), QString::number(m.schemaVersion)},
            {QStringLiteral("tables"),
             QString::fromUtf8(PackFile::contentTables(m.kind).join(' '))},
        };
        for (const auto &[key, value] : entries)
            if (auto s = put.bind(1, key).bind(2, value).exec(); !s)
                return s.error();
        for (const auto &[table, n] : m.rows)
            if (auto s =
                    put.bind(1, QStringLiteral("rows.") + table).bind(2, QString::number(n)).exec();
                !s)
                return s.error();
        auto digest = PackFile::digest(m_db.handle(), "pack", PackFile::contentTables(m.kind));
        if (!digest)
            return digest.error();
        m.digest = QString::fromLatin1(*digest);
        if (auto s = put.bind(1, QStringLiteral("digest")).bind(2, m.digest).exec(); !s)
            return s.error();
        if (auto s = m_db.execScript("COMMIT"); !s)
            return s.error();
        tx.open = false;
    }
    detach.dismiss();
    if (auto s = m_db.execScript("DETACH DATABASE pack"); !s)
        return s.error();

    if (auto s = io::OutputFile::copyInto(work, target); !s)
        return s.error();

    // Noted only once the pack is whole at its target: a failure before leaves the next pack
    // covering the same changes again (merging them twice changes nothing).
    if (auto s = note(notePrefix, {m.sequence, m.createdAt, newestAudit}); !s)
        return s.error();
    return m;
}

} // namespace servicelens::network
