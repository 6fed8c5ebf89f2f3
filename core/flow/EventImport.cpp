// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventImport.h"

#include "EventImporter.h"

#include "EventLogStates.h"
#include "ImportBranches.h"
#include "OrderEventLog.h"
#include "OrderHistory.h"
#include "OrderImporter.h"
#include "OrderRepository.h"
#include "org/Branch.h"
#include "org/StaffDirectory.h"
#include "storage/AuditLog.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/FastQuery.h"
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace servicelens::flow {

using Outcome = io::CsvImport::Outcome;
using namespace eventlog;

EventImport::EventImport(Database &db, const io::CsvImport &frame)
    : m_db(db)
    , m_frame(frame)
    , m_orders(db)
    , m_customers(db)
    , m_people(db)
    , m_log(db)
{}

EventImport::~EventImport() = default;

Status EventImport::prepare()
{
    if (auto s = m_branches.load(m_db, m_frame.options().branchCode); !s)
        return s;
    m_orders.knowBranches(m_branches.all());
    if (auto s = m_people.load(); !s)
        return s;
    for (int c = ReceivedCol; c < ColumnCount; ++c)
        m_hasValues = m_hasValues || m_frame.fileColumn(c) >= 0;
    // Absent columns are NULL (kept as stored); a technician or deadline emptied by the latest
    // row is 0.
    if (auto s = m_db.execScript(
            "CREATE TEMP TABLE IF NOT EXISTS event_import_order (order_id INTEGER PRIMARY KEY, "
            "latest_at INTEGER, received_at INTEGER, priority TEXT, channel TEXT, technician_id "
            "INTEGER, category TEXT, product TEXT, description TEXT, customer TEXT, phone TEXT, "
            "due_at INTEGER); DELETE FROM temp.event_import_order;");
        !s)
        return s;
    m_touch = std::make_unique<FastQuery>(
        m_db, "INSERT INTO temp.event_import_order (order_id, latest_at) VALUES (?1, ?2) ON "
              "CONFLICT DO NOTHING");
    // New orders are inserted once each, their monthly counts added at the end (before any
    // order is updated, see finish()).
    if (auto s = m_orders.beginBulk(); !s)
        return s;
    m_setLatest = std::make_unique<FastQuery>(
        m_db, "UPDATE temp.event_import_order SET latest_at = ?2, received_at = coalesce(?3, "
              "received_at), priority = coalesce(?4, priority), channel = coalesce(?5, channel), "
              "technician_id = coalesce(?6, technician_id), category = coalesce(?7, category), "
              "product = coalesce(?8, product), description = coalesce(?9, description), "
              "customer = coalesce(?10, customer), phone = coalesce(?11, phone), due_at = "
              "coalesce(?12, due_at) WHERE order_id = ?1 AND (latest_at IS NULL OR latest_at <= "
              "?2)");
    return {};
}

void EventImport::parseColumns(io::CsvImport::Row &row, const Branch &branch, OrderColumns &v,
                               QString &newTechnician)
{
    const LocalTime &local = **m_orders.localTimeOf(branch.id);
    const qint64 now = m_db.clock().nowSecsSinceEpoch();
    v.received = OrderImporter::readTime(row, ReceivedCol, local, m_frame, now);
    if (row.has(DueCol))
        v.dueAt = OrderImporter::readTime(row, DueCol, local, m_frame, now);
    if (const QString p = row.cell(PriorityCol); !p.isEmpty()) {
        auto it = m_priorities.constFind(p);
        if (it == m_priorities.constEnd())
            it = m_priorities.insert(p, FlowNames::priority(p));
        v.priority = *it;
        if (!v.priority)
            row.issue(
                PriorityCol, p,
                OrderImporter::tr("expected urgent, high, normal or low (紧急, 高, 普通, 低)"));
    }
    if (const QString c = row.cell(ChannelCol); !c.isEmpty()) {
        auto it = m_channels.constFind(c);
        if (it == m_channels.constEnd())
            it = m_channels.insert(c, FlowNames::channel(c));
        v.channel = *it;
        if (!v.channel)
            row.issue(ChannelCol, c,
                      OrderImporter::tr("expected phone, email, online, app, wechat or walk_in "
                                        "(电话, 邮件, 在线, APP, 微信, 到店)"));
    }
    if (row.has(TechnicianCol)) {
        const auto named = m_people.name(row, TechnicianCol, m_frame.options().createStaff);
        v.technician = named.id;
        newTechnician = named.newcomer;
    }
    auto text = [&](int column, std::optional<QString> &field) {
        if (row.has(column))
            field = row.cell(column);
    };
    text(CategoryCol, v.category);
    text(ProductCol, v.product);
    text(DescriptionCol, v.description);
    text(CustomerCol, v.customer);
    text(PhoneCol, v.phone);
}

Result<Outcome> EventImport::handle(io::CsvImport::Row &row)
{
    const Branch *branch = &m_branches.ofRow(row, BranchCol);
    const QString orderNo = row.cell(OrderIdCol);
    if (orderNo.isEmpty())
        row.issue(OrderIdCol, orderNo, OrderImporter::tr("an order id is required"));
    const LocalTime &local = **m_orders.localTimeOf(branch->id);
    std::optional<qint64> at;
    if (row.cell(AtCol).isEmpty())
        row.issue(AtCol, QString(), EventImporter::tr("the time of the event is required"));
    else
        at = OrderImporter::readTime(row, AtCol, local, m_frame, m_db.clock().nowSecsSinceEpoch());
    // The source's own state, and what the map made of it.
    const QString source = row.record().text(m_frame.fileColumn(StateCol)).trimmed();
    const QString mapped = row.cell(StateCol);
    if (mapped == EventLogStates::ignore()) {
        ++m_ignored;
        return Outcome::Unchanged;
    }
    std::optional<LoggedState> state;
    if (source.isEmpty()) {
        row.issue(StateCol, source, EventImporter::tr("a state is required"));
    } else {
        state = OrderEventLog::stateFrom(mapped);
        if (!state) {
            // Counted per state up to a bound: a hostile file of a million distinct states
            // must not fill the memory.
            if (auto it = m_unmapped.find(source); it != m_unmapped.end())
                ++it->second;
            else if (m_unmapped.size() < maxUnmappedStates)
                m_unmapped.emplace(source, 1);
            else
                ++m_otherUnmapped;
            row.issue(StateCol, source,
                      EventImporter::tr("this state is not mapped: add the line "
                                        "@value.state.%1=… to the map, with one of received, "
                                        "analysed, solution, implemented, followed_up, closed, "
                                        "waiting_parts, waiting_customer or ignore")
                          .arg(source));
        }
    }
    OrderColumns values;
    QString newTechnician;
    if (m_hasValues)
        parseColumns(row, *branch, values, newTechnician);
    if (!row.ok())
        return Outcome::Unchanged; // rejected by the frame

    if (!m_block.active || m_block.branch != branch || m_block.orderNo != orderNo) {
        if (auto s = flush(); !s)
            return s.error();
        if (auto s = start(*branch, orderNo); !s)
            return s.error();
    }
    if (!newTechnician.isEmpty()) {
        auto id = m_people.createFor(row, TechnicianCol, newTechnician, branch->id);
        if (!id)
            return id.error();
        values.technician = *id;
    }
    if (m_hasValues && (!m_block.valuesAt || *at >= *m_block.valuesAt)) {
        m_block.values = values;
        m_block.valuesAt = at;
    }
    OrderEvent e;
    e.at = *at;
    e.sourceState = source;
    e.state = *state;
    e.by = row.cell(ByCol);
    e.note = row.cell(NoteCol);
    if (!m_block.orderId) {
        // A new order: kept until its block ends. The same event twice counts once.
        for (const OrderEvent &earlier : m_block.fresh)
            if (earlier.at == e.at && earlier.sourceState == e.sourceState)
                return Outcome::Unchanged;
        m_block.fresh.push_back(std::move(e));
        return Outcome::Inserted;
    }
    e.orderId = *m_block.orderId;
    auto added = m_log.add(e);
    if (!added)
        return added.error();
    m_block.changed = m_block.changed || *added;
    return *added ? Outcome::Inserted : Outcome::Unchanged;
}

Status EventImport::start(const Branch &branch, const QString &orderNo)
{
    m_block = Block();
    m_block.active = true;
    m_block.branch = &branch;
    m_block.orderNo = orderNo;
    auto found = m_orders.idByOrderNo(branch.id, orderNo);
    if (!found)
        return found.error();
    m_block.orderId = *found;
    if (m_block.orderId) {
        auto latest = m_log.latestAt(*m_block.orderId);
        if (!latest)
            return latest.error();
        m_block.storedLatest = *latest;
    }
    return {};
}

Status EventImport::flush()
{
    if (!m_block.active)
        return {};
    m_block.active = false;
    return m_block.orderId ? touchStored() : createOrder();
}

// A new order, written once from its block: its stage times, reopenings and waits derived from
// the events, its columns from the latest row.
Status EventImport::createOrder()
{
    std::vector<LoggedEvent> history;
    history.reserve(m_block.fresh.size());
    for (const OrderEvent &e : m_block.fresh)
        history.push_back({e.at, e.state});
    const DerivedHistory h = OrderHistory::derive(history);
    ServiceOrder o;
    o.branchId = m_block.branch->id;
    o.orderNo = m_block.orderNo;
    o.times = h.times;
    o.reopened = h.reopened;
    o.status = h.status;
    // The log gives no response time and no visit count (KPI.md: unknown is not zero).
    o.unknownInputs = ServiceOrder::ResponseUnknown | ServiceOrder::VisitsUnknown;
    if (auto s = apply(o, m_block.values, h.times.received); !s)
        return s;
    if (auto s = m_orders.insert(o, OrderRepository::Audit::Caller); !s)
        return makeError(ErrorKind::InvalidInput,
                         EventImporter::tr("Order %1: its history cannot be stored: %2")
                             .arg(o.orderNo, s.error().message));
    for (OrderEvent &e : m_block.fresh) {
        e.orderId = o.id;
        if (auto added = m_log.add(e); !added)
            return added.error();
    }
    ++m_ordersCreated;
    return m_log.replaceLoggedWaits(o.id, h.waits);
}

// A stored order the block added events to, or gave order columns: derived again at the end.
Status EventImport::touchStored()
{
    if (!m_block.changed && !m_block.valuesAt)
        return {};
    m_touch->bind(1, *m_block.orderId).bind(2, m_block.storedLatest);
    if (auto s = m_touch->exec(); !s)
        return s;
    if (!m_block.valuesAt)
        return {};
    const OrderColumns &v = m_block.values;
    FastQuery &q = *m_setLatest;
    q.bind(1, *m_block.orderId).bind(2, *m_block.valuesAt).bind(3, v.received);
    if (v.priority)
        q.bind(4, FlowNames::code(*v.priority));
    else
        q.bindNull(4);
    if (v.channel)
        q.bind(5, FlowNames::code(*v.channel));
    else
        q.bindNull(5);
    q.bind(6, v.technician ? std::optional<qint64>(v.technician->value_or(0)) : std::nullopt);
    // An empty cell of a present column is a value: "" clears the field.
    auto bindText = [&](int index, const std::optional<QString> &value) {
        if (!value)
            q.bindNull(index);
        else
            q.bind(index, value->isNull() ? QStringLiteral("") : *value);
    };
    bindText(7, v.category);
    bindText(8, v.product);
    bindText(9, v.description);
    bindText(10, v.customer);
    bindText(11, v.phone);
    q.bind(12, v.dueAt ? std::optional<qint64>(v.dueAt->value_or(0)) : std::nullopt);
    return q.exec();
}

// The latest row's order columns onto the order. A received time after the order's first
// event cannot be (a ServiceNow export's opened_at can trail its first update): the first
// event stands.
Status EventImport::apply(ServiceOrder &o, const OrderColumns &v, std::optional<qint64> firstEvent)
{
    if (v.received) {
        if (!firstEvent || *v.received <= *firstEvent)
            o.times.received = *v.received;
        else
            ++m_receivedAfterFirstEvent;
    }
    if (v.priority)
        o.priority = *v.priority;
    if (v.channel)
        o.channel = *v.channel;
    if (v.technician)
        o.technicianId = *v.technician;
    if (v.category)
        o.category = *v.category;
    if (v.product)
        o.product = *v.product;
    if (v.description)
        o.description = *v.description;
    if (v.dueAt)
        o.dueAt = *v.dueAt;
    if (v.customer || v.phone) {
        const QString name = v.customer.value_or(QString());
        const QString phone = v.phone.value_or(QString());
        if (name.isEmpty() && phone.isEmpty()) {
            o.customerId.reset();
        } else {
            bool created = false;
            auto id = m_customers.findOrCreate(name, phone, created);
            if (!id)
                return id.error();
            o.customerId = *id;
        }
    }
    return {};
}

Status EventImport::rederive(qint64 orderId, const OrderColumns &values)
{
    auto history = m_log.historyOf(orderId);
    if (!history)
        return history.error();
    auto found = m_orders.findById(orderId);
    if (!found)
        return found.error();
    if (!*found)
        return {};
    const ServiceOrder before = **found;
    ServiceOrder o = before;
    const DerivedHistory h = OrderHistory::derive(*history);
    if (!history->empty()) {
        o.times.received = std::min(o.times.received, h.times.received);
        o.times.analysed = h.times.analysed;
        o.times.solution = h.times.solution;
        o.times.implemented = h.times.implemented;
        o.times.followedUp = h.times.followedUp;
        o.times.closed = h.times.closed;
        o.reopened = h.reopened;
        o.unknownInputs &= ~ServiceOrder::ReopenedUnknown; // the log tells the reopenings
        o.status = h.status;
    }
    if (auto s = apply(o, values,
                       history->empty() ? std::nullopt : std::optional<qint64>(h.times.received));
        !s)
        return s;
    // A response recorded before the log's stages stays; one the stages overtake is no longer
    // consistent with them and is dropped rather than refusing the history.
    if (o.times.responded && (*o.times.responded < o.times.received ||
                              (o.times.analysed && *o.times.responded > *o.times.analysed)))
        o.times.responded.reset();
    if (!(o == before)) {
        if (auto s = m_orders.updateInBatch(o); !s)
            return makeError(ErrorKind::InvalidInput,
                             EventImporter::tr("Order %1: its history cannot be applied: %2")
                                 .arg(o.orderNo, s.error().message));
        ++m_ordersUpdated;
    }
    return m_log.replaceLoggedWaits(orderId, h.waits);
}

Status EventImport::finish(const io::ImportSummary &summary)
{
    if (auto s = flush(); !s)
        return s;
    // The monthly counts of the orders created, before the updates below move any of them.
    if (auto s = m_orders.endBulk(); !s)
        return s;
    {
        FastQuery q(m_db, "SELECT order_id, received_at, priority, channel, technician_id, "
                          "category, product, description, customer, phone, due_at FROM "
                          "temp.event_import_order ORDER BY order_id");
        while (q.next()) {
            OrderColumns v;
            if (!q.isNull(1))
                v.received = q.int64(1);
            if (!q.isNull(2))
                v.priority = FlowNames::priority(q.text(2));
            if (!q.isNull(3))
                v.channel = FlowNames::channel(q.text(3));
            if (!q.isNull(4))
                v.technician = q.int64(4) == 0 ? std::nullopt : std::optional<qint64>(q.int64(4));
            auto text = [&](int column, std::optional<QString> &field) {
                if (!q.isNull(column))
                    field = q.text(column);
            };
            text(5, v.category);
            text(6, v.product);
            text(7, v.description);
            text(8, v.customer);
            text(9, v.phone);
            if (!q.isNull(10))
                v.dueAt = q.int64(10) == 0 ? std::nullopt : std::optional<qint64>(q.int64(10));
            if (auto s = rederive(q.int64(0), v); !s)
                return s;
        }
        if (!q.status())
            return q.status();
    }
    if (auto s = m_db.execScript("DELETE FROM temp.event_import_order"); !s)
        return s;
    // The batch in the audit trail: the events are the record of what each order went through.
    if (summary.inserted == 0 && m_ordersCreated == 0 && m_ordersUpdated == 0)
        return {};
    QJsonObject batch{{QStringLiteral("file"), QFileInfo(m_frame.path()).fileName()},
                      {QStringLiteral("events"), static_cast<double>(summary.inserted)},
                      {QStringLiteral("orders_created"), static_cast<double>(m_ordersCreated)},
                      {QStringLiteral("orders_updated"), static_cast<double>(m_ordersUpdated)},
                      {QStringLiteral("source"), QStringLiteral("import events")}};
    m_orders.addBatchRange(batch);
    return AuditLog(m_db).record(AuditLog::Action::Bulk, QStringLiteral("order_event"),
                                 m_db.uids().next(), {}, batch);
}

QStringList EventImport::notes() const
{
    QStringList notes;
    if (!m_unmapped.empty()) {
        QStringList states;
        for (const auto &[state, count] : m_unmapped)
            states << EventImporter::tr("“%1” (%n row(s))", nullptr, static_cast<int>(count))
                          .arg(state);
        if (m_otherUnmapped > 0)
            states << EventImporter::tr("%n row(s) of other states", nullptr,
                                        static_cast<int>(m_otherUnmapped));
        notes << EventImporter::tr("States not mapped: %1. Map each with a line "
                                   "@value.state.NAME=STAGE (received, analysed, solution, "
                                   "implemented, followed_up, closed, waiting_parts, "
                                   "waiting_customer or ignore).")
                     .arg(states.join(QStringLiteral(", ")));
    }
    if (m_ignored > 0)
        notes << EventImporter::tr("Skipped %n row(s) whose state is mapped to ignore.", nullptr,
                                   static_cast<int>(m_ignored));
    if (m_ordersCreated > 0 || m_ordersUpdated > 0)
        notes << EventImporter::tr("Orders derived from their history: %1 new, %2 changed.")
                     .arg(m_ordersCreated)
                     .arg(m_ordersUpdated);
    if (m_receivedAfterFirstEvent > 0)
        notes << EventImporter::tr("A received_at later than the first event in %n order(s): "
                                   "each is taken as received at its first event.",
                                   nullptr, static_cast<int>(m_receivedAfterFirstEvent));
    if (m_ordersCreated > 0)
        notes << EventImporter::tr("An event log gives no response times and no visit counts: "
                                   "for the orders it adds, response time, SLA met and first-time "
                                   "fix are not in the data.");
    return notes;
}

} // namespace servicelens::flow
