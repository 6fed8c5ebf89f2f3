// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderImporter.h"

#include "flow/Customer.h"
#include "flow/ImportBranches.h"
#include "flow/OrderRepository.h"
#include "io/DateFormat.h"
#include "io/TimestampParser.h"
#include "org/Branch.h"
#include "org/FaultCodes.h"
#include "org/StaffDirectory.h"
#include "storage/AuditLog.h"
#include "storage/Clock.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QTimeZone>

namespace servicelens::flow {

using Outcome = io::CsvImport::Outcome;

namespace {

enum Column {
    OrderId,
    BranchCol,
    Received,
    Responded,
    Analysed,
    Solution,
    Implemented,
    FollowedUp,
    ClosedAt,
    ChannelCol,
    CategoryCol,
    ProductCol,
    PriorityCol,
    ComplaintCol,
    TechnicianCol,
    CustomerCol,
    PhoneCol,
    VisitsCol,
    ReopenedCol,
    DescriptionCol,
    DueCol,
    FaultCol,
    ColumnCount
};

// A name lookup remembered per distinct text: a file repeats the same few values a million
// times, and FlowNames compares against every alias.
template <typename T>
std::optional<T> remembered(QHash<QString, std::optional<T>> &memo, const QString &text,
                            std::optional<T> (*parse)(const QString &))
{
    auto it = memo.constFind(text);
    if (it == memo.constEnd())
        it = memo.insert(text, parse(text));
    return *it;
}

// The first stage time earlier than the one before it, as (later column, earlier column).
std::optional<std::pair<int, int>> firstBackwards(const StageTimes &t)
{
    const std::pair<int, std::optional<qint64>> chain[] = {
        {Received, t.received}, {Responded, t.responded},     {Analysed, t.analysed},
        {Solution, t.solution}, {Implemented, t.implemented}, {FollowedUp, t.followedUp},
        {ClosedAt, t.closed}};
    std::optional<qint64> previous;
    int previousColumn = Received;
    for (const auto &[c, time] : chain) {
        if (!time)
            continue;
        if (previous && *time < *previous)
            return std::make_pair(previousColumn, c);
        previous = time;
        previousColumn = c;
    }
    return std::nullopt;
}

// A row as read from the file, checked, before it meets the workbook.
struct ParsedRow {
    ServiceOrder order;
    QString newTechnician; // a person the file names who is to be created (createStaff)
    QString customer;
    QString phone;
};

} // namespace

// One import of orders: checks each row, then matches it with the workbook (order id, staff
// code, customer) and writes it. Lookups are index seeks, so memory does not grow with the file
// or the workbook; the one per-row state kept is a bit per order row touched (to find an order
// id that appears twice in the file).
class OrderImport {
public:
    OrderImport(Database &db, const io::CsvImport &frame)
        : m_db(db)
        , m_frame(frame)
        , m_orders(db)
        , m_customers(db)
        , m_people(db)
    {}

    Status prepare();
    Result<Outcome> handle(io::CsvImport::Row &row);
    Status finish(const io::ImportSummary &summary);

private:
    bool parse(io::CsvImport::Row &row, ParsedRow &p);
    bool merge(io::CsvImport::Row &row, const ServiceOrder &old, ServiceOrder &o);
    Result<Outcome> write(io::CsvImport::Row &row, ParsedRow &p);
    std::optional<qint64> timeOf(io::CsvImport::Row &row, int column, const Branch &branch);
    void findTechnician(io::CsvImport::Row &row, ParsedRow &p);
    Result<qint64> customerId(const QString &name, const QString &phone);

