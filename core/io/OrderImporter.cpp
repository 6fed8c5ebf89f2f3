// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderImporter.h"

#include "CsvImport.h"
#include "TimestampParser.h"
#include "flow/Customer.h"
#include "flow/OrderRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"
#include "team/Staff.h"
#include "workbook/Branch.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>

#include <set>

namespace servicelens::io {

using namespace flow;

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
    ColumnCount
};

const std::vector<CsvImport::ColumnSpec> columns = {
    {"order_id", "工单号"},         {"branch", "网点"},
    {"received_at", "受理时间"},    {"responded_at", "响应时间"},
    {"analysed_at", "诊断时间"},    {"solution_at", "方案确认时间"},
    {"implemented_at", "完工时间"}, {"followed_up_at", "回访时间"},
    {"closed_at", "关闭时间"},      {"channel", "渠道"},
    {"category", "类别"},           {"product", "产品"},
    {"priority", "优先级"},         {"complaint", "是否投诉"},
    {"technician", "技术员"},       {"customer", "客户"},
    {"customer_phone", "客户电话"}, {"visits", "上门次数"},
    {"reopened", "返修次数"}};

std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("1") || t == QLatin1String("true") || t == QLatin1String("yes") ||
        t == QLatin1String("y") || t == QString::fromUtf8("是"))
        return true;
    if (t == QLatin1String("0") || t == QLatin1String("false") || t == QLatin1String("no") ||
        t == QLatin1String("n") || t == QString::fromUtf8("否"))
        return false;
    return std::nullopt;
}

// A parsed row, before it meets the workbook.
struct ParsedRow {
    int line = 0;
    ServiceOrder order;
    QString branchCode;
    QString technician;
    QString customer;
    QString phone;
};

} // namespace

QString ImportIssue::toString() const
{
    if (column.isEmpty())
        return OrderImporter::tr("Line %1: %2").arg(line).arg(message);
    return OrderImporter::tr("Line %1, column “%2”: “%3”: %4")
        .arg(line)
        .arg(column, value, message);
}

Result<ColumnMapping> ColumnMapping::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::NotFound,
                         OrderImporter::tr("The mapping file “%1” cannot be read: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    auto decoded = TextDecoder::decode(file.readAll());
    if (!decoded)
        return decoded.error();
    ColumnMapping m;
    int lineNo = 0;
    for (const QString &raw : decoded->text.split(QLatin1Char('\n'))) {
        ++lineNo;
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const int eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return makeError(
                ErrorKind::InvalidInput,
                OrderImporter::tr("Mapping file, line %1: expected “source header=column”.")
                    .arg(lineNo));
        const QString key = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        if (key == QLatin1String("@date_format")) {
            m.dateFormat = value;
        } else if (key.startsWith(QLatin1String("@value."))) {
            const QStringList parts = key.mid(7).split(QLatin1Char('.'));
            if (parts.size() < 2)
                return makeError(
                    ErrorKind::InvalidInput,
                    OrderImporter::tr(
                        "Mapping file, line %1: expected “@value.<column>.<source value>=<value>”.")
                        .arg(lineNo));
            m.values[parts[0].toLower()].insert(parts.mid(1).join(QLatin1Char('.')).toLower(),
                                                value);
        } else {
            m.headers.insert(key.toLower(), value);
        }
    }
    return m;
}

