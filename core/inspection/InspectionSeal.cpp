// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectionSeal.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QtEndian>

#include <sqlite3.h>

#include <vector>

namespace servicelens::inspection {

namespace {

Error sqliteFailure(sqlite3 *db, const QString &what)
{
    return makeError(ErrorKind::Database, what, QString::fromUtf8(sqlite3_errmsg(db)));
}

// The parts of an inspection's content, each read in a fixed order. Item codes, order numbers
// and uids rather than row ids: the seal survives a VACUUM and an export, not a change.
constexpr const char *contentQueries[] = {
    "SELECT i.uid, t.code, t.version, b.code, s.code, i.started_at, i.completed_at, i.score, "
    "i.passed, i.note FROM inspection i JOIN inspection_template t ON t.id = i.template_id "
    "JOIN branch b ON b.id = i.branch_id LEFT JOIN staff s ON s.id = i.inspector_id "
    "WHERE i.id = ?1",
    "SELECT it.code, a.na, a.passed, a.rating, a.number, a.text, a.note "
    "FROM inspection_answer a JOIN inspection_item it ON it.id = a.item_id "
    "WHERE a.inspection_id = ?1 ORDER BY it.code",
    "SELECT it.code, p.uid, p.file_name, p.image FROM inspection_photo p "
    "JOIN inspection_item it ON it.id = p.item_id WHERE p.inspection_id = ?1 ORDER BY p.uid",
    "SELECT it.code, o.uid FROM inspection_evidence e "
    "JOIN inspection_item it ON it.id = e.item_id JOIN service_order o ON o.id = e.order_id "
    "WHERE e.inspection_id = ?1 ORDER BY it.code, o.uid",
};

void addField(QCryptographicHash &h, const char *data, qint64 length)
{
    // The length first (-1 for NULL): "ab"+"c" and "a"+"bc" never hash alike.
    const qint64 big = qToBigEndian(length);
    h.addData(QByteArrayView(reinterpret_cast<const char *>(&big), sizeof big));
    if (length > 0)
        h.addData(QByteArrayView(data, length));
}

template <typename Row> Status eachRow(sqlite3 *db, const char *sql, qint64 bound, Row row)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return sqliteFailure(db, InspectionSeal::tr("The inspections cannot be read."));
    if (bound)
        sqlite3_bind_int64(stmt, 1, bound);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        row(stmt);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return sqliteFailure(db, InspectionSeal::tr("The inspections cannot be read."));
    return {};
}

struct Completed {
    qint64 id = 0;
    QString uid;
    qint64 completedAt = 0;
    QByteArray stored;
};

Result<std::vector<Completed>> completedInspections(sqlite3 *db, bool withStored)
{
    std::vector<Completed> all;
    auto s = eachRow(
        db,
        withStored ? "SELECT id, uid, completed_at, content_hash FROM inspection "
                     "WHERE status = 'completed' ORDER BY completed_at, id"
                   : "SELECT id, uid, completed_at, NULL FROM inspection "
                     "WHERE status = 'completed' ORDER BY completed_at, id",
        0, [&](sqlite3_stmt *stmt) {
            Completed c;
            c.id = sqlite3_column_int64(stmt, 0);
            c.uid = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1)));
            c.completedAt = sqlite3_column_int64(stmt, 2);
            c.stored = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 3)),
                                  sqlite3_column_bytes(stmt, 3));
            all.push_back(c);
        });
    if (!s)
        return s.error();
    return all;
}

} // namespace

Result<QByteArray> InspectionSeal::compute(sqlite3 *db, qint64 inspectionId)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    int part = 0;
    for (const char *sql : contentQueries) {
        // Each part is introduced by its number and closed by its row count, so a row cannot
        // move from one part to the next unnoticed.
        const QByteArray tag = QByteArray::number(++part);
        addField(h, tag.constData(), tag.size());
        qint64 rows = 0;
        auto s = eachRow(db, sql, inspectionId, [&](sqlite3_stmt *stmt) {
            ++rows;
            const int columns = sqlite3_column_count(stmt);
            for (int c = 0; c < columns; ++c) {
                switch (sqlite3_column_type(stmt, c)) {
                case SQLITE_NULL:
                    addField(h, nullptr, -1);
                    break;
                case SQLITE_BLOB:
                    addField(h, static_cast<const char *>(sqlite3_column_blob(stmt, c)),
                             sqlite3_column_bytes(stmt, c));
                    break;
                default: // numbers as SQLite prints them: the same text on every machine
                    addField(h, reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)),
                             sqlite3_column_bytes(stmt, c));
                }
            }
        });
        if (!s)
            return s.error();
        const QByteArray count = QByteArray::number(rows);
        addField(h, count.constData(), count.size());
    }
    return h.result().toHex();
}

Result<QByteArray> InspectionSeal::seal(sqlite3 *db, qint64 inspectionId)
{
    auto hash = compute(db, inspectionId);
    if (!hash)
        return hash.error();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "UPDATE inspection SET content_hash = ?1 WHERE id = ?2", -1, &stmt,
                           nullptr) != SQLITE_OK)
        return sqliteFailure(db, tr("The inspection's seal cannot be written."));
    sqlite3_bind_text(stmt, 1, hash->constData(), static_cast<int>(hash->size()), SQLITE_TRANSIENT);
    sqlite3_bind_int64(stmt, 2, inspectionId);
    const int rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return sqliteFailure(db, tr("The inspection's seal cannot be written."));
    return hash;
}

Status InspectionSeal::sealAll(sqlite3 *db)
{
    auto all = completedInspections(db, false);
    if (!all)
        return all.error();
    for (const Completed &c : *all)
        if (auto s = seal(db, c.id); !s)
            return s.error();
    return {};
}

bool InspectionSeal::isSealed(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    bool found = false;
    if (sqlite3_prepare_v2(db,
                           "SELECT 1 FROM pragma_table_info('inspection') WHERE name = "
                           "'content_hash'",
                           -1, &stmt, nullptr) == SQLITE_OK)
        found = sqlite3_step(stmt) == SQLITE_ROW;
    sqlite3_finalize(stmt);
    return found;
}

Result<InspectionSeal::Finding> InspectionSeal::verify(sqlite3 *db)
{
    Finding f;
    if (!isSealed(db))
        return f;
    auto all = completedInspections(db, true);
    if (!all)
        return all.error();
    for (const Completed &c : *all) {
        ++f.sealed;
        auto now = compute(db, c.id);
        if (!now)
            return now.error();
        if (*now != c.stored)
            f.broken << tr("Inspection %1 (completed %2) was changed outside ServiceLens: its "
                           "content no longer matches its seal %3.")
                            .arg(c.uid,
                                 QDateTime::fromSecsSinceEpoch(c.completedAt)
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                 c.stored.isEmpty() ? tr("(missing)")
                                                    : shortForm(QString::fromLatin1(c.stored)));
    }
    return f;
}

QString InspectionSeal::shortForm(const QString &hexHash)
{
    QStringList groups;
    for (int i = 0; i < 16 && i < hexHash.size(); i += 4)
        groups << hexHash.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

} // namespace servicelens::inspection