    Database &m_db;
    const io::CsvImport &m_frame;
    OrderRepository m_orders;
    CustomerRepository m_customers;
    org::StaffDirectory m_people;
    ImportBranches m_branches;
    QHash<QString, std::optional<Channel>> m_channels;
    QHash<QString, std::optional<Priority>> m_priorities;
    std::optional<org::FaultCodeIndex> m_faults; // when the file has a fault code column
    std::vector<bool> m_touched;                 // by row id: written by this import
    qint64 m_customersCreated = 0;
    qint64 m_startedAt = 0; // "now" for the plausible range of times, read once, not per cell
};

Status OrderImport::prepare()
{
    m_startedAt = m_db.clock().nowSecsSinceEpoch();
    if (auto s = m_branches.load(m_db, m_frame.options().branchCode); !s)
        return s;
    m_orders.knowBranches(m_branches.all());
    if (auto s = m_people.load(); !s)
        return s;
    if (m_frame.fileColumn(FaultCol) >= 0) {
        auto faults = org::FaultCatalogue(m_db).load();
        if (!faults)
            return faults.error();
        m_faults.emplace(*faults);
    }
    return m_orders.beginBulk();
}

std::optional<qint64> OrderImport::timeOf(io::CsvImport::Row &row, int column, const Branch &branch)
{
    // knowBranches() in prepare() holds every branch's local time, so this lookup cannot fail.
    return OrderImporter::readTime(row, column, **m_orders.localTimeOf(branch.id), m_frame,
                                   m_startedAt);
}

bool OrderImport::parse(io::CsvImport::Row &row, ParsedRow &p)
{
    const Branch *branch = &m_branches.ofRow(row, BranchCol);
    ServiceOrder &o = p.order;
    o.branchId = branch->id;
    o.orderNo = row.cell(OrderId);
    if (o.orderNo.isEmpty())
        row.issue(OrderId, o.orderNo, OrderImporter::tr("an order id is required"));

    if (row.cell(Received).isEmpty())
        row.issue(Received, QString(),
                  OrderImporter::tr("the time the order was received is required"));
    else if (auto t = timeOf(row, Received, *branch))
        o.times.received = *t;
    o.times.responded = timeOf(row, Responded, *branch);
    o.times.analysed = timeOf(row, Analysed, *branch);
    o.times.solution = timeOf(row, Solution, *branch);
    o.times.implemented = timeOf(row, Implemented, *branch);
    o.times.followedUp = timeOf(row, FollowedUp, *branch);
    o.times.closed = timeOf(row, ClosedAt, *branch);
    o.dueAt = timeOf(row, DueCol, *branch);
    if (o.dueAt && o.times.received > 0 && *o.dueAt < o.times.received)
        row.issue(DueCol, row.cell(DueCol),
                  OrderImporter::tr("earlier than the time the order was received"));
    // Stage times never go backwards: name the first column that does.
    if (o.times.received > 0)
        if (auto backwards = firstBackwards(o.times))
            row.issue(backwards->second, row.cell(backwards->second),
                      OrderImporter::tr("earlier than %1 (%2); stage times cannot go backwards")
                          .arg(m_frame.headerOf(backwards->first), row.cell(backwards->first)));

    if (const QString v = row.cell(ChannelCol); !v.isEmpty()) {
        if (auto ch = remembered(m_channels, v, &FlowNames::channel))
            o.channel = *ch;
        else
            row.issue(ChannelCol, v,
                      OrderImporter::tr("expected phone, email, online, app, wechat or walk_in "
                                        "(电话, 邮件, 在线, APP, 微信, 到店)"));
    }
    if (const QString v = row.cell(PriorityCol); !v.isEmpty()) {
        if (auto pr = remembered(m_priorities, v, &FlowNames::priority))
            o.priority = *pr;
        else
            row.issue(
                PriorityCol, v,
                OrderImporter::tr("expected urgent, high, normal or low (紧急, 高, 普通, 低)"));
    }
    if (const QString v = row.cell(ComplaintCol); !v.isEmpty()) {
        if (auto b = io::CsvImport::parseBoolean(v))
            o.complaint = *b;
        else
            row.issue(ComplaintCol, v,
                      OrderImporter::tr("expected yes or no (1/0, true/false, 是/否)"));
    }
    auto count = [&](int c, int fallback) {
        const QString v = row.cell(c);
        if (v.isEmpty())
            return fallback;
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!ok || n < 0) {
            row.issue(c, v, OrderImporter::tr("expected a whole number, 0 or more"));
            return fallback;
        }
        return n;
    };
    o.visits = count(VisitsCol, 1);
    o.reopened = count(ReopenedCol, 0);
    // What the file has no column for is unknown, not 1 visit, no reopening, never responded
    // (KPI.md); an empty cell in a present column is a known value.
    o.unknownInputs = (row.has(Responded) ? 0 : ServiceOrder::ResponseUnknown) |
                      (row.has(VisitsCol) ? 0 : ServiceOrder::VisitsUnknown) |
                      (row.has(ReopenedCol) ? 0 : ServiceOrder::ReopenedUnknown);
    o.category = row.cell(CategoryCol);
    o.product = row.cell(ProductCol);
    o.description = row.cell(DescriptionCol);
    if (const QString v = row.cell(FaultCol); !v.isEmpty()) {
        o.faultCode = m_faults->codeOf(v);
        if (o.faultCode.isEmpty())
            row.issue(FaultCol, v,
                      m_faults->isEmpty()
                          ? OrderImporter::tr("the workbook has no fault codes yet: import the "
                                              "list first (servicelens import faults)")
                          : OrderImporter::tr("not a code or a name of the workbook's fault list"));
    }
    o.status = o.times.closed ? OrderStatus::Closed : OrderStatus::Open;
    findTechnician(row, p);
    p.customer = row.cell(CustomerCol);
    p.phone = row.cell(PhoneCol);
    return row.ok();
}

