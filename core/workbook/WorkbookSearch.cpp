// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkbookSearch.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <algorithm>

namespace servicelens {

namespace {

struct KindQuery {
    WorkbookSearch::Kind kind;
    // Columns: id, order id or NULL, title, matched text, time, what the orders list is searched
    // for to show it (customers: their phone, else their name; others: '').
    const char *sql;
};

// :branch, :text (a LIKE pattern) and :limit bound; newest first.
const KindQuery queries[] = {
    // The table in its own order, newest rows first (`+o.branch_id` keeps SQLite off the branch
    // indexes, whose order means a random read per row): a rare text costs one pass over the
    // orders (0.6 s on a million), a common one stops at the 20th match.
    {WorkbookSearch::Kind::Order,
     "SELECT o.id, o.id, o.order_no, o.product || ' ' || "
     "coalesce(c.name, '') || ' ' || coalesce(c.phone, '') || ' ' || o.description, "
     "o.received_at, '' FROM service_order o LEFT JOIN customer c ON c.id = o.customer_id WHERE "
     "+o.branch_id = :branch AND (o.order_no LIKE :text ESCAPE '\\' OR o.product LIKE :text "
     "ESCAPE '\\' OR o.description LIKE :text ESCAPE '\\' OR o.customer_id IN (SELECT id FROM "
     "customer WHERE name LIKE :text ESCAPE '\\' OR phone LIKE :text ESCAPE '\\')) ORDER BY "
     "o.id DESC LIMIT :limit"},
    {WorkbookSearch::Kind::Customer,
     "SELECT c.id, NULL, c.name, c.name || ' ' || c.phone, (SELECT max(o.received_at) FROM "
     "service_order o WHERE o.customer_id = c.id), CASE WHEN c.phone <> '' THEN c.phone ELSE "
     "c.name END FROM customer c WHERE "
     "(c.name LIKE :text ESCAPE '\\' OR c.phone LIKE :text ESCAPE '\\') AND EXISTS (SELECT 1 "
     "FROM service_order o WHERE o.customer_id = c.id AND o.branch_id = :branch) ORDER BY "
     "c.id DESC LIMIT :limit"},
    {WorkbookSearch::Kind::Inspection,
     "SELECT i.id, NULL, coalesce(nullif(t.name_zh, ''), t.name), i.note || ' ' || "
     "coalesce((SELECT group_concat(a.note || ' ' || a.text, ' ') FROM inspection_answer a "
     "WHERE a.inspection_id = i.id AND (a.note LIKE :text ESCAPE '\\' OR a.text LIKE :text "
     "ESCAPE '\\')), ''), coalesce(i.completed_at, i.started_at), '' FROM inspection i JOIN "
     "inspection_template t ON t.id = i.template_id WHERE i.branch_id = :branch AND (i.note "
     "LIKE :text ESCAPE '\\' OR t.name LIKE :text ESCAPE '\\' OR t.name_zh LIKE :text ESCAPE "
     "'\\' OR EXISTS (SELECT 1 FROM inspection_answer a WHERE a.inspection_id = i.id AND "
     "(a.note LIKE :text ESCAPE '\\' OR a.text LIKE :text ESCAPE '\\'))) ORDER BY "
     "coalesce(i.completed_at, i.started_at) DESC, i.id DESC LIMIT :limit"},
    {WorkbookSearch::Kind::Action,
     "SELECT a.id, a.order_id, a.description, a.description || ' ' || a.verify_note, "
     "a.created_at, '' FROM corrective_action a WHERE a.branch_id = :branch AND (a.description "
     "LIKE :text ESCAPE '\\' OR a.verify_note LIKE :text ESCAPE '\\') ORDER BY a.created_at "
     "DESC, a.id DESC LIMIT :limit"},
    {WorkbookSearch::Kind::Comment,
     "SELECT a.id, r.order_id, coalesce(o.order_no, ''), a.text, coalesce(r.responded_at, "
     "r.created_at), '' FROM survey_answer a JOIN survey_response r ON r.id = a.response_id LEFT "
     "JOIN service_order o ON o.id = r.order_id WHERE r.branch_id = :branch AND a.text LIKE "
     ":text ESCAPE '\\' ORDER BY coalesce(r.responded_at, r.created_at) DESC, a.id DESC LIMIT "
     ":limit"},
};

// (Ties are broken by id: the newest entered first, the same on either engine.)
// The same searches in PostgreSQL's words: its LIKE minds case (SQLite's does not, for Latin
// letters: "xqb" finds XQB80) and it joins texts with string_agg.
QString postgresWords(const char *sql)
{
    return QString::fromUtf8(sql)
        .replace(QLatin1String(" LIKE "), QLatin1String(" ILIKE "))
        .replace(QLatin1String("group_concat("), QLatin1String("string_agg("));
}

} // namespace

QString WorkbookSearch::excerpt(const QString &text, const QString &match, int width)
{
    const QString flat = text.simplified();
    if (flat.size() <= width)
        return flat;
    const int at = qMax(0, static_cast<int>(flat.indexOf(match, 0, Qt::CaseInsensitive)));
    const int from = qBound(0, at - width / 3, static_cast<int>(flat.size()) - width);
    const QChar ellipsis(0x2026);
    return (from > 0 ? QString(ellipsis) : QString()) + flat.mid(from, width) +
           (from + width < flat.size() ? QString(ellipsis) : QString());
}

Result<std::vector<WorkbookSearch::Hit>> WorkbookSearch::find(const QString &text,
                                                              int perKind) const
{
    std::vector<Hit> hits;
    const QString wanted = text.trimmed();
    if (wanted.size() < 2)
        return hits;
    for (const KindQuery &k : queries) {
        SqlQuery q(m_db, m_db.isPostgres() ? postgresWords(k.sql) : QString::fromUtf8(k.sql));
        q.bind(QStringLiteral(":branch"), m_branchId)
            .bind(QStringLiteral(":text"), SqlQuery::likeContains(wanted))
            .bind(QStringLiteral(":limit"), perKind);
        if (auto s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            Hit h;
            h.kind = k.kind;
            h.id = q.value(0).toLongLong();
            if (!q.value(1).isNull())
                h.order = q.value(1).toLongLong();
            h.title = q.value(2).toString();
            h.detail = excerpt(q.value(3).toString(), wanted);
            h.at = q.value(4).toLongLong();
            h.ordersSearch = q.value(5).toString();
            hits.push_back(std::move(h));
        }
    }
    // Newest first within each kind (orders were picked as the newest entered).
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        return a.kind != b.kind ? a.kind < b.kind : a.at > b.at;
    });
    return hits;
}

} // namespace servicelens
