// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderRepository.h"

#include "org/Branch.h"

#include "storage/AuditLog.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/FastQuery.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QTimeZone>

namespace servicelens::flow {

namespace {

const QString entity = QStringLiteral("service_order");

const QString selectColumns = QStringLiteral(
    "SELECT id, uid, branch_id, order_no, channel, category, product, priority, complaint, "
    "technician_id, customer_id, visits, reopened, status, received_at, responded_at, "
    "analysed_at, solution_at, implemented_at, followed_up_at, closed_at, description, "
    "unknown_inputs, due_at, fault_code FROM service_order ");

std::optional<qint64> optionalInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

ServiceOrder orderFrom(const SqlQuery &q)
{
    ServiceOrder o;
    o.id = q.value(0).toLongLong();
    o.uid = q.value(1).toString();
    o.branchId = q.value(2).toLongLong();
    o.orderNo = q.value(3).toString();
    o.channel = FlowNames::channel(q.value(4).toString()).value_or(Channel::Phone);
    o.category = q.value(5).toString();
    o.product = q.value(6).toString();
    o.priority = FlowNames::priority(q.value(7).toString()).value_or(Priority::Normal);
    o.complaint = q.value(8).toInt() != 0;
    o.technicianId = optionalInt(q.value(9));
    o.customerId = optionalInt(q.value(10));
    o.visits = q.value(11).toInt();
    o.reopened = q.value(12).toInt();
    o.status = FlowNames::status(q.value(13).toString()).value_or(OrderStatus::Open);
    o.times.received = q.value(14).toLongLong();
    o.times.responded = optionalInt(q.value(15));
    o.times.analysed = optionalInt(q.value(16));
    o.times.solution = optionalInt(q.value(17));
    o.times.implemented = optionalInt(q.value(18));
    o.times.followedUp = optionalInt(q.value(19));
    o.times.closed = optionalInt(q.value(20));
    o.description = q.value(21).toString();
    o.unknownInputs = q.value(22).toInt();
    o.dueAt = optionalInt(q.value(23));
    o.faultCode = q.value(24).toString();
    return o;
}

// A duplicate order id, told in the user's terms; other failures pass through.
Error orderWriteError(const Error &e, const QString &orderNo)
{
    if (e.kind != ErrorKind::Conflict)
        return e;
    return makeError(
        ErrorKind::Conflict,
        OrderRepository::tr("The order id “%1” already exists in this branch.").arg(orderNo),
        e.detail);
}

} // namespace

OrderRepository::OrderRepository(Database &db)
    : m_db(db)
{}
OrderRepository::~OrderRepository() = default;

Status OrderRepository::validate(const ServiceOrder &order)
{
    if (order.orderNo.trimmed().isEmpty())
        return makeError(ErrorKind::InvalidInput, tr("An order needs an order id."));
    if (order.branchId <= 0)
        return makeError(ErrorKind::InvalidInput, tr("An order needs a branch."));
    if (order.times.received <= 0)
        return makeError(ErrorKind::InvalidInput, tr("An order needs the time it was received."));
    if (order.visits < 0)
        return makeError(ErrorKind::InvalidInput, tr("Visits cannot be negative."));
    if (order.reopened < 0)
        return makeError(ErrorKind::InvalidInput, tr("The reopen count cannot be negative."));
    if (order.status == OrderStatus::Closed && !order.times.closed)
        return makeError(ErrorKind::InvalidInput, tr("A closed order needs its closing time."));

    // Each present time must not be earlier than the previous present one. The names are
    // translated only for the message: an import validates a million orders.
    const std::pair<const std::optional<qint64> *, const char *> chain[] = {
        {&order.times.responded, QT_TR_NOOP("responded")},
        {&order.times.analysed, QT_TR_NOOP("analysed")},
        {&order.times.solution, QT_TR_NOOP("solution agreed")},
        {&order.times.implemented, QT_TR_NOOP("implemented")},
        {&order.times.followedUp, QT_TR_NOOP("followed up")},
        {&order.times.closed, QT_TR_NOOP("closed")},
    };
    qint64 previous = order.times.received;
    const char *previousName = QT_TR_NOOP("received");
    for (const auto &[time, name] : chain) {
        if (!*time)
            continue;
        if (**time < previous)
            return makeError(ErrorKind::InvalidInput,
                             tr("Order %1: the %2 time is earlier than the %3 time; stage times "
                                "cannot go backwards.")
                                 .arg(order.orderNo, tr(name), tr(previousName)));
        previous = **time;
        previousName = name;
    }
    return {};
}

Result<const LocalTime *> OrderRepository::localTimeOf(qint64 branchId)
{
    auto it = m_localTimes.find(branchId);
    if (it != m_localTimes.end())
        return &it->second;
    auto branch = BranchRepository(m_db).findById(branchId);
    if (!branch)
        return branch.error();
    if (!*branch)
        return makeError(ErrorKind::InvalidInput, tr("The order's branch does not exist."));
    it = m_localTimes.emplace(branchId, (*branch)->localTime()).first;
    return &it->second;
}

void OrderRepository::knowBranches(const std::vector<Branch> &branches)
{
    for (const Branch &b : branches)
        m_localTimes.insert_or_assign(b.id, b.localTime());
}

void OrderRepository::bindOrder(SqlQuery &q, const ServiceOrder &o, const LocalTime &local) const
{
    const OrderStatus status = o.times.closed                    ? OrderStatus::Closed
                               : o.status == OrderStatus::Closed ? OrderStatus::Open
                                                                 : o.status;
    q.bind(QStringLiteral(":branch"), o.branchId)
        .bind(QStringLiteral(":order_no"), o.orderNo.trimmed())
        .bind(QStringLiteral(":channel"), FlowNames::code(o.channel))
        .bind(QStringLiteral(":category"), o.category)
        .bind(QStringLiteral(":product"), o.product)
        .bind(QStringLiteral(":priority"), FlowNames::code(o.priority))
        .bind(QStringLiteral(":complaint"), o.complaint ? 1 : 0)
        .bind(QStringLiteral(":technician"), o.technicianId)
        .bind(QStringLiteral(":customer"), o.customerId)
        .bind(QStringLiteral(":visits"), o.visits)
        .bind(QStringLiteral(":reopened"), o.reopened)
        .bind(QStringLiteral(":status"), FlowNames::code(status))
        .bind(QStringLiteral(":stage"), FlowNames::code(o.times.stage()))
        .bind(QStringLiteral(":received"), o.times.received)
        .bind(QStringLiteral(":responded"), o.times.responded)
        .bind(QStringLiteral(":analysed"), o.times.analysed)
        .bind(QStringLiteral(":solution"), o.times.solution)
        .bind(QStringLiteral(":implemented"), o.times.implemented)
        .bind(QStringLiteral(":followed_up"), o.times.followedUp)
        .bind(QStringLiteral(":closed"), o.times.closed)
        .bind(QStringLiteral(":received_month"), local.monthKey(o.times.received))
        .bind(QStringLiteral(":closed_month"),
              o.times.closed ? std::optional<qint64>(local.monthKey(*o.times.closed))
                             : std::nullopt)
        .bind(QStringLiteral(":description"), o.description)
        .bind(QStringLiteral(":unknown"), o.unknownInputs)
        .bind(QStringLiteral(":due"), o.dueAt)
        .bind(QStringLiteral(":fault_code"), o.faultCode.trimmed())
        .bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch());
}