void OrderImport::findTechnician(io::CsvImport::Row &row, ParsedRow &p)
{
    const auto named = m_people.name(row, TechnicianCol, m_frame.options().createStaff);
    p.order.technicianId = named.id;
    p.newTechnician = named.newcomer;
}

Result<qint64> OrderImport::customerId(const QString &name, const QString &phone)
{
    bool created = false;
    auto id = m_customers.findOrCreate(name, phone, created);
    m_customersCreated += created;
    return id;
}

Result<Outcome> OrderImport::write(io::CsvImport::Row &row, ParsedRow &p)
{
    ServiceOrder &o = p.order;
    auto existingId = m_orders.idByOrderNo(o.branchId, o.orderNo);
    if (!existingId)
        return existingId.error();
    auto touched = [this](qint64 id) {
        return id >= 0 && static_cast<std::size_t>(id) < m_touched.size() &&
               m_touched[static_cast<std::size_t>(id)];
    };
    auto touch = [this](qint64 id) {
        if (static_cast<std::size_t>(id) >= m_touched.size())
            m_touched.resize(
                std::max<std::size_t>(static_cast<std::size_t>(id) + 1, m_touched.size() * 2));
        m_touched[static_cast<std::size_t>(id)] = true;
    };
    if (*existingId && touched(**existingId)) {
        row.issue(OrderId, o.orderNo,
                  OrderImporter::tr("this order id appears earlier in the file"));
        return Outcome::Unchanged;
    }
    std::optional<ServiceOrder> old;
    if (*existingId) {
        auto found = m_orders.findById(**existingId);
        if (!found)
            return found.error();
        old = **found;
        // A re-import changes only the columns the file has (FORMATS.md): the rest of the
        // order is kept as stored.
        if (!merge(row, *old, o))
            return Outcome::Unchanged; // the merged stage times go backwards: rejected
    }
    if (!p.newTechnician.isEmpty()) {
        auto id = m_people.createFor(row, TechnicianCol, p.newTechnician, o.branchId);
        if (!id)
            return id.error();
        o.technicianId = *id;
    }
    if (row.has(CustomerCol) || row.has(PhoneCol)) {
        // One of the two columns alone changes only that half of the customer.
        if (old && old->customerId && !(row.has(CustomerCol) && row.has(PhoneCol))) {
            auto stored = m_customers.findById(*old->customerId);
            if (!stored)
                return stored.error();
            if (*stored) {
                if (!row.has(CustomerCol))
                    p.customer = (*stored)->name;
                if (!row.has(PhoneCol))
                    p.phone = (*stored)->phone;
            }
        }
        if (!p.customer.isEmpty() || !p.phone.isEmpty()) {
            auto id = customerId(p.customer, p.phone);
            if (!id)
                return id.error();
            o.customerId = *id;
        }
    }
    if (!old) {
        if (auto s = m_orders.insert(o, OrderRepository::Audit::Caller); !s)
            return s.error();
        touch(o.id);
        return Outcome::Inserted;
    }
    touch(old->id);
    if (o == *old)
        return Outcome::Unchanged;
    if (auto s = m_orders.update(o); !s)
        return s.error();
    return Outcome::Updated;
}

