// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackFile.h"

#include "PackTables.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QtEndian>

#include <cstring>

#include <sqlite3.h>

namespace servicelens::network {

namespace {

struct Statement {
    sqlite3_stmt *stmt = nullptr;
    Statement(sqlite3 *db, const QByteArray &sql)
    {
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
            stmt = nullptr;
    }
    ~Statement() { sqlite3_finalize(stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
};

Error sqliteError(sqlite3 *db, const QString &what)
{
    return makeError(ErrorKind::InvalidInput, what, QString::fromUtf8(sqlite3_errmsg(db)));
}

// Each value as its type, its length and its bytes (integers and reals as 8 bytes, little
// endian), so ("ab", "c") and ("a", "bc") differ; a row goes to the hash in one piece.
void addRow(QCryptographicHash &hash, sqlite3_stmt *stmt, QByteArray &row)
{
    row.clear();
    const auto put = [&row](const void *data, qsizetype size) {
        row.append(static_cast<const char *>(data), size);
    };
    const int columns = sqlite3_column_count(stmt);
    for (int c = 0; c < columns; ++c) {
        const char type = static_cast<char>(sqlite3_column_type(stmt, c));
        row.append(type);
        switch (type) {
        case SQLITE_NULL:
            break;
        case SQLITE_INTEGER: {
            const qint64 v = qToLittleEndian<qint64>(sqlite3_column_int64(stmt, c));
            put(&v, sizeof v);
            break;
        }
        case SQLITE_FLOAT: {
            const double d = sqlite3_column_double(stmt, c);
            quint64 bits;
            std::memcpy(&bits, &d, sizeof bits);
            bits = qToLittleEndian(bits);
            put(&bits, sizeof bits);
            break;
        }
        default: {
            const int size = sqlite3_column_bytes(stmt, c);
            const quint32 length = qToLittleEndian<quint32>(static_cast<quint32>(size));
            put(&length, sizeof length);
            put(sqlite3_column_blob(stmt, c), size);
        }
        }
    }
    row.append('\n');
    hash.addData(row);
}

} // namespace

QByteArrayList PackFile::contentTables(const QString &kind)
{
    QByteArrayList tables{"manifest"};
    const bool headOffice = kind == QLatin1String("head_office");
    for (const PackTable &t : PackTables::all())
        if (!headOffice || t.kind == PackTable::Kind::Shared)
            tables << t.name;
    if (headOffice)
        for (const HeadOfficeTable &t : PackTables::headOffice())
            tables << t.name;
    else
        tables << "audit_log";
    return tables;
}

Result<QByteArrayList> PackFile::contentTablesOf(const PackManifest &manifest)
{
    QByteArrayList earliest = contentTables(manifest.kind);
    for (const HeadOfficeTable &t : PackTables::headOffice())
        if (t.since > 0)
            earliest.removeAll(t.name);
    if (manifest.tables.isEmpty())
        return earliest;
    for (const QByteArray &table : earliest)
        if (!manifest.tables.contains(table))
            return makeError(ErrorKind::InvalidInput, tr("its manifest is incomplete."),
                             QStringLiteral("tables: no %1").arg(QString::fromUtf8(table)));
    return manifest.tables;
}

Result<QByteArray> PackFile::digest(sqlite3 *db, const char *schema, const QByteArrayList &tables)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QByteArray s(schema);
    for (const QByteArray &table : tables) {
        const QByteArray sql =
            table == "manifest"
                ? QByteArray("SELECT key, value FROM " + s +
                             ".manifest WHERE key <> 'digest' ORDER BY key")
                : QByteArray("SELECT * FROM " + s + "." + table + " ORDER BY rowid");
        Statement q(db, sql);
        if (!q.stmt)
            return sqliteError(db, tr("The pack has no table “%1”.").arg(QString::fromUtf8(table)));
        hash.addData(QByteArray("table " + table + "\n"));
        int rc;
        QByteArray row;
        while ((rc = sqlite3_step(q.stmt)) == SQLITE_ROW)
            addRow(hash, q.stmt, row);
        if (rc != SQLITE_DONE)
            return sqliteError(db, tr("The pack could not be read."));
    }
    return hash.result().toHex();
}

Result<PackManifest> PackFile::readManifest(sqlite3 *db, const char *schema)
{
    Statement q(db, "SELECT key, value FROM " + QByteArray(schema) + ".manifest");
    if (!q.stmt)
        return sqliteError(db, tr("The file is not a ServiceLens pack (it has no manifest)."));
    std::map<QString, QString> values;
    while (sqlite3_step(q.stmt) == SQLITE_ROW)
        values[QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q.stmt, 0)))] =
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q.stmt, 1)));
    PackManifest m;
    m.format = values[QStringLiteral("format")].toInt();
    m.uid = values[QStringLiteral("uid")];
    m.kind = values[QStringLiteral("kind")];
    m.branchUid = values[QStringLiteral("branch_uid")];
    m.branchCode = values[QStringLiteral("branch_code")];
    m.branchName = values[QStringLiteral("branch_name")];
    m.timeZone = values[QStringLiteral("time_zone")];
    m.sequence = values[QStringLiteral("sequence")].toLongLong();
    m.since = values[QStringLiteral("since")].toLongLong();
    m.createdAt = values[QStringLiteral("created_at")].toLongLong();
    m.schemaVersion = values[QStringLiteral("schema_version")].toInt();
    m.digest = values[QStringLiteral("digest")];
    if (const QString tables = values[QStringLiteral("tables")]; !tables.isEmpty())
        m.tables = tables.toUtf8().split(' ');
    for (const auto &[key, value] : values)
        if (key.startsWith(QLatin1String("rows.")))
            m.rows[key.mid(5)] = value.toLongLong();
    return m;
}