// The order's columns as ?2 to ?28 of the raw insert and update statements (?25 is now).
void OrderRepository::bindColumns(FastQuery &q, const ServiceOrder &o, const LocalTime &lt) const
{
    const OrderStatus status = o.times.closed                    ? OrderStatus::Closed
                               : o.status == OrderStatus::Closed ? OrderStatus::Open
                                                                 : o.status;
    q.bind(2, o.branchId)
        .bind(3, o.orderNo.trimmed())
        .bind(4, FlowNames::code(o.channel))
        .bind(5, o.category)
        .bind(6, o.product)
        .bind(7, FlowNames::code(o.priority))
        .bind(8, qint64(o.complaint ? 1 : 0))
        .bind(9, o.technicianId)
        .bind(10, o.customerId)
        .bind(11, qint64(o.visits))
        .bind(12, qint64(o.reopened))
        .bind(13, FlowNames::code(status))
        .bind(14, FlowNames::code(o.times.stage()))
        .bind(15, o.times.received)
        .bind(16, o.times.responded)
        .bind(17, o.times.analysed)
        .bind(18, o.times.solution)
        .bind(19, o.times.implemented)
        .bind(20, o.times.followedUp)
        .bind(21, o.times.closed)
        .bind(22, qint64(lt.monthKey(o.times.received)))
        .bind(23,
              o.times.closed ? std::optional<qint64>(lt.monthKey(*o.times.closed)) : std::nullopt)
        .bind(24, o.description)
        .bind(25, m_db.clock().nowSecsSinceEpoch())
        .bind(26, qint64(o.unknownInputs))
        .bind(27, o.dueAt)
        .bind(28, o.faultCode.trimmed());
}