bool OrderImport::merge(io::CsvImport::Row &row, const ServiceOrder &old, ServiceOrder &o)
{
    o.id = old.id;
    o.uid = old.uid;
    auto keep = [&](int column, auto &field, const auto &stored) {
        if (!row.has(column))
            field = stored;
    };
    keep(Received, o.times.received, old.times.received);
    keep(Responded, o.times.responded, old.times.responded);
    keep(Analysed, o.times.analysed, old.times.analysed);
    keep(Solution, o.times.solution, old.times.solution);
    keep(Implemented, o.times.implemented, old.times.implemented);
    keep(FollowedUp, o.times.followedUp, old.times.followedUp);
    keep(ClosedAt, o.times.closed, old.times.closed);
    keep(ChannelCol, o.channel, old.channel);
    keep(CategoryCol, o.category, old.category);
    keep(ProductCol, o.product, old.product);
    keep(PriorityCol, o.priority, old.priority);
    keep(ComplaintCol, o.complaint, old.complaint);
    keep(VisitsCol, o.visits, old.visits);
    keep(ReopenedCol, o.reopened, old.reopened);
    keep(DescriptionCol, o.description, old.description);
    keep(DueCol, o.dueAt, old.dueAt);
    keep(FaultCol, o.faultCode, old.faultCode);
    // A later file with the column makes the input known; one without keeps what was known.
    for (auto [column, bit] : {std::pair{int(Responded), int(ServiceOrder::ResponseUnknown)},
                               {int(VisitsCol), int(ServiceOrder::VisitsUnknown)},
                               {int(ReopenedCol), int(ServiceOrder::ReopenedUnknown)}})
        if (!row.has(column))
            o.unknownInputs = (o.unknownInputs & ~bit) | (old.unknownInputs & bit);
    if (!row.has(TechnicianCol) || row.cell(TechnicianCol).isEmpty())
        o.technicianId = row.has(TechnicianCol) ? std::nullopt : old.technicianId;
    if (!row.has(CustomerCol) && !row.has(PhoneCol))
        o.customerId = old.customerId;
    o.status = o.times.closed ? OrderStatus::Closed : OrderStatus::Open;
    // A wait recorded in the application stands while the order is open.
    if (!o.times.closed && old.status != OrderStatus::Closed)
        o.status = old.status;
    if (auto backwards = firstBackwards(o.times)) {
        const int column = row.has(backwards->second) ? backwards->second : backwards->first;
        row.issue(
            column, row.cell(column),
            OrderImporter::tr("with the stage times already stored for this order, the "
                              "times would go backwards (%2 earlier than %1)")
                // headerOf names a column the file lacks by its FORMATS.md name.
                .arg(m_frame.headerOf(backwards->first), m_frame.headerOf(backwards->second)));
        return false;
    }
    return true;
}

Result<Outcome> OrderImport::handle(io::CsvImport::Row &row)
{
    ParsedRow p;
    if (!parse(row, p))
        return Outcome::Unchanged; // rejected by the frame
    return write(row, p);
}

