// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergeConflicts.h"

#include "KeptMonths.h"
#include "PackTables.h"

#include "storage/AuditLog.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace servicelens::network {

namespace {

MergeConflict readConflict(const SqlQuery &q)
{
    MergeConflict c;
    c.id = q.value(0).toLongLong();
    c.entity = q.value(1).toString();
    c.uid = q.value(2).toString();
    c.branchCode = q.value(3).toString();
    c.packUid = q.value(4).toString();
    c.reason = q.value(5).toString();
    c.detectedAt = q.value(6).toLongLong();
    c.incomingUpdatedAt = q.value(7).toLongLong();
    c.local = QJsonDocument::fromJson(q.value(8).toByteArray()).object();
    c.incoming = QJsonDocument::fromJson(q.value(9).toByteArray()).object();
    return c;
}

const char *const selectConflict =
    "SELECT c.id, c.entity, c.uid, b.code, c.pack_uid, c.reason, c.detected_at, "
    "c.incoming_updated_at, c.local_json, c.incoming_json, c.branch_id FROM merge_conflict c "
    "JOIN branch b ON b.id = c.branch_id ";

// A JSON value as the column stores it.
QVariant columnValue(const QByteArray &column, const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant();
    if (PackTable::isBlob(column))
        return QByteArray::fromHex(v.toString().toLatin1());
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)))
            return static_cast<qint64>(d);
        return d;
    }
    return v.toVariant();
}

// Binds a row's columns and references (:c0, :c1 … in the order `assignments` listed them).
struct RowSql {
    QStringList targets; // column names
    QStringList values;  // SQL expressions with placeholders
    std::vector<std::pair<QString, QVariant>> bindings;
};

RowSql rowSql(const PackTable &t, const QJsonObject &row, bool withUid)
{
    RowSql r;
    int n = 0;
    for (const QByteArray &c : t.columnList()) {
        if (c == "uid" && !withUid)
            continue;
        const QString p = QStringLiteral(":v%1").arg(n++);
        r.targets << QString::fromLatin1(c);
        r.values << p;
        r.bindings.emplace_back(p, columnValue(c, row.value(QString::fromLatin1(c))));
    }
    for (const PackReference &ref : t.references) {
        const QString p = QStringLiteral(":v%1").arg(n++);
        const QJsonValue v = row.value(QString::fromLatin1(ref.column));
        r.targets << QString::fromLatin1(ref.column);
        if (PackTables::isSharedTable(ref.table)) {
            r.values << p;
            r.bindings.emplace_back(p, v.isNull() ? QVariant() : QVariant(v.toVariant()));
        } else {
            r.values << QStringLiteral("(SELECT id FROM %1 WHERE uid = %2)")
                            .arg(QString::fromLatin1(ref.table), p);
            r.bindings.emplace_back(p, v.isNull() ? QVariant() : QVariant(v.toString()));
        }
    }
    return r;
}

} // namespace

Result<std::vector<MergeConflict>> MergeConflicts::open() const
{
    SqlQuery q(m_db, QString::fromLatin1(selectConflict) +
                         QStringLiteral("WHERE c.status = 'open' ORDER BY c.id"));
    return q.all<MergeConflict>(readConflict);
}

Result<qint64> MergeConflicts::openCount() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM merge_conflict WHERE status = 'open'"));
    auto n = q.scalar();
    if (!n)
        return n.error();
    return n->toLongLong();
}

Status MergeConflicts::apply(const MergeConflict &c, qint64 branchId)
{
    const PackTable *t = PackTables::find(c.entity);
    if (!t)
        return makeError(
            ErrorKind::InvalidInput,
            tr("The conflict is about a table this version does not merge: %1.").arg(c.entity));
    // The branch deleted the row.
    if (c.incoming.value(QStringLiteral("deleted")).toBool()) {
        SqlQuery remove(m_db, QStringLiteral("DELETE FROM %1 WHERE uid = :uid").arg(c.entity));
        remove.bind(QStringLiteral(":uid"), c.uid);
        return remove.exec();
    }
    const QJsonObject row = c.incoming.value(QStringLiteral("row")).toObject();
    RowSql r = rowSql(*t, row, false);
    QStringList sets;
    for (int i = 0; i < r.targets.size(); ++i)
        sets << r.targets.at(i) + QStringLiteral(" = ") + r.values.at(i);
    if (t->hasBranch)
        sets << QStringLiteral("branch_id = :branch");
    SqlQuery update(m_db, QStringLiteral("UPDATE %1 SET %2 WHERE uid = :uid")
                              .arg(c.entity, sets.join(QStringLiteral(", "))));
    for (const auto &[p, v] : r.bindings)
        update.bind(p, v);
    if (t->hasBranch)
        update.bind(QStringLiteral(":branch"), branchId);
    update.bind(QStringLiteral(":uid"), c.uid);
    if (auto s = update.exec(); !s)
        return s;

    // The children as the branch has them.
    const QJsonObject children = c.incoming.value(QStringLiteral("children")).toObject();
    for (const PackTable &child : PackTables::all()) {
        if (child.kind != PackTable::Kind::Child ||
            !children.contains(QString::fromLatin1(child.name)))
            continue;
        SqlQuery remove(m_db, QStringLiteral("DELETE FROM %1 WHERE %2 = (SELECT id FROM %3 WHERE "
                                             "uid = :uid)")
                                  .arg(QString::fromLatin1(child.name),
                                       QString::fromLatin1(child.parentColumn), c.entity));
        remove.bind(QStringLiteral(":uid"), c.uid);
        if (auto s = remove.exec(); !s)
            return s;
        for (const QJsonValue &v : children.value(QString::fromLatin1(child.name)).toArray()) {
            RowSql cr = rowSql(child, v.toObject(), true);
            SqlQuery insert(m_db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                      .arg(QString::fromLatin1(child.name),
                                           cr.targets.join(QStringLiteral(", ")),
                                           cr.values.join(QStringLiteral(", "))));
            for (const auto &[p, value] : cr.bindings)
                insert.bind(p, value);
            if (auto s = insert.exec(); !s)
                return s;
        }
    }
    return {};
}