Status OrderRepository::updateInBatch(const ServiceOrder &order)
{
    if (auto s = validate(order); !s)
        return s;
    auto local = localTimeOf(order.branchId);
    if (!local)
        return local.error();
    if (!m_updateInBatch)
        m_updateInBatch = std::make_unique<FastQuery>(
            m_db, "UPDATE service_order SET branch_id = ?2, order_no = ?3, channel = ?4, "
                  "category = ?5, product = ?6, priority = ?7, complaint = ?8, technician_id = "
                  "?9, customer_id = ?10, visits = ?11, reopened = ?12, status = ?13, stage = "
                  "?14, received_at = ?15, responded_at = ?16, analysed_at = ?17, solution_at = "
                  "?18, implemented_at = ?19, followed_up_at = ?20, closed_at = ?21, "
                  "received_month = ?22, closed_month = ?23, description = ?24, updated_at = "
                  "?25, unknown_inputs = ?26, due_at = ?27, fault_code = ?28 WHERE id = ?1");
    FastQuery &q = *m_updateInBatch;
    q.bind(1, order.id);
    bindColumns(q, order, **local);
    if (auto s = q.exec(); !s)
        return orderWriteError(s.error(), order.orderNo);
    return {};
}

Status OrderRepository::insert(ServiceOrder &order, Audit audit)
{
    if (auto s = validate(order); !s)
        return s;
    auto local = localTimeOf(order.branchId);
    if (!local)
        return local.error();
    // One statement is atomic on its own; the transaction is for the audit record beside it.
    std::optional<WriteTransaction> tx;
    if (audit == Audit::EachRow) {
        tx.emplace(m_db);
        if (!tx->status())
            return tx->status();
    }
    // The raw statement: bulk writers (imports, the demo) insert a million rows through here,
    // where QtSql's per-value QVariant would cost more than SQLite's own work (PERF-NOTES.md).
    if (!m_insert)
        m_insert = std::make_unique<FastQuery>(
            m_db, "INSERT INTO service_order (uid, branch_id, order_no, channel, category, "
                  "product, priority, complaint, technician_id, customer_id, visits, reopened, "
                  "status, stage, received_at, responded_at, analysed_at, solution_at, "
                  "implemented_at, followed_up_at, closed_at, received_month, closed_month, "
                  "description, created_at, updated_at, unknown_inputs, due_at, fault_code) VALUES "
                  "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
                  "?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?25, ?26, ?27, ?28)");
    const QString uid = order.uid.isEmpty() ? m_db.uids().next() : order.uid;
    const ServiceOrder &o = order;
    const LocalTime &lt = **local;
    FastQuery &q = *m_insert;
    q.bind(1, uid);
    bindColumns(q, o, lt);
    if (auto s = q.exec(); !s)
        return orderWriteError(s.error(), order.orderNo);
    order.id = q.lastInsertId();
    order.uid = uid;
    if (m_bulk) {
        m_bulk->ids = m_bulk->ids ? std::make_pair(m_bulk->ids->first, order.id)
                                  : std::make_pair(order.id, order.id);
        ++m_bulk->counts[{o.branchId, lt.monthKey(o.times.received)}].first;
        if (o.times.closed)
            ++m_bulk->counts[{o.branchId, lt.monthKey(*o.times.closed)}].second;
    }
    if (audit == Audit::EachRow) {
        if (auto s =
                AuditLog(m_db).record(AuditLog::Action::Insert, entity, uid, {}, order.toJson());
            !s)
            return s;
        return tx->commit();
    }
    return {};
}

