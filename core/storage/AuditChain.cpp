// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditChain.h"

#include "Database.h"
#include "FastQuery.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QtEndian>

#include <sqlite3.h>

namespace servicelens {

namespace {

constexpr const char *headKey = "audit.head";

void addField(QCryptographicHash &h, const std::optional<QByteArray> &field)
{
    // The length first (-1 for NULL): "ab"+"c" and "a"+"bc" never hash alike.
    const qint64 length = field ? field->size() : -1;
    const qint64 big = qToBigEndian(length);
    h.addData(QByteArrayView(reinterpret_cast<const char *>(&big), sizeof big));
    if (field)
        h.addData(*field);
}

Error sqliteFailure(sqlite3 *db, const QString &what)
{
    return makeError(ErrorKind::Database, what, QString::fromUtf8(sqlite3_errmsg(db)));
}

std::optional<QString> columnText(sqlite3_stmt *stmt, int column)
{
    if (sqlite3_column_type(stmt, column) == SQLITE_NULL)
        return std::nullopt;
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)),
                             sqlite3_column_bytes(stmt, column));
}

// Walks the records in id order, calling `visit(record, storedHash)`; stops when it returns
// false.
template <typename Visit> Status forEachRecord(sqlite3 *db, Visit visit)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db,
                           "SELECT id, at, actor, action, entity, entity_uid, before_json, "
                           "after_json, hash FROM audit_log ORDER BY id",
                           -1, &stmt, nullptr) != SQLITE_OK)
        return sqliteFailure(db, AuditChain::tr("The audit trail cannot be read."));
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        AuditChain::Record r;
        r.id = sqlite3_column_int64(stmt, 0);
        r.at = sqlite3_column_int64(stmt, 1);
        r.actor = columnText(stmt, 2).value_or(QString());
        r.action = columnText(stmt, 3).value_or(QString());
        r.entity = columnText(stmt, 4).value_or(QString());
        r.entityUid = columnText(stmt, 5).value_or(QString());
        r.before = columnText(stmt, 6);
        r.after = columnText(stmt, 7);
        const QByteArray stored = columnText(stmt, 8).value_or(QString()).toLatin1();
        if (!visit(r, stored)) {
            rc = SQLITE_DONE;
            break;
        }
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return sqliteFailure(db, AuditChain::tr("The audit trail cannot be read."));
    return {};
}

} // namespace

bool AuditChain::isChained(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    bool found = false;
    if (sqlite3_prepare_v2(db, "SELECT 1 FROM pragma_table_info('audit_log') WHERE name = 'hash'",
                           -1, &stmt, nullptr) == SQLITE_OK)
        found = sqlite3_step(stmt) == SQLITE_ROW;
    sqlite3_finalize(stmt);
    return found;
}

namespace {

QString describe(const AuditChain::Record &r)
{
    return AuditChain::tr("#%1 (%2, %3, %4 %5)")
        .arg(r.id)
        .arg(QDateTime::fromSecsSinceEpoch(r.at).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             r.actor, r.action, r.entity);
}

} // namespace

QByteArray AuditChain::hash(const QByteArray &previous, const Record &r)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    addField(h, previous);
    addField(h, QByteArray::number(r.id));
    addField(h, QByteArray::number(r.at));
    addField(h, r.actor.toUtf8());
    addField(h, r.action.toUtf8());
    addField(h, r.entity.toUtf8());
    addField(h, r.entityUid.toUtf8());
    addField(h, r.before ? std::optional<QByteArray>(r.before->toUtf8()) : std::nullopt);
    addField(h, r.after ? std::optional<QByteArray>(r.after->toUtf8()) : std::nullopt);
    return h.result().toHex();
}

Result<std::pair<qint64, QByteArray>> AuditChain::head(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1", -1, &stmt,
                           nullptr) != SQLITE_OK)
        return sqliteFailure(db, tr("The audit trail cannot be read."));
    std::pair<qint64, QByteArray> last{0, {}};
    if (sqlite3_step(stmt) == SQLITE_ROW)
        last = {sqlite3_column_int64(stmt, 0), columnText(stmt, 1).value_or(QString()).toLatin1()};
    sqlite3_finalize(stmt);
    return last;
}