Status OrderImport::finish(const io::ImportSummary &summary)
{
    if (auto s = m_orders.endBulk(); !s)
        return s;
    // Inserted rows are audited as the batch that brought them (updates each have their own).
    const QString file = QFileInfo(m_frame.path()).fileName();
    const std::pair<const char *, qint64> batches[] = {{"service_order", summary.inserted},
                                                       {"customer", m_customersCreated}};
    for (const auto &[entity, count] : batches) {
        if (count == 0)
            continue;
        QJsonObject batch{{QStringLiteral("file"), file},
                          {QStringLiteral("inserted"), static_cast<double>(count)},
                          {QStringLiteral("source"), QStringLiteral("import")}};
        if (QLatin1String(entity) == QLatin1String("service_order"))
            m_orders.addBatchRange(batch);
        if (auto s = AuditLog(m_db).record(AuditLog::Action::Bulk, QLatin1String(entity),
                                           m_db.uids().next(), {}, batch);
            !s)
            return s;
    }
    return {};
}

const io::ImportShape &OrderImporter::shape()
{
    static const io::ImportShape shape{
        // Besides FORMATS.md's names: what Chinese helpdesk and ERP exports, spreadsheets and
        // the common English helpdesks (ServiceNow, Zendesk, Jira, city 311 portals) call them.
        {{"order_id", "工单号", false,
          "工单编号|单号|报修单号|服务单号|维修单号|工单编码|Ticket ID|Ticket|Ticket Number|"
          "Number|Case ID|Case Number|Incident ID|Incident Number|Request ID|Service Request "
          "Number|Unique Key"},
         {"branch", "网点", false, "网点编号|服务网点|网点代码|Branch Code|Site|Location Code"},
         {"received_at", "受理时间", false,
          "报修时间|受理日期|创建时间|报修日期|登记时间|提交时间|下单时间|Created|Created At|"
          "Created Date|Creation Date|Date Created|Opened|Opened At|Open Date|Reported At|"
          "Submitted At"},
         {"responded_at", "响应时间", false,
          "首次响应时间|接单时间|First Response|First Response Time|First Responded At|"
          "Responded|Acknowledged At"},
         {"analysed_at", "诊断时间", false, "检测时间|故障诊断时间|Diagnosed At|Analysed"},
         {"solution_at", "方案确认时间", false, "报价确认时间|方案时间|Solution Agreed At"},
         {"implemented_at", "完工时间", false,
          "维修完成时间|修复时间|Resolved|Resolved At|Resolved Date|Resolution Date|Fixed At"},
         {"followed_up_at", "回访时间", false, "回访日期|Followed Up|Follow-up Date"},
         {"closed_at", "关闭时间", false,
          "完成时间|结单时间|关单时间|结案时间|Closed|Closed At|Closed Date|Close Date|Date "
          "Closed"},
         {"channel", "渠道", false,
          "来源|报修渠道|报修方式|受理渠道|工单来源|Source|Contact Type|Via|Origin|Open Data "
          "Channel Type"},
         {"category", "类别", false,
          "产品类别|品类|产品品类|服务类别|Ticket Type|Complaint Type|Request Type|Problem "
          "Type|Type"},
         {"product", "产品", false, "产品型号|型号|机型|产品名称|Model|Product Model|Item"},
         {"priority", "优先级", false, "紧急程度|紧急度|重要程度|Severity"},
         {"complaint", "是否投诉", false, "投诉|客诉|是否客诉|Is Complaint|Complaint"},
         {"technician", "技术员", false,
          "维修师傅|维修人员|工程师|维修工程师|服务工程师|师傅|处理人|负责人|Assignee|Assigned "
          "To|Engineer|Agent|Owner"},
         {"customer", "客户", false,
          "客户姓名|联系人|客户名称|用户姓名|用户|Customer Name|Requester|Requester Name|Caller|"
          "Caller ID|Contact|Contact Name"},
         {"customer_phone", "客户电话", false,
          "联系电话|手机|手机号|手机号码|电话|联系方式|客户手机|Phone|Phone Number|Customer "
          "Phone|Contact Phone|Mobile"},
         {"visits", "上门次数", false, "上门|服务次数|Visits|Visit Count|Site Visits"},
         {"reopened", "返修次数", false,
          "重开次数|二次维修次数|Reopen Count|Reopens|Reopened Count"},
         {"description", "故障描述", true,
          "问题描述|故障现象|报修内容|备注|描述|问题|Problem Description|Short Description|"
          "Description|Subject|Issue|Descriptor"},
         {"due_at", "承诺完成时间", false,
          "要求完成时间|预约完成时间|截止时间|承诺时间|完成期限|Due Date|Due|Due At|Target Date|"
          "Resolution Due|SLA Due|Deadline"},
         {"fault_code", "故障代码", false,
          "故障编码|故障类型|故障分类|Fault Code|Fault|Problem Code|Failure Code|Defect Code"}},
        {OrderId, Received},
        {QStringLiteral("service_order"), QStringLiteral("customer"), QStringLiteral("staff"),
         QStringLiteral("order_month_count")},
        // Branch, technician and customer ids all come from OrderImport's lookups or creations.
        true};
    Q_ASSERT(shape.columns.size() == ColumnCount); // one spec per Column, in its order
    return shape;
}