Result<PackManifest> PackFile::peek(const QString &path)
{
    sqlite3 *db = nullptr;
    const int rc =
        sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    const std::unique_ptr<sqlite3, int (*)(sqlite3 *)> guard(db, &sqlite3_close);
    if (rc != SQLITE_OK)
        return makeError(ErrorKind::InvalidInput,
                         tr("%1 cannot be opened.").arg(QDir::toNativeSeparators(path)),
                         QString::fromUtf8(sqlite3_errmsg(db)));
    auto m = readManifest(db, "main");
    if (!m)
        return makeError(
            ErrorKind::InvalidInput,
            tr("%1 cannot be merged: %2").arg(QDir::toNativeSeparators(path), m.error().message));
    return m;
}

Result<PackManifest> PackFile::verify(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto refuse = [&](const QString &why, const QString &detail = {}) {
        return makeError(ErrorKind::InvalidInput, tr("%1 cannot be merged: %2").arg(shown, why),
                         detail);
    };
    if (!QFile::exists(path))
        return refuse(tr("the file does not exist."));
    // The header says what the file is before SQLite reads a page: a pack cut short still
    // begins like one.
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return refuse(tr("it cannot be read."), file.errorString());
        const QByteArray header = file.read(100);
        static const QByteArray magic("SQLite format 3", 16);
        if (!header.startsWith(magic.left(qMin(header.size(), magic.size()))) || header.isEmpty())
            return refuse(tr("it is not a ServiceLens pack."));
        if (header.size() < 100)
            return refuse(tr("the file is damaged or cut short (copy it again from the branch)."));
        const auto byte = [&](int i) {
            return static_cast<quint32>(static_cast<uchar>(header[i]));
        };
        const quint32 id = byte(68) << 24 | byte(69) << 16 | byte(70) << 8 | byte(71);
        if (id != static_cast<quint32>(applicationId))
            return refuse(tr("it is not a ServiceLens pack."));
    }
    sqlite3 *db = nullptr;
    const int rc =
        sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    const std::unique_ptr<sqlite3, int (*)(sqlite3 *)> guard(db, &sqlite3_close);
    if (rc != SQLITE_OK)
        return refuse(tr("it cannot be opened."), QString::fromUtf8(sqlite3_errmsg(db)));
    {
        Statement check(db, "PRAGMA quick_check");
        if (!check.stmt || sqlite3_step(check.stmt) != SQLITE_ROW ||
            qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(check.stmt, 0)), "ok") != 0)
            return refuse(tr("the file is damaged or cut short (copy it again from the branch)."),
                          check.stmt ? QString::fromUtf8(reinterpret_cast<const char *>(
                                           sqlite3_column_text(check.stmt, 0)))
                                     : QString::fromUtf8(sqlite3_errmsg(db)));
    }
    auto manifest = readManifest(db, "main");
    if (!manifest)
        return refuse(manifest.error().message, manifest.error().detail);
    if (manifest->format != currentFormat)
        return refuse(tr("it is of pack format %1; this version of ServiceLens reads format %2.")
                          .arg(manifest->format)
                          .arg(currentFormat));
    const bool branchPack = manifest->kind == QLatin1String("branch");
    if ((!branchPack && manifest->kind != QLatin1String("head_office")) ||
        manifest->uid.isEmpty() ||
        (branchPack && (manifest->branchUid.isEmpty() || manifest->branchCode.isEmpty())))
        return refuse(tr("its manifest is incomplete."));
    auto tables = contentTablesOf(*manifest);
    if (!tables)
        return refuse(tables.error().message, tables.error().detail);
    auto computed = digest(db, "main", *tables);
    if (!computed)
        return refuse(computed.error().message, computed.error().detail);
    if (QString::fromLatin1(*computed) != manifest->digest)
        return refuse(
            tr("its content does not match its digest: it was altered or damaged "
               "after the branch wrote it (ask the branch for the pack again)."),
            tr("digest %1, content %2").arg(manifest->digest, QString::fromLatin1(*computed)));
    return manifest;
}

} // namespace servicelens::network