Result<std::vector<QDate>> OrderRepository::monthsWithOrders(qint64 branchId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT month FROM order_month_count WHERE branch_id = "
                                    ":branch AND (received > 0 OR closed > 0) ORDER BY month "
                                    "DESC"));
    q.bind(QStringLiteral(":branch"), branchId);
    return q.all<QDate>([](const SqlQuery &r) {
        const int key = r.value(0).toInt();
        return QDate(key / 100, key % 100, 1);
    });
}

Status OrderRepository::beginBulk()
{
    if (m_bulk)
        return {};
    if (m_db.transactionDepth() == 0)
        return makeError(ErrorKind::Database,
                         QStringLiteral("OrderRepository::beginBulk needs a transaction"));
    FastQuery q(m_db, "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND "
                      "name = 'order_month_count_insert'");
    Bulk bulk;
    if (q.next())
        bulk.triggerSql = q.text(0).toUtf8();
    if (!q.status())
        return q.status();
    if (bulk.triggerSql.isEmpty())
        return makeError(ErrorKind::Damaged,
                         tr("The workbook lacks the trigger that counts orders per month."));
    if (auto s = m_db.execScript("DROP TRIGGER order_month_count_insert"); !s)
        return s;
    m_bulk = std::move(bulk);
    return {};
}

Status OrderRepository::endBulk()
{
    if (!m_bulk)
        return {};
    FastQuery add(m_db, "INSERT INTO order_month_count (branch_id, month, received, closed) "
                        "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (branch_id, month) DO UPDATE SET "
                        "received = received + excluded.received, "
                        "closed = closed + excluded.closed");
    for (const auto &[key, count] : m_bulk->counts) {
        add.bind(1, key.first)
            .bind(2, qint64(key.second))
            .bind(3, count.first)
            .bind(4, count.second);
        if (auto s = add.exec(); !s)
            return s;
    }
    if (auto s = m_db.execScript(m_bulk->triggerSql); !s)
        return s;
    m_lastBulkIds = m_bulk->ids;
    m_bulk.reset();
    return {};
}

void OrderRepository::addBatchRange(QJsonObject &batch) const
{
    if (!m_lastBulkIds)
        return;
    batch.insert(QStringLiteral("first_order_id"), static_cast<double>(m_lastBulkIds->first));
    batch.insert(QStringLiteral("last_order_id"), static_cast<double>(m_lastBulkIds->second));
}

