// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackStaging.h"

#include "PackTables.h"

#include "storage/Database.h"
#include "storage/PostgresError.h"
#include "storage/ReadOnlyConnection.h"

#include <QDir>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace servicelens::network {

namespace {

// PostgreSQL's type for a column SQLite declared (the pack keeps the workbook's declarations).
QByteArray postgresType(const QByteArray &column, const QByteArray &declared)
{
    // CREATE TABLE … AS gives a column of blobs no declared type.
    if (declared.isEmpty() && PackTable::isBlob(column))
        return "BYTEA";
    const QByteArray t = declared.toUpper();
    if (t.contains("INT"))
        return "BIGINT";
    if (t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB"))
        return "DOUBLE PRECISION";
    if (t.contains("BLOB"))
        return "BYTEA";
    return "TEXT";
}

// One value in COPY's text format (postgresql.org/docs/15/sql-copy.html).
void appendCopyValue(QByteArray &line, sqlite3_stmt *stmt, int column)
{
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_NULL:
        line += "\\N";
        return;
    case SQLITE_INTEGER:
        line += QByteArray::number(sqlite3_column_int64(stmt, column));
        return;
    case SQLITE_FLOAT:
        line += QByteArray::number(sqlite3_column_double(stmt, column), 'g', 17);
        return;
    case SQLITE_BLOB: {
        const auto *bytes = static_cast<const char *>(sqlite3_column_blob(stmt, column));
        line += "\\\\x" + QByteArray(bytes, sqlite3_column_bytes(stmt, column)).toHex();
        return;
    }
    default:
        break;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    const int size = sqlite3_column_bytes(stmt, column);
    for (int i = 0; i < size; ++i) {
        const char c = text[i];
        switch (c) {
        case '\\':
            line += "\\\\";
            break;
        case '\t':
            line += "\\t";
            break;
        case '\n':
            line += "\\n";
            break;
        case '\r':
            line += "\\r";
            break;
        default:
            line += c;
        }
    }
}

} // namespace

PackStaging::~PackStaging()
{
    for (const QByteArray &t : m_tables)
        (void)m_db.execScript("DROP TABLE IF EXISTS pg_temp.pack_" + t);
}

Status PackStaging::load(const QString &packPath)
{
    ReadOnlyConnection pack(packPath);
    if (auto s = pack.opened(); !s)
        return s;
    sqlite3_stmt *list = nullptr;
    sqlite3_prepare_v2(pack.get(),
                       "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                       "'sqlite_%' ORDER BY name",
                       -1, &list, nullptr);
    QByteArrayList tables;
    while (sqlite3_step(list) == SQLITE_ROW)
        tables << reinterpret_cast<const char *>(sqlite3_column_text(list, 0));
    sqlite3_finalize(list);
    for (const QByteArray &t : tables)
        if (auto s = copyTable(pack.get(), t); !s)
            return s;
    return {};
}

Status PackStaging::copyTable(void *handle, const QByteArray &table)
{
    auto *pack = static_cast<sqlite3 *>(handle);
    auto unreadable = [&] {
        return makeError(ErrorKind::Damaged, tr("The pack cannot be read."),
                         QString::fromUtf8(sqlite3_errmsg(pack)));
    };
    // Table names come from the verified pack's own schema and are checked against the
    // characters of ours before they become part of SQL.
    for (const char c : table)
        if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            return unreadable();

    QByteArrayList columns, definitions{"rowid BIGINT"};
    {
        sqlite3_stmt *info = nullptr;
        if (sqlite3_prepare_v2(pack, "SELECT name, type FROM pragma_table_info(?1)", -1, &info,
                               nullptr) != SQLITE_OK)
            return unreadable();
        sqlite3_bind_text(info, 1, table.constData(), static_cast<int>(table.size()),
                          SQLITE_TRANSIENT);
        while (sqlite3_step(info) == SQLITE_ROW) {
            const QByteArray name(reinterpret_cast<const char *>(sqlite3_column_text(info, 0)));
            const QByteArray type(reinterpret_cast<const char *>(sqlite3_column_text(info, 1)));
            columns << "\"" + name + "\"";
            definitions << "\"" + name + "\" " + postgresType(name, type);
        }
        sqlite3_finalize(info);
    }
    if (columns.isEmpty())
        return unreadable();
    const QByteArray staged = "pg_temp.pack_" + table;
    if (auto s = m_db.execScript("DROP TABLE IF EXISTS " + staged + "; CREATE TEMP TABLE " +
                                 staged + " (" + definitions.join(", ") + ")");
        !s)
        return s;
    m_tables << table;

    pg_conn *conn = m_db.postgresHandle();
    PGresult *started = PQexec(
        conn, QByteArray("COPY " + staged + " (rowid, " + columns.join(", ") + ") FROM STDIN")
                  .constData());
    const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
    PQclear(started);
    if (!copying)
        return postgresError(nullptr, PQerrorMessage(conn), tr("The store could not be written."),
                             {});

    sqlite3_stmt *rows = nullptr;
    const QByteArray select = "SELECT rowid, " + columns.join(", ") + " FROM \"" + table + "\"";
    bool readOk = sqlite3_prepare_v2(pack, select.constData(), -1, &rows, nullptr) == SQLITE_OK;
    QByteArray buffer;
    bool sent = true;
    int rc = SQLITE_DONE;
    while (readOk && sent && (rc = sqlite3_step(rows)) == SQLITE_ROW) {
        const int n = sqlite3_column_count(rows);
        for (int c = 0; c < n; ++c) {
            if (c > 0)
                buffer += '\t';
            appendCopyValue(buffer, rows, c);
        }
        buffer += '\n';
        if (buffer.size() > (1 << 20)) {
            sent = PQputCopyData(conn, buffer.constData(), static_cast<int>(buffer.size())) == 1;
            buffer.clear();
        }
    }
    readOk = readOk && rc == SQLITE_DONE;
    sqlite3_finalize(rows);
    if (sent && readOk && !buffer.isEmpty())
        sent = PQputCopyData(conn, buffer.constData(), static_cast<int>(buffer.size())) == 1;
    PQputCopyEnd(conn, readOk ? nullptr : "the pack could not be read");
    Status s;
    while (PGresult *r = PQgetResult(conn)) {
        if (s && PQresultStatus(r) != PGRES_COMMAND_OK)
            s = postgresError(r, nullptr, tr("The store could not be written."),
                              QStringLiteral("COPY ") + QString::fromLatin1(staged));
        PQclear(r);
    }
    if (!readOk)
        return unreadable();
    if (!sent && s)
        return postgresError(nullptr, PQerrorMessage(conn), tr("The store could not be written."),
                             {});
    if (!s)
        return s;
    // Temporary tables are never analysed by the server on its own: without statistics the
    // planner takes a pack of 50,000 orders for a few rows and joins it row by row.
    return m_db.execScript("ANALYZE " + staged);
}

} // namespace servicelens::network
