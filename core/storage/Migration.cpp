// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migration.h"

#include "AuditChain.h"
#include "Database.h"
#include "FastQuery.h"

#include <QRegularExpression>

namespace servicelens {

// SQLite 3.40 checks a constraint such as CHECK (channel IN ('phone', 'email', ...)) by building
// a temporary b-tree of the list for every row written: four of them on each order cost more
// than the insert itself (an import ran at half speed). The same constraints written as
// `(channel = 'phone' OR channel = 'email' ...)` are checked in place. CHECK constraints can be
// rewritten in the stored schema text (sqlite.org/lang_altertable.html, "making other kinds of
// table schema changes"): every existing row satisfies the new form, which accepts exactly the
// same values.
Status rewriteInListChecks(Database &db)
{
    static const QRegularExpression inList(QStringLiteral(R"((\w+) IN \(([^()]*)\))"));
    std::vector<std::pair<QString, QString>> tables; // name, new text
    {
        FastQuery q(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND "
                        "sql LIKE '% IN (%' ORDER BY name");
        while (q.next()) {
            QString sql = q.text(1);
            QString rewritten;
            qsizetype last = 0;
            auto it = inList.globalMatch(sql);
            while (it.hasNext()) {
                const auto m = it.next();
                QStringList alternatives;
                for (const QString &value : m.captured(2).split(QLatin1Char(',')))
                    alternatives << m.captured(1) + QStringLiteral(" = ") + value.trimmed();
                rewritten += sql.mid(last, m.capturedStart() - last) + QLatin1Char('(') +
                             alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
                last = m.capturedEnd();
            }
            rewritten += sql.mid(last);
            tables.emplace_back(q.text(0), rewritten);
        }
        if (!q.status())
            return q.status();
    }
    qint64 version = 0;
    {
        FastQuery q(db, "PRAGMA schema_version");
        if (q.next())
            version = q.int64(0);
        if (!q.status())
            return q.status();
    }
    if (auto s = db.execScript("PRAGMA writable_schema = ON"); !s)
        return s;
    Status result;
    {
        FastQuery update(db,
                         "UPDATE sqlite_schema SET sql = ?1 WHERE type = 'table' AND name = ?2");
        for (const auto &[name, sql] : tables) {
            update.bind(1, sql).bind(2, name);
            if (result = update.exec(); !result)
                break;
        }
    }
    // A new schema cookie makes every connection (this one included) read the new text.
    const Status off = db.execScript("PRAGMA schema_version = " + QByteArray::number(version + 1) +
                                     "; PRAGMA writable_schema = OFF;");
    if (!result)
        return result;
    if (!off)
        return off;
    FastQuery check(db, "PRAGMA quick_check");
    if (!check.next() || check.text(0) != QLatin1String("ok"))
        return makeError(ErrorKind::Damaged,
                         Database::tr("The rewritten constraints did not pass the check."),
                         check.status() ? check.text(0) : check.status().error().detail);
    return {};
}

Status chainAuditTrail(Database &db)
{
    return AuditChain::chainAll(db.handle());
}

int latestVersion(const std::vector<Migration> &migrations)
{
    return migrations.empty() ? 0 : migrations.back().version;
}

} // namespace servicelens