QStringList OrderImporter::notes(const io::CsvImport &frame) const
{
    // Unknown is not zero: what a missing column leaves out of which figure.
    QStringList notes;
    const bool responded = frame.fileColumn(Responded) >= 0;
    const bool visits = frame.fileColumn(VisitsCol) >= 0;
    const bool reopened = frame.fileColumn(ReopenedCol) >= 0;
    if (!responded)
        notes << tr("No responded_at column: for the orders this file adds, response time, "
                    "responded within target and SLA met are not in the data.");
    if (!visits || !reopened)
        notes << tr("No %1 column: for the orders this file adds, first-time fix is not in the "
                    "data.")
                     .arg(!visits && !reopened ? QStringLiteral("visits or reopened")
                          : !visits            ? QStringLiteral("visits")
                                               : QStringLiteral("reopened"));
    if (!reopened)
        notes << tr("No reopened column: for the orders this file adds, the reopen rate is not "
                    "in the data.");
    if (frame.fileColumn(ClosedAt) < 0)
        notes << tr("No closed_at column: the orders stay open, and the resolution figures "
                    "cannot count them.");
    return notes;
}

OrderImporter::OrderImporter(Database &db)
    : m_db(db)
{}

OrderImporter::~OrderImporter() = default;

Status OrderImporter::prepare(const io::CsvImport &frame)
{
    m_import = std::make_unique<OrderImport>(m_db, frame);
    return m_import->prepare();
}

Result<io::CsvImport::Outcome> OrderImporter::row(io::CsvImport::Row &row)
{
    return m_import->handle(row);
}

std::optional<qint64> OrderImporter::readTime(io::CsvImport::Row &row, int column,
                                              const LocalTime &local, const io::CsvImport &frame,
                                              qint64 now)
{
    const QString v = row.cell(column);
    if (v.isEmpty())
        return std::nullopt;
    std::optional<qint64> t = io::TimestampParser(local).parseTimestamp(v);
    const QString &dateFormat = frame.options().mapping.dateFormat;
    if (!t && !dateFormat.isEmpty()) {
        // Compiled once per format (an import reads it on every row).
        static thread_local std::optional<io::DateFormat> compiled;
        if (!compiled || compiled->format() != dateFormat)
            compiled.emplace(dateFormat);
        if (const auto dt = compiled->parse(v))
            t = local.toUtc(dt->first, dt->second);
    }
    if (!t) {
        row.issue(column, v,
                  dateFormat.isEmpty()
                      ? tr("expected a time such as 2026-10-31 14:30")
                      : tr("expected a time such as 2026-10-31 14:30 or in the format %1")
                            .arg(dateFormat));
    } else if (!io::TimestampParser::isPlausible(*t, now)) {
        row.issue(column, v, tr("outside the plausible range, 2000-01-01 to a year from now"));
        return std::nullopt;
    }
    return t;
}

Status OrderImporter::finish(const io::ImportSummary &summary)
{
    return m_import->finish(summary);
}

} // namespace servicelens::flow