Status AuditChain::setHead(sqlite3 *db, qint64 id, const QByteArray &hash)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db,
                           "INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO "
                           "UPDATE SET value = excluded.value",
                           -1, &stmt, nullptr) != SQLITE_OK)
        return sqliteFailure(db, tr("The audit trail cannot be written."));
    const QByteArray value = QByteArray::number(id) + ':' + hash;
    sqlite3_bind_text(stmt, 1, headKey, -1, SQLITE_STATIC);
    sqlite3_bind_text(stmt, 2, value.constData(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    const int rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return sqliteFailure(db, tr("The audit trail cannot be written."));
    return {};
}

bool AuditChain::isChained(const Database &db)
{
    return db.isPostgres() || isChained(db.handle());
}

Result<std::pair<qint64, QByteArray>> AuditChain::head(const Database &db)
{
    if (!db.isPostgres())
        return head(db.handle());
    FastQuery q(db, "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
    std::pair<qint64, QByteArray> last{0, {}};
    if (q.next())
        last = {q.int64(0), q.text(1).toLatin1()};
    if (!q.status())
        return q.status().error();
    return last;
}

Status AuditChain::setHead(const Database &db, qint64 id, const QByteArray &hash)
{
    if (!db.isPostgres())
        return setHead(db.handle(), id, hash);
    FastQuery q(db, "INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO "
                    "UPDATE SET value = excluded.value");
    return q.bind(1, QString::fromLatin1(headKey))
        .bind(2, QString::fromLatin1(QByteArray::number(id) + ':' + hash))
        .exec();
}

Status AuditChain::chainAll(sqlite3 *db)
{
    std::vector<std::pair<qint64, QByteArray>> hashes;
    QByteArray previous;
    auto read = forEachRecord(db, [&](const Record &r, const QByteArray &) {
        previous = hash(previous, r);
        hashes.emplace_back(r.id, previous);
        return true;
    });
    if (!read)
        return read;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "UPDATE audit_log SET hash = ?1 WHERE id = ?2", -1, &stmt,
                           nullptr) != SQLITE_OK)
        return sqliteFailure(db, tr("The audit trail cannot be written."));
    for (const auto &[id, h] : hashes) {
        sqlite3_bind_text(stmt, 1, h.constData(), static_cast<int>(h.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(stmt, 2, id);
        if (sqlite3_step(stmt) != SQLITE_DONE) {
            sqlite3_finalize(stmt);
            return sqliteFailure(db, tr("The audit trail cannot be written."));
        }
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    return hashes.empty() ? Status{} : setHead(db, hashes.back().first, hashes.back().second);
}

Result<AuditChain::Finding> AuditChain::verify(sqlite3 *db)
{
    Finding f;
    if (!isChained(db)) {
        f.kind = Finding::Kind::NotChained;
        f.message = tr("This workbook's audit trail predates the hash chain; it is chained when "
                       "the workbook is next opened for writing.");
        return f;
    }
    QByteArray previous;
    qint64 previousId = 0;
    auto read = forEachRecord(db, [&](const Record &r, const QByteArray &stored) {
        ++f.records;
        if (previousId != 0 && r.id != previousId + 1) {
            f.kind = Finding::Kind::Removed;
            f.recordId = r.id;
            f.message = r.id == previousId + 2
                            ? tr("Audit record #%1 was removed outside ServiceLens (found a gap "
                                 "before record %2).")
                                  .arg(previousId + 1)
                                  .arg(describe(r))
                            : tr("Audit records #%1 to #%2 were removed outside ServiceLens (found "
                                 "a gap before record %3).")
                                  .arg(previousId + 1)
                                  .arg(r.id - 1)
                                  .arg(describe(r));
            return false;
        }
        const QByteArray expected = hash(previous, r);
        if (stored != expected) {
            f.kind = Finding::Kind::Altered;
            f.recordId = r.id;
            f.message = tr("Audit record %1 was altered outside ServiceLens: its content no "
                           "longer matches its hash.")
                            .arg(describe(r));
            return false;
        }
        previous = stored;
        previousId = r.id;
        return true;
    });
    if (!read)
        return read.error();
    if (!f.intact())
        return f;
    f.headId = previousId;
    f.headHash = previous;

    // The newest records: the head kept apart must still be the last record.
    sqlite3_stmt *stmt = nullptr;
    QByteArray headValue;
    if (sqlite3_prepare_v2(db, "SELECT value FROM setting WHERE key = ?1", -1, &stmt, nullptr) ==
        SQLITE_OK) {
        sqlite3_bind_text(stmt, 1, headKey, -1, SQLITE_STATIC);
        if (sqlite3_step(stmt) == SQLITE_ROW)
            headValue = columnText(stmt, 0).value_or(QString()).toLatin1();
    }
    sqlite3_finalize(stmt);
    const QByteArray expectedHead =
        previousId == 0 ? QByteArray() : QByteArray::number(previousId) + ':' + previous;
    if (headValue != expectedHead) {
        const qint64 headId = headValue.split(':').value(0).toLongLong();
        f.kind = Finding::Kind::NewestRemoved;
        f.recordId = previousId + 1;
        f.message = headId > previousId
                        ? tr("The newest audit records (#%1 to #%2) were removed outside "
                             "ServiceLens.")
                              .arg(previousId + 1)
                              .arg(headId)
                        : tr("The audit trail's head does not match its newest record #%1: "
                             "records were removed or rewritten outside ServiceLens.")
                              .arg(previousId);
    }
    return f;
}

QString AuditChain::Finding::headText() const
{
    if (headId == 0)
        return QString();
    return QString::number(headId) + QLatin1Char(':') + QString::fromLatin1(headHash.left(16));
}

std::optional<std::pair<qint64, QByteArray>> AuditChain::parseHead(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    bool ok = false;
    const qint64 id = parts.value(0).toLongLong(&ok);
    const QByteArray hash = parts.value(1).toLatin1().toLower();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{16,64}$"));
    if (parts.size() != 2 || !ok || id <= 0 || !hex.match(QString::fromLatin1(hash)).hasMatch())
        return std::nullopt;
    return std::make_pair(id, hash);
}

Result<QString> AuditChain::compareWithHead(sqlite3 *db, qint64 id, const QByteArray &hashPrefix)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT hash FROM audit_log WHERE id = ?1", -1, &stmt, nullptr) !=
        SQLITE_OK)
        return makeError(ErrorKind::Database, tr("The audit trail cannot be read."),
                         QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_bind_int64(stmt, 1, id);
    std::optional<QString> stored;
    const bool found = sqlite3_step(stmt) == SQLITE_ROW;
    if (found)
        stored = columnText(stmt, 0);
    sqlite3_finalize(stmt);
    const QString head = QString::number(id) + QLatin1Char(':') + QString::fromLatin1(hashPrefix);
    if (!found)
        return tr("Audit record #%1 of the head %2 is no longer in the trail: the trail was cut "
                  "or rewritten since that head was noted.")
            .arg(id)
            .arg(head);
    if (!stored || !stored->toLatin1().startsWith(hashPrefix))
        return tr("Audit record #%1 no longer has the hash of the head %2: the trail was "
                  "rewritten since that head was noted.")
            .arg(id)
            .arg(head);
    return QString();
}

} // namespace servicelens
