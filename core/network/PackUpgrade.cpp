// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackUpgrade.h"

#include "PackTables.h"

#include <QFile>
#include <QSet>

#include <sqlite3.h>

namespace servicelens::network {

namespace {

// The columns added to a packed table after packs existed (format 15), with the value the
// workbook's upgrade step gives an existing row. A column not listed here gets NULL.
struct AddedColumn {
    const char *table;
    const char *column;
    const char *value; // an SQL literal
};
const AddedColumn added[] = {
    {"service_order", "fault_code", "''"},       // format 18
    {"inspection_template", "kind", "'branch'"}, // format 20
};

const char *valueFor(const char *table, const QByteArray &column)
{
    for (const AddedColumn &a : added)
        if (qstrcmp(a.table, table) == 0 && column == a.column)
            return a.value;
    return "NULL";
}

QByteArray quoted(const QByteArray &name)
{
    return '"' + QByteArray(name).replace('"', "\"\"") + '"';
}

class PackConnection {
public:
    explicit PackConnection(const QString &path)
    {
        m_ok = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE,
                               nullptr) == SQLITE_OK;
    }
    ~PackConnection() { sqlite3_close(m_db); }
    bool ok() const { return m_ok; }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

    // The table's columns; empty when the pack has no such table.
    QSet<QByteArray> columns(const char *table)
    {
        QSet<QByteArray> names;
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, "SELECT name FROM pragma_table_info(?1)", -1, &stmt,
                               nullptr) != SQLITE_OK)
            return names;
        sqlite3_bind_text(stmt, 1, table, -1, SQLITE_STATIC);
        while (sqlite3_step(stmt) == SQLITE_ROW)
            names.insert(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
        return names;
    }
    bool exec(const QByteArray &sql)
    {
        return sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    }

private:
    sqlite3 *m_db = nullptr;
    bool m_ok = false;
};

std::vector<QByteArray> split(const char *columns)
{
    // A column read through an expression is named by its alias: "(SELECT …) AS case_uid".
    std::vector<QByteArray> list;
    for (const QByteArray &c : QByteArray(columns).split(',')) {
        const qsizetype as = c.lastIndexOf(" AS ");
        list.push_back((as >= 0 ? c.mid(as + 4) : c).trimmed());
    }
    return list;
}

} // namespace

Status PackUpgrade::complete(const QString &privateCopy, bool headOfficePack)
{
    PackConnection pack(privateCopy);
    if (!pack.ok())
        return makeError(ErrorKind::Io, tr("The pack's private copy could not be opened."),
                         pack.error());
    // A table's columns as a pack of this version writes them.
    struct Expected {
        const char *table;
        std::vector<QByteArray> columns;
        bool list; // one of head office's lists, which an earlier pack may lack whole
    };
    std::vector<Expected> expected;
    for (const PackTable &t : PackTables::all()) {
        std::vector<QByteArray> columns = t.columnList();
        for (const PackReference &r : t.references)
            columns.push_back(r.column);
        expected.push_back({t.name, columns, false});
    }
    if (headOfficePack)
        for (const HeadOfficeTable &t : PackTables::headOffice())
            expected.push_back({t.name, split(t.columns), true});

    QByteArray sql = "BEGIN;";
    bool changed = false;
    for (const auto &[table, columns, list] : expected) {
        const QSet<QByteArray> present = pack.columns(table);
        if (present.isEmpty()) {
            if (!list)
                continue; // a table this kind of pack does not carry
            // A list a later format added: an earlier head office had none of it.
            QByteArrayList defs;
            for (const QByteArray &c : columns)
                defs << quoted(c);
            sql += "CREATE TABLE " + quoted(table) + " (" + defs.join(", ") + ");";
            changed = true;
            continue;
        }
        for (const QByteArray &c : columns) {
            if (present.contains(c))
                continue;
            sql += "ALTER TABLE " + quoted(table) + " ADD COLUMN " + quoted(c) + " DEFAULT " +
                   valueFor(table, c) + ";";
            changed = true;
        }
    }
    if (!changed)
        return {};
    if (!pack.exec(sql + "COMMIT;"))
        return makeError(ErrorKind::Io,
                         tr("The pack, written by an earlier ServiceLens, could not be completed "
                            "in its private copy (is that folder's disk full?)."),
                         pack.error());
    return {};
}

} // namespace servicelens::network