Result<ImportSummary> OrderImporter::run(Database &db, const QString &path,
                                         const ImportOptions &options, const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    ImportSummary summary;
    auto input = CsvImport::read(path, options.encoding);
    if (!input)
        return input.error();
    summary.encoding = input->encoding;
    summary.delimiter = input->delimiter;
    const QStringList &header = input->header;
    auto matched = CsvImport::matchHeader(header, columns, options.mapping, {OrderId, Received},
                                          summary.warnings);
    if (!matched)
        return matched.error();
    const std::vector<int> fileColumn = std::move(*matched);

    auto branches = BranchRepository(db).list();
    if (!branches)
        return branches.error();
    if (branches->empty())
        return makeError(ErrorKind::Database, tr("The workbook has no branch."));
    const Branch *defaultBranch = &branches->front();
    if (!options.branchCode.isEmpty()) {
        defaultBranch = nullptr;
        for (const Branch &b : *branches)
            if (b.code == options.branchCode)
                defaultBranch = &b;
        if (!defaultBranch)
            return makeError(ErrorKind::InvalidInput,
                             tr("The workbook has no branch “%1”.").arg(options.branchCode));
    }
    std::map<QString, const Branch *> branchByCode;
    std::map<qint64, std::unique_ptr<LocalTime>> localTimes;
    for (const Branch &b : *branches) {
        branchByCode[b.code] = &b;
        localTimes[b.id] = std::make_unique<LocalTime>(QTimeZone(b.timeZone.toUtf8()));
    }

    // Parse and validate every row before anything is written.
    std::vector<ParsedRow> parsed;
    CsvImport::Rejected rejected;
    std::set<std::pair<qint64, QString>> seen;
    const QString dateFormat = options.mapping.dateFormat;
    for (const CsvRow &row : input->rows) {
        ++summary.read;
        std::vector<ImportIssue> issues;
        auto cell = [&](int c) -> QString {
            const int i = fileColumn[static_cast<std::size_t>(c)];
            QString v = i >= 0 ? row.fields.value(i).trimmed() : QString();
            const auto map = options.mapping.values.find(
                QLatin1String(columns[static_cast<std::size_t>(c)].name));
            if (map != options.mapping.values.end() && map->contains(v.toLower()))
                v = map->value(v.toLower());
            return v;
        };
        auto issue = [&](int c, const QString &value, const QString &message) {
            issues.push_back(
                {row.line, header.value(fileColumn[static_cast<std::size_t>(c)]), value, message});
        };

        ParsedRow p;
        p.line = row.line;
        const Branch *branch = defaultBranch;
        if (const QString code = cell(BranchCol); !code.isEmpty()) {
            const auto it = branchByCode.find(code);
            if (it == branchByCode.end())
                issue(BranchCol, code, tr("no branch has this code"));
            else
                branch = it->second;
        }
        ServiceOrder &o = p.order;
        o.branchId = branch->id;
        o.orderNo = cell(OrderId);
        if (o.orderNo.isEmpty())
            issue(OrderId, o.orderNo, tr("an order id is required"));
        else if (!seen.insert({o.branchId, o.orderNo}).second)
            issue(OrderId, o.orderNo, tr("this order id appears earlier in the file"));

        const TimestampParser times(*localTimes[branch->id]);
        auto timeOf = [&](int c) -> std::optional<qint64> {
            const QString v = cell(c);
            if (v.isEmpty())
                return std::nullopt;
            std::optional<qint64> t = times.parseTimestamp(v);
            if (!t && !dateFormat.isEmpty()) {
                const QDateTime dt = QDateTime::fromString(v, dateFormat);
                if (dt.isValid())
                    t = localTimes[branch->id]->toUtc(dt.date(), dt.time());
            }
            if (!t)
                issue(c, v,
                      dateFormat.isEmpty()
                          ? tr("expected a time such as 2026-10-31 14:30")
                          : tr("expected a time such as 2026-10-31 14:30 or in the format %1")
                                .arg(dateFormat));
            return t;
        };
        if (cell(Received).isEmpty())
            issue(Received, QString(), tr("the time the order was received is required"));
        else if (auto t = timeOf(Received))
            o.times.received = *t;
        o.times.responded = timeOf(Responded);
        o.times.analysed = timeOf(Analysed);
        o.times.solution = timeOf(Solution);
        o.times.implemented = timeOf(Implemented);
        o.times.followedUp = timeOf(FollowedUp);
        o.times.closed = timeOf(ClosedAt);
        // Stage times never go backwards: name the first column that does.
        if (o.times.received > 0) {
            const std::pair<int, std::optional<qint64>> chain[] = {
                {Responded, o.times.responded},   {Analysed, o.times.analysed},
                {Solution, o.times.solution},     {Implemented, o.times.implemented},
                {FollowedUp, o.times.followedUp}, {ClosedAt, o.times.closed}};
            qint64 previous = o.times.received;
            int previousColumn = Received;
            for (const auto &[c, t] : chain) {
                if (!t)
                    continue;
                if (*t < previous) {
                    issue(
                        c, cell(c),
                        tr("earlier than %1 (%2); stage times cannot go backwards")
                            .arg(header.value(fileColumn[static_cast<std::size_t>(previousColumn)]),
                                 cell(previousColumn)));
                    break;
                }
                previous = *t;
                previousColumn = c;
            }
        }

        if (const QString v = cell(ChannelCol); !v.isEmpty()) {
            if (auto ch = FlowNames::channel(v))
                o.channel = *ch;
            else
                issue(ChannelCol, v,
                      tr("expected phone, email, online, app, wechat or walk_in (电话, 邮件, 在线, "
                         "APP, 微信, 到店)"));
        }
        if (const QString v = cell(PriorityCol); !v.isEmpty()) {
            if (auto pr = FlowNames::priority(v))
                o.priority = *pr;
            else
                issue(PriorityCol, v,
                      tr("expected urgent, high, normal or low (紧急, 高, 普通, 低)"));
        }
        if (const QString v = cell(ComplaintCol); !v.isEmpty()) {
            if (auto b = parseBool(v))
                o.complaint = *b;
            else
                issue(ComplaintCol, v, tr("expected yes or no (1/0, true/false, 是/否)"));
        }
        auto count = [&](int c, int fallback) {
            const QString v = cell(c);
            if (v.isEmpty())
                return fallback;
            bool ok = false;
            const int n = v.toInt(&ok);
            if (!ok || n < 0) {
                issue(c, v, tr("expected a whole number, 0 or more"));
                return fallback;
            }
            return n;
        };
        o.visits = count(VisitsCol, 1);
        o.reopened = count(ReopenedCol, 0);
        o.category = cell(CategoryCol);
        o.product = cell(ProductCol);
        o.status = o.times.closed ? OrderStatus::Closed : OrderStatus::Open;
        p.technician = cell(TechnicianCol);
        p.customer = cell(CustomerCol);
        p.phone = cell(PhoneCol);

        if (issues.empty()) {
            parsed.push_back(std::move(p));
        } else {
            CsvImport::reject(row, issues, rejected, summary);
        }
    }
    if (!summary.issues.empty() && !options.skipInvalid)
        return CsvImport::strictFailure(path, summary);

    // Write everything in one transaction.
    WriteTransaction tx(db);
    if (!tx.status())
        return tx.status().error();
    team::StaffRepository staffRepo(db);
    auto staff = staffRepo.list();
    if (!staff)
        return staff.error();
    QHash<QString, qint64> staffIds;
    for (const team::StaffMember &m : *staff)
        staffIds.insert(m.code, m.id);
    CustomerRepository customers(db);
    auto customerIds = customers.idsByNameAndPhone();
    if (!customerIds)
        return customerIds.error();
    OrderRepository orders(db);
    std::map<qint64, QHash<QString, qint64>> existingIds; // per branch: order id -> row id
    for (const Branch &b : *branches) {
        auto ids = orders.idsByOrderNo(b.id);
        if (!ids)
            return ids.error();
        existingIds[b.id] = std::move(*ids);
    }
    qint64 done = 0;
    for (ParsedRow &p : parsed) {
        ServiceOrder &o = p.order;
        if (!p.technician.isEmpty()) {
            auto it = staffIds.find(p.technician);
            if (it == staffIds.end()) {
                // An unknown code creates the staff member (FORMATS.md), to be completed later.
                team::StaffMember m;
                m.code = p.technician;
                m.name = p.technician;
                m.role = team::Role::TechnicalSupport;
                m.branchId = o.branchId;
                if (auto s = staffRepo.create(m); !s)
                    return s.error();
                it = staffIds.insert(m.code, m.id);
            }
            o.technicianId = *it;
        }
        if (!p.customer.isEmpty() || !p.phone.isEmpty()) {
            const QString key = CustomerRepository::key(p.customer, p.phone);
            auto it = customerIds->find(key);
            if (it == customerIds->end()) {
                Customer c;
                c.name = p.customer;
                c.phone = p.phone;
                if (auto s = customers.create(c, CustomerRepository::Audit::Caller); !s)
                    return s.error();
                it = customerIds->insert(key, c.id);
            }
            o.customerId = *it;
        }
        const auto known = existingIds[o.branchId].constFind(o.orderNo);
        std::optional<ServiceOrder> existingOrder;
        if (known != existingIds[o.branchId].constEnd()) {
            auto found = orders.findById(*known);
            if (!found)
                return found.error();
            existingOrder = std::move(*found);
        }
        const std::optional<ServiceOrder> *existing = &existingOrder;
        if (existing->has_value()) {
            const ServiceOrder &old = **existing;
            o.id = old.id;
            o.uid = old.uid;
            o.description = old.description;
            // A wait recorded in the application stands while the file says the order is open.
            if (!o.times.closed && old.status != OrderStatus::Closed)
                o.status = old.status;
            if (o.toJson() == old.toJson()) {
                ++summary.unchanged;
            } else {
                if (auto s = orders.update(o); !s)
                    return makeError(s.error().kind,
                                     tr("Line %1: %2").arg(p.line).arg(s.error().message),
                                     s.error().detail);
                ++summary.updated;
            }
        } else {
            if (auto s = orders.insert(o, OrderRepository::Audit::Caller); !s)
                return makeError(s.error().kind,
                                 tr("Line %1: %2").arg(p.line).arg(s.error().message),
                                 s.error().detail);
            ++summary.inserted;
        }
        if (++done % 1000 == 0 && progress && !progress(done, static_cast<qint64>(parsed.size())))
            return makeError(ErrorKind::Cancelled,
                             tr("The import was cancelled; nothing was imported."));
    }
    if (summary.inserted > 0) {
        const QJsonObject batch{{QStringLiteral("file"), QFileInfo(path).fileName()},
                                {QStringLiteral("inserted"), static_cast<double>(summary.inserted)},
                                {QStringLiteral("source"), QStringLiteral("import")}};
        if (auto s = AuditLog(db).record(AuditLog::Action::Bulk, QStringLiteral("service_order"),
                                         db.uids().next(), {}, batch);
            !s)
            return s.error();
    }

    // The rejected rows go beside the input, with the reason, before the commit: if they cannot
    // be written, nothing is imported either.
    if (!rejected.empty()) {
        auto written = CsvImport::writeRejected(path, header, rejected);
        if (!written)
            return written.error();
        summary.rejectedPath = *written;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    if (progress)
        progress(done, static_cast<qint64>(parsed.size()));
    summary.seconds = timer.nsecsElapsed() / 1e9;
    return summary;
}

} // namespace servicelens::io