Status MergeConflicts::resolve(qint64 id, Choice choice)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    SqlQuery q(m_db, QString::fromLatin1(selectConflict) +
                         QStringLiteral("WHERE c.id = :id AND c.status = 'open'"));
    q.bind(QStringLiteral(":id"), id);
    if (auto s = q.exec(); !s)
        return s;
    if (!q.next())
        return makeError(ErrorKind::NotFound, tr("The conflict was resolved already."));
    const MergeConflict c = readConflict(q);
    const qint64 branchId = q.value(10).toLongLong();
    // Taking the branch's version changes its figures (and those of the row's owner here, if
    // another): their month tallies are counted again, the others carried.
    KeptMonths kept(m_db);
    if (choice == Choice::TakeBranch) {
        if (auto s = kept.begin(); !s)
            return s;
        if (auto s = apply(c, branchId); !s)
            return s;
    }
    // Either way the branch's version is the one merged last: the same pack again is no news.
    SqlQuery seen(
        m_db, QStringLiteral("INSERT INTO merged_row (entity, uid, branch_id, updated_at) VALUES "
                             "(:e, :u, :b, :t) ON CONFLICT (entity, uid) DO UPDATE SET updated_at "
                             "= excluded.updated_at, branch_id = excluded.branch_id"));
    // Kept: the row stays the store's, and stays owned by whoever owned it.
    SqlQuery owner(m_db, QStringLiteral("SELECT branch_id FROM merged_row WHERE entity = :e AND "
                                        "uid = :u"));
    owner.bind(QStringLiteral(":e"), c.entity).bind(QStringLiteral(":u"), c.uid);
    auto previousOwner = owner.scalar();
    if (!previousOwner)
        return previousOwner.error();
    const qint64 rowOwner = choice == Choice::TakeBranch || !previousOwner->isValid()
                                ? branchId
                                : previousOwner->toLongLong();
    seen.bind(QStringLiteral(":e"), c.entity)
        .bind(QStringLiteral(":u"), c.uid)
        .bind(QStringLiteral(":b"), rowOwner)
        .bind(QStringLiteral(":t"), c.incomingUpdatedAt);
    if (auto s = seen.exec(); !s)
        return s;
    SqlQuery done(m_db, QStringLiteral("UPDATE merge_conflict SET status = :status, resolved_at = "
                                       ":now, resolved_by = :actor WHERE id = :id"));
    done.bind(QStringLiteral(":status"), choice == Choice::TakeBranch
                                             ? QStringLiteral("took_incoming")
                                             : QStringLiteral("kept_local"))
        .bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch())
        .bind(QStringLiteral(":actor"), m_db.actor())
        .bind(QStringLiteral(":id"), id);
    if (auto s = done.exec(); !s)
        return s;
    const QJsonObject before = c.local.value(QStringLiteral("row")).toObject();
    const QJsonObject after =
        choice == Choice::TakeBranch ? c.incoming.value(QStringLiteral("row")).toObject() : before;
    if (auto s = AuditLog(m_db).record(AuditLog::Action::Update, c.entity, c.uid, before, after);
        !s)
        return s;
    if (choice == Choice::TakeBranch) {
        if (auto s = kept.end(branchId, true); !s)
            return s;
        if (previousOwner->isValid() && previousOwner->toLongLong() != branchId)
            if (auto s = kept.end(previousOwner->toLongLong(), true); !s)
                return s;
    }
    return tx.commit();
}

} // namespace servicelens::network