Status OrderRepository::update(const ServiceOrder &order,
                               const std::optional<ServiceOrder> &readBefore)
{
    if (auto s = validate(order); !s)
        return s;
    auto local = localTimeOf(order.branchId);
    if (!local)
        return local.error();
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto before = findById(order.id);
    if (!before)
        return before.error();
    if (!before->has_value())
        return makeError(ErrorKind::NotFound, tr("The order no longer exists."));
    // Compared under the write lock (BEGIN IMMEDIATE): nobody can change it between this look
    // and the write.
    if (readBefore && **before != *readBefore)
        return makeError(ErrorKind::Stale,
                         tr("Order %1 was changed elsewhere (in another window or program) "
                            "after you opened it; your changes were not saved. Open it again "
                            "to see the latest and redo them.")
                             .arg((*before)->orderNo));
    SqlQuery q(
        m_db,
        QStringLiteral(
            "UPDATE service_order SET branch_id = :branch, order_no = :order_no, "
            "channel = :channel, category = :category, product = :product, priority "
            "= :priority, complaint = :complaint, technician_id = :technician, "
            "customer_id = :customer, visits = :visits, reopened = :reopened, status "
            "= :status, stage = :stage, received_at = :received, responded_at = "
            ":responded, analysed_at = :analysed, solution_at = :solution, "
            "implemented_at = :implemented, followed_up_at = :followed_up, "
            "closed_at = :closed, received_month = :received_month, closed_month = "
            ":closed_month, description = :description, unknown_inputs = :unknown, due_at = :due, "
            "fault_code = :fault_code, updated_at = :now WHERE id = :id"));
    bindOrder(q, order, **local);
    q.bind(QStringLiteral(":id"), order.id);
    if (auto s = q.exec(); !s)
        return orderWriteError(s.error(), order.orderNo);
    if (auto s = AuditLog(m_db).record(AuditLog::Action::Update, entity, (*before)->uid,
                                       (*before)->toJson(), order.toJson());
        !s)
        return s;
    return tx.commit();
}

Status OrderRepository::remove(qint64 id)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto before = findById(id);
    if (!before)
        return before.error();
    if (!before->has_value())
        return makeError(ErrorKind::NotFound, tr("The order no longer exists."));
    SqlQuery q(m_db, QStringLiteral("DELETE FROM service_order WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = AuditLog(m_db).record(AuditLog::Action::Delete, entity, (*before)->uid,
                                       (*before)->toJson(), {});
        !s)
        return s;
    return tx.commit();
}

Result<std::optional<ServiceOrder>> OrderRepository::findById(qint64 id) const
{
    // Raw statement: an import comparing a re-imported file with the workbook reads every row.
    if (!m_findById)
        m_findById = std::make_unique<FastQuery>(
            m_db, (selectColumns + QStringLiteral("WHERE id = ?1")).toUtf8().constData());
    FastQuery &q = *m_findById;
    q.reset();
    q.bind(1, id);
    std::optional<ServiceOrder> order;
    if (q.next()) {
        auto optionalInt = [&q](int c) {
            return q.isNull(c) ? std::nullopt : std::optional<qint64>(q.int64(c));
        };
        ServiceOrder o;
        o.id = q.int64(0);
        o.uid = q.text(1);
        o.branchId = q.int64(2);
        o.orderNo = q.text(3);
        o.channel = FlowNames::channel(q.text(4)).value_or(Channel::Phone);
        o.category = q.text(5);
        o.product = q.text(6);
        o.priority = FlowNames::priority(q.text(7)).value_or(Priority::Normal);
        o.complaint = q.int64(8) != 0;
        o.technicianId = optionalInt(9);
        o.customerId = optionalInt(10);
        o.visits = static_cast<int>(q.int64(11));
        o.reopened = static_cast<int>(q.int64(12));
        o.status = FlowNames::status(q.text(13)).value_or(OrderStatus::Open);
        o.times.received = q.int64(14);
        o.times.responded = optionalInt(15);
        o.times.analysed = optionalInt(16);
        o.times.solution = optionalInt(17);
        o.times.implemented = optionalInt(18);
        o.times.followedUp = optionalInt(19);
        o.times.closed = optionalInt(20);
        o.description = q.text(21);
        o.unknownInputs = static_cast<int>(q.int64(22));
        o.dueAt = optionalInt(23);
        o.faultCode = q.text(24);
        order = std::move(o);
    }
    if (!q.status())
        return q.status().error();
    q.reset();
    return order;
}

