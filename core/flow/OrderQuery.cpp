// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderQuery.h"

#include "CalendarRepository.h"
#include "EquipmentWaits.h"
#include "OrderRepository.h"
#include "SlaClock.h"
#include "SlaPolicy.h"
#include "StageEvent.h"
#include "common/LocalTime.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/FastQuery.h"
#include "storage/SqlQuery.h"

#include <QTimeZone>

namespace servicelens::flow {

namespace {

// Sort expressions: fixed SQL, chosen by key, never built from user input. Each is non-null,
// so a (value, id) row-value comparison continues a page exactly where the last one ended.
const char *sortExpression(OrderSortKey key)
{
    switch (key) {
    case OrderSortKey::OrderNo:
        return "o.order_no";
    case OrderSortKey::Received:
        return "o.received_at";
    case OrderSortKey::Closed:
        return "coalesce(o.closed_at, 9223372036854775807)";
    case OrderSortKey::Status:
        return "CASE o.status WHEN 'open' THEN 0 WHEN 'waiting_parts' THEN 1 WHEN "
               "'waiting_customer' THEN 2 ELSE 3 END";
    case OrderSortKey::Stage:
        return "CASE o.stage WHEN 'received' THEN 0 WHEN 'analysed' THEN 1 WHEN 'solution' THEN 2 "
               "WHEN 'implemented' THEN 3 WHEN 'followed_up' THEN 4 ELSE 5 END";
    case OrderSortKey::Priority:
        return "CASE o.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE "
               "3 END";
    case OrderSortKey::Channel:
        return "o.channel";
    case OrderSortKey::Category:
        return "o.category";
    case OrderSortKey::Product:
        return "o.product";
    case OrderSortKey::Customer:
        return "coalesce(c.name, '')";
    case OrderSortKey::Technician:
        return "coalesce(s.code, '')";
    case OrderSortKey::Complaint:
        return "o.complaint";
    case OrderSortKey::Visits:
        return "o.visits";
    case OrderSortKey::Reopened:
        return "o.reopened";
    }
    return "o.received_at";
}

const QString joinCustomer = QStringLiteral(" LEFT JOIN customer c ON c.id = o.customer_id");
const QString joinStaff = QStringLiteral(" LEFT JOIN staff s ON s.id = o.technician_id");

} // namespace

bool OrderFilter::operator==(const OrderFilter &o) const
{
    return receivedMonth == o.receivedMonth && closedMonth == o.closedMonth && status == o.status &&
           stage == o.stage && priority == o.priority && channel == o.channel &&
           technicianId == o.technicianId && complaint == o.complaint && openOnly == o.openOnly &&
           overdueOnly == o.overdueOnly && text == o.text && orderIds == o.orderIds;
}

OrderQuery::OrderQuery(Database &db, Branch branch)
    : m_db(db)
    , m_branch(std::move(branch))
{}

QString OrderQuery::whereClause(const OrderFilter &f) const
{
    // Only fixed fragments are joined here; every value is a bound parameter.
    QStringList parts{QStringLiteral("o.branch_id = :branch")};
    if (f.receivedMonth)
        parts << QStringLiteral("o.received_at >= :r_from AND o.received_at < :r_to");
    if (f.closedMonth)
        parts << QStringLiteral("o.closed_at >= :c_from AND o.closed_at < :c_to");
    if (f.status)
        parts << QStringLiteral("o.status = :status");
    if (f.stage)
        parts << QStringLiteral("o.stage = :stage");
    if (f.priority)
        parts << QStringLiteral("o.priority = :priority");
    if (f.channel)
        parts << QStringLiteral("o.channel = :channel");
    if (f.technicianId)
        parts << QStringLiteral("o.technician_id = :technician");
    if (f.complaint)
        parts << QStringLiteral("o.complaint = :complaint");
    if (f.openOnly)
        parts << QStringLiteral("o.closed_at IS NULL");
    if (f.overdueOnly)
        // Unqualified: the session's temporary table on either engine (SQLite and PostgreSQL
        // look there first).
        parts << QStringLiteral("o.id IN (SELECT id FROM overdue_order)");
    if (!f.orderIds.empty())
        parts << QStringLiteral("o.id IN (SELECT id FROM picked_order)");
    if (!f.text.trimmed().isEmpty())
        // The customers matching are found once (a scan of the customers), not looked up for
        // each order: on a million orders a phone number is found in 0.5 s instead of 1.2 s.
        parts << QStringLiteral("(o.order_no LIKE :text ESCAPE '\\' OR o.product LIKE :text ESCAPE "
                                "'\\' OR o.description LIKE :text ESCAPE '\\' OR o.customer_id "
                                "IN (SELECT id FROM customer WHERE name LIKE :text ESCAPE '\\' OR "
                                "phone LIKE :text ESCAPE '\\'))");
    return QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

namespace {

void bindFilter(SqlQuery &q, const OrderFilter &f, qint64 branchId, const LocalTime &local)
{
    q.bind(QStringLiteral(":branch"), branchId);
    auto bindMonth = [&](const std::optional<QDate> &month, const QString &from,
                         const QString &to) {
        if (!month)
            return;
        const QDate first(month->year(), month->month(), 1);
        q.bind(from, local.startOfDay(first)).bind(to, local.startOfDay(first.addMonths(1)));
    };
    bindMonth(f.receivedMonth, QStringLiteral(":r_from"), QStringLiteral(":r_to"));
    bindMonth(f.closedMonth, QStringLiteral(":c_from"), QStringLiteral(":c_to"));
    if (f.status)
        q.bind(QStringLiteral(":status"), FlowNames::code(*f.status));
    if (f.stage)
        q.bind(QStringLiteral(":stage"), FlowNames::code(*f.stage));
    if (f.priority)
        q.bind(QStringLiteral(":priority"), FlowNames::code(*f.priority));
    if (f.channel)
        q.bind(QStringLiteral(":channel"), FlowNames::code(*f.channel));
    if (f.technicianId)
        q.bind(QStringLiteral(":technician"), *f.technicianId);
    if (f.complaint)
        q.bind(QStringLiteral(":complaint"), *f.complaint ? 1 : 0);
    if (!f.text.trimmed().isEmpty())
        q.bind(QStringLiteral(":text"), SqlQuery::likeContains(f.text.trimmed()));
}

} // namespace

namespace {

// The SLA clock of open orders now, one at a time: the overdue filter and the list's deadline
// column read it, as the order form does (its policy, the calendar, its waits when the policy
// pauses the clock).
class OpenOrderClock {
public:
    OpenOrderClock(Database &db, const Branch &branch)
        : m_db(db)
        , m_local(branch.localTime())
        , m_now(db.clock().nowSecsSinceEpoch())
        , m_orders(db)
        , m_events(db)
    {}

    Status load()
    {
        auto calendar = CalendarRepository(m_db).load();
        if (!calendar)
            return calendar.error();
        auto policies = SlaPolicyRepository(m_db).load();
        if (!policies)
            return policies.error();
        m_calendar = std::move(*calendar);
        m_policies = std::move(*policies);
        return {};
    }

    // None for an order that no longer exists.
    Result<std::optional<SlaDeadlines>> deadlines(qint64 orderId)
    {
        auto order = m_orders.findById(orderId);
        if (!order)
            return order.error();
        if (!order->has_value())
            return std::optional<SlaDeadlines>();
        const SlaPolicy &policy = m_policies->forOrder((*order)->priority, (*order)->category);
        std::vector<StageEvent> waits;
        if (policy.pauseWhileWaiting) {
            auto own = m_events.forOrder(orderId);
            if (!own)
                return own.error();
            auto e = EquipmentWaits::withEquipment(m_db, orderId, std::move(*own));
            if (!e)
                return e.error();
            waits = std::move(*e);
        }
        return std::optional<SlaDeadlines>(
            SlaClock::compute(**order, policy, *m_calendar, m_local, m_now, waits));
    }

private:
    Database &m_db;
    LocalTime m_local;
    qint64 m_now;
    OrderRepository m_orders;
    StageEventRepository m_events;
    std::optional<WorkingCalendar> m_calendar;
    std::optional<SlaPolicySet> m_policies;
};

} // namespace

Status OrderQuery::prepareOverdue()
{
    // Overdue depends on working days, SLA policies and waits: computed here for the open
    // orders (a small share of all) and handed to SQLite as a temporary id list.
    if (auto s = m_db.execScript(
            "CREATE TEMP TABLE IF NOT EXISTS overdue_order (id INTEGER PRIMARY KEY); "
            "DELETE FROM overdue_order;");
        !s)
        return s;
    OpenOrderClock clock(m_db, m_branch);
    if (auto s = clock.load(); !s)
        return s;
    SqlQuery open(m_db, QStringLiteral("SELECT id FROM service_order WHERE branch_id = :branch AND "
                                       "closed_at IS NULL"));
    open.bind(QStringLiteral(":branch"), m_branch.id);
    auto ids = open.all<qint64>([](const SqlQuery &row) { return row.value(0).toLongLong(); });
    if (!ids)
        return ids.error();
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO overdue_order (id) VALUES (:id)"));
    for (qint64 id : *ids) {
        auto deadlines = clock.deadlines(id);
        if (!deadlines)
            return deadlines.error();
        if (*deadlines && (*deadlines)->resolutionOverdue) {
            insert.bind(QStringLiteral(":id"), id);
            if (auto s = insert.exec(); !s)
                return s;
        }
    }
    return {};
}

Status OrderQuery::preparePicked(const std::vector<qint64> &ids)
{
    if (auto s = m_db.execScript("CREATE TEMP TABLE IF NOT EXISTS picked_order (id INTEGER PRIMARY "
                                 "KEY); DELETE FROM picked_order;");
        !s)
        return s;
    FastQuery insert(m_db, "INSERT INTO picked_order (id) VALUES (?1) ON CONFLICT DO NOTHING");
    for (qint64 id : ids) {
        insert.bind(1, id);
        if (auto s = insert.exec(); !s)
            return s;
    }
    return {};
}

Result<qint64> OrderQuery::count(const OrderFilter &filter)
{
    if (filter.overdueOnly)
        if (auto s = prepareOverdue(); !s)
            return s.error();
    if (!filter.orderIds.empty())
        if (auto s = preparePicked(filter.orderIds); !s)
            return s.error();
    const LocalTime local = m_branch.localTime();
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM service_order o") + whereClause(filter));
    bindFilter(q, filter, m_branch.id, local);
    auto v = q.scalar();
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<QString> OrderQuery::innerByCustomer(const OrderFilter &filter, bool ascending, bool after)
{
    // Sorted by (customer name, customer id, order id); an order without a customer sorts as
    // ('', 0, its id), before every customer.
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString beyond = ascending ? QStringLiteral(" > ") : QStringLiteral(" < ");
    auto cursor = [&](const char *name, const char *customer) {
        return after ? QStringLiteral(" AND (%1, %2, o.id)")
                               .arg(QLatin1String(name), QLatin1String(customer)) +
                           beyond + QStringLiteral("(:after_v, :after_tie, :after_id)")
                     : QString();
    };
    const QString where = whereClause(filter);
    const QString order = QStringLiteral(" ORDER BY sort_value") + direction +
                          QStringLiteral(", sort_tie") + direction + QStringLiteral(", id") +
                          direction + QStringLiteral(" LIMIT :limit");
    // The text search, picked orders and overdue orders are small selections; otherwise a
    // count up to the threshold decides (bounded work, served by the filter's indexes).
    bool walk = filter.text.trimmed().isEmpty() && filter.orderIds.empty() && !filter.overdueOnly;
    if (walk) {
        SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM service_order o") +
                             where + QStringLiteral(" LIMIT :walk_from)"));
        bindFilter(q, filter, m_branch.id, m_branch.localTime());
        q.bind(QStringLiteral(":walk_from"), m_customerWalkFrom);
        auto n = q.scalar();
        if (!n)
            return n.error();
        walk = n->toLongLong() >= m_customerWalkFrom;
    }
    if (!walk)
        return QString(QStringLiteral("SELECT o.id AS id, coalesce(c.name, '') AS sort_value, "
                                      "coalesce(c.id, 0) AS sort_tie FROM service_order o") +
                       joinCustomer + where + cursor("coalesce(c.name, '')", "coalesce(c.id, 0)") +
                       order);
    // The customers in name order (customer_by_name), each one's orders by id
    // (service_order_by_customer): CROSS JOIN keeps that nesting, so SQLite stops after a page
    // instead of sorting every order. The orders without a customer come apart, from the same
    // index in id order (an import without customers has nothing else).
    const QString byId = QStringLiteral(" ORDER BY o.id") + direction;
    return QString(
        QStringLiteral("SELECT id, sort_value, sort_tie FROM (SELECT o.id AS id, '' AS "
                       "sort_value, 0 AS sort_tie FROM service_order o INDEXED BY "
                       "service_order_by_customer") +
        where + QStringLiteral(" AND o.customer_id IS NULL") + cursor("''", "0") + byId +
        QStringLiteral(" LIMIT :limit) UNION ALL SELECT id, sort_value, sort_tie FROM (SELECT "
                       "o.id AS id, c.name AS sort_value, c.id AS sort_tie FROM customer c "
                       "INDEXED BY customer_by_name CROSS JOIN service_order o INDEXED BY "
                       "service_order_by_customer") +
        where + QStringLiteral(" AND o.customer_id = c.id") + cursor("c.name", "c.id") +
        QStringLiteral(" ORDER BY c.name") + direction + QStringLiteral(", c.id") + direction +
        QStringLiteral(", o.id") + direction + QStringLiteral(" LIMIT :limit)") + order);
}

Result<std::vector<OrderRow>> OrderQuery::page(const OrderFilter &filter, OrderSortKey key,
                                               Qt::SortOrder order,
                                               const std::optional<OrderCursor> &after, int limit)
{
    if (filter.overdueOnly && !after)
        if (auto s = prepareOverdue(); !s)
            return s.error();
    if (!filter.orderIds.empty() && !after)
        if (auto s = preparePicked(filter.orderIds); !s)
            return s.error();
    const QString expr = QString::fromLatin1(sortExpression(key));
    const bool ascending = order == Qt::AscendingOrder;
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // The page is chosen on the orders table alone (joining only what the sort key reads), then its
    // few rows are joined for display: sorting a million orders must not look up a million
    // customers.
    QString inner;
    if (key == OrderSortKey::Customer) {
        auto byCustomer = innerByCustomer(filter, ascending, after.has_value());
        if (!byCustomer)
            return byCustomer.error();
        inner = *byCustomer;
    } else {
        inner = QStringLiteral("SELECT o.id AS id, ") + expr +
                QStringLiteral(" AS sort_value, 0 AS sort_tie FROM service_order o");
        if (key == OrderSortKey::Technician)
            inner += joinStaff;
        inner += whereClause(filter);
        if (after)
            inner += QStringLiteral(" AND (") + expr + QStringLiteral(", o.id) ") +
                     (ascending ? QStringLiteral(">") : QStringLiteral("<")) +
                     QStringLiteral(" (:after_v, :after_id)");
        inner += QStringLiteral(" ORDER BY sort_value") + direction + QStringLiteral(", o.id") +
                 direction + QStringLiteral(" LIMIT :limit");
    }
    const QString sql =
        QStringLiteral("SELECT o.id, o.order_no, o.received_at, o.closed_at, o.status, o.stage, "
                       "o.priority, o.channel, o.category, o.product, c.name, s.code, s.name, "
                       "o.complaint, o.visits, o.reopened, p.sort_value, o.due_at, p.sort_tie "
                       "FROM (") +
        inner + QStringLiteral(") p JOIN service_order o ON o.id = p.id") + joinCustomer +
        joinStaff + QStringLiteral(" ORDER BY p.sort_value") + direction +
        QStringLiteral(", p.sort_tie") + direction + QStringLiteral(", p.id") + direction;

    const LocalTime local = m_branch.localTime();
    SqlQuery q(m_db, sql);
    bindFilter(q, filter, m_branch.id, local);
    if (after)
        q.bind(QStringLiteral(":after_v"), after->value)
            .bind(QStringLiteral(":after_tie"), after->tie)
            .bind(QStringLiteral(":after_id"), after->id);
    q.bind(QStringLiteral(":limit"), limit);
    auto policies = SlaPolicyRepository(m_db).load();
    if (!policies)
        return policies.error();
    auto rows = q.all<OrderRow>([&policies](const SqlQuery &r) {
        OrderRow row;
        row.id = r.value(0).toLongLong();
        row.orderNo = r.value(1).toString();
        row.received = r.value(2).toLongLong();
        if (!r.value(3).isNull())
            row.closed = r.value(3).toLongLong();
        row.status = FlowNames::status(r.value(4).toString()).value_or(OrderStatus::Open);
        row.stage = FlowNames::stage(r.value(5).toString()).value_or(Stage::Received);
        row.priority = FlowNames::priority(r.value(6).toString()).value_or(Priority::Normal);
        row.channel = FlowNames::channel(r.value(7).toString()).value_or(Channel::Phone);
        row.category = r.value(8).toString();
        row.product = r.value(9).toString();
        row.customer = r.value(10).toString();
        row.technicianCode = r.value(11).toString();
        row.technicianName = r.value(12).toString();
        row.complaint = r.value(13).toInt() != 0;
        row.visits = r.value(14).toInt();
        row.reopened = r.value(15).toInt();
        row.sortValue = r.value(16);
        row.sortTie = r.value(18).toLongLong();
        if (!r.value(17).isNull())
            row.dueAt = r.value(17).toLongLong();
        row.policy = policies->forOrder(row.priority, row.category);
        return row;
    });
    if (!rows)
        return rows;
    if (auto s = addDeadlines(*rows); !s)
        return s.error();
    return rows;
}

Status OrderQuery::addDeadlines(std::vector<OrderRow> &rows)
{
    // A page's open orders only (a few hundred rows): their deadlines now, by the same clock as
    // the order form and the overdue filter.
    OpenOrderClock clock(m_db, m_branch);
    if (auto s = clock.load(); !s)
        return s;
    for (OrderRow &row : rows) {
        if (row.closed)
            continue;
        auto deadlines = clock.deadlines(row.id);
        if (!deadlines)
            return deadlines.error();
        row.deadlines = *deadlines;
    }
    return {};
}

} // namespace servicelens::flow