Result<std::optional<ServiceOrder>> OrderRepository::findByOrderNo(qint64 branchId,
                                                                   const QString &orderNo) const
{
    SqlQuery q(m_db,
               selectColumns + QStringLiteral("WHERE branch_id = :branch AND order_no = :no"));
    q.bind(QStringLiteral(":branch"), branchId).bind(QStringLiteral(":no"), orderNo.trimmed());
    return q.first<ServiceOrder>(orderFrom);
}

Status OrderRepository::recomputeMonthKeys(qint64 branchId, const QTimeZone &zone)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    const LocalTime local(zone);
    SqlQuery rows(m_db,
                  QStringLiteral("SELECT id, received_at, closed_at, received_month, closed_month "
                                 "FROM service_order WHERE branch_id = :branch"));
    rows.bind(QStringLiteral(":branch"), branchId);
    if (auto s = rows.exec(); !s)
        return s;
    SqlQuery update(
        m_db, QStringLiteral("UPDATE service_order SET received_month = :r, closed_month = :c "
                             "WHERE id = :id"));
    while (rows.next()) {
        const int received = local.monthKey(rows.value(1).toLongLong());
        const std::optional<qint64> closed =
            rows.value(2).isNull()
                ? std::nullopt
                : std::optional<qint64>(local.monthKey(rows.value(2).toLongLong()));
        const bool same =
            received == rows.value(3).toInt() &&
            closed == (rows.value(4).isNull() ? std::nullopt
                                              : std::optional<qint64>(rows.value(4).toLongLong()));
        if (same)
            continue; // most orders keep their months; the triggers update the counts of the rest
        update.bind(QStringLiteral(":r"), received)
            .bind(QStringLiteral(":c"), closed)
            .bind(QStringLiteral(":id"), rows.value(0).toLongLong());
        if (auto s = update.exec(); !s)
            return s;
    }
    m_localTimes.erase(branchId);
    return tx.commit();
}

Result<std::optional<qint64>> OrderRepository::idByOrderNo(qint64 branchId, const QString &orderNo)
{
    if (!m_idByOrderNo)
        m_idByOrderNo = std::make_unique<FastQuery>(
            m_db, "SELECT id FROM service_order WHERE branch_id = ?1 AND order_no = ?2");
    FastQuery &q = *m_idByOrderNo;
    q.reset();
    q.bind(1, branchId).bind(2, orderNo.trimmed());
    std::optional<qint64> id;
    if (q.next())
        id = q.int64(0);
    if (!q.status())
        return q.status().error();
    q.reset();
    return id;
}

Result<QString> OrderRepository::nextOrderNo(qint64 branchId, QDate day) const
{
    const QString prefix = QStringLiteral("SO") + day.toString(QStringLiteral("yyyyMMdd"));
    SqlQuery q(m_db,
               QStringLiteral("SELECT max(order_no) FROM service_order WHERE branch_id = :branch "
                              "AND order_no >= :low AND order_no < :high"));
    q.bind(QStringLiteral(":branch"), branchId)
        .bind(QStringLiteral(":low"), prefix + QStringLiteral("0000"))
        .bind(QStringLiteral(":high"), prefix + QStringLiteral("9999~"));
    auto last = q.scalar();
    if (!last)
        return last.error();
    const int next = last->isNull() ? 1 : last->toString().mid(prefix.size()).toInt() + 1;
    return QString(prefix + QStringLiteral("%1").arg(next, 4, 10, QLatin1Char('0')));
}

Result<qint64> OrderRepository::count() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM service_order"));
    auto v = q.scalar();
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<QStringList> OrderRepository::categories(int limit) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT category FROM service_order WHERE category <> '' "
                                    "GROUP BY category ORDER BY count(*) DESC, category LIMIT :n"));
    q.bind(QStringLiteral(":n"), limit);
    auto rows = q.all<QString>([](const SqlQuery &row) { return row.value(0).toString(); });
    if (!rows)
        return rows.error();
    return QStringList(rows->begin(), rows->end());
}

} // namespace servicelens::flow
