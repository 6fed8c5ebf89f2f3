// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoWorld.h"

#include "DemoCases.h"
#include "DemoCatalogue.h"
#include "DemoDefects.h"
#include "DemoEquipment.h"
#include "DemoInspections.h"
#include "DemoRandom.h"
#include "DemoSurveys.h"
#include "DemoTraining.h"
#include "common/LocalTime.h"
#include "flow/CalendarRepository.h"
#include "flow/Customer.h"
#include "flow/OrderRepository.h"
#include "flow/SlaPolicy.h"
#include "flow/StageEvent.h"
#include "org/Staff.h"
#include "storage/AuditLog.h"
#include "storage/Clock.h"
#include "storage/WriteTransaction.h"
#include "survey/SurveyRepository.h"
#include "workbook/Workbook.h"

#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <set>

namespace servicelens::demo {

using namespace flow;

namespace {

QString utf8(const char *s)
{
    return QString::fromUtf8(s);
}

} // namespace

DemoWorld::DemoWorld(Workbook &workbook, const DemoOptions &options, const Branch &branch,
                     flow::WorkingCalendar calendar, flow::SlaPolicySet policies)
    : m_db(workbook.database())
    , m_options(options)
    , m_branch(branch)
    , m_spelling(branch.code)
    , m_calendar(std::move(calendar))
    , m_policies(std::move(policies))
    , m_local(branch.localTime())
    , m_random(options.seed)
    , m_uids(workbook.database().clock(), options.seed ^ 0x5EED5EEDULL)
    , m_customerRepository(workbook.database())
{}

QString DemoWorld::personName()
{
    for (;;) {
        const QString name = utf8(surnames[m_random.between(0, std::size(surnames) - 1)]) +
                             utf8(givenNames[m_random.between(0, std::size(givenNames) - 1)]);
        if (m_usedNames.insert(name).second)
            return name;
    }
}

Status DemoWorld::createStaff()
{
    org::StaffRepository staff(m_db);
    const QDate first =
        QDate(m_options.lastMonth.year(), m_options.lastMonth.month(), 1).addMonths(-11);
    struct Group {
        org::Role role;
        const char *prefix;
        int count;
        const char *teams[2];
    };
    const Group groups[] = {
        {org::Role::Manager, "M", 1, {"网点管理", "网点管理"}},
        {org::Role::CustomerService, "C", 6, {"客户服务组", "客户服务组"}},
        {org::Role::TechnicalSupport, "T", 14, {"技术支持一组", "技术支持二组"}},
        {org::Role::PartsLogistics, "P", 3, {"备件物流组", "备件物流组"}},
        {org::Role::Quality, "Q", 2, {"质量管理组", "质量管理组"}},
    };
    for (const Group &g : groups) {
        for (int i = 1; i <= g.count; ++i) {
            org::StaffMember m;
            m.branchId = m_branch.id;
            m.code =
                QStringLiteral("%1%2").arg(QLatin1String(g.prefix)).arg(i, 2, 10, QLatin1Char('0'));
            m.name = personName();
            m.role = g.role;
            m.team = utf8(g.teams[(i - 1) % 2]);
            // Most joined years ago; the last technician joins a quarter into the year, so
            // history-aware screens have someone with a short record.
            const bool newcomer = g.role == org::Role::TechnicalSupport && i == g.count;
            m.hireDate = newcomer ? first.addMonths(3).addDays(m_random.between(0, 20))
                                  : first.addDays(-m_random.between(200, 3650));
            if (auto s = staff.create(m); !s)
                return s;
            if (g.role == org::Role::TechnicalSupport) {
                Technician t;
                t.id = m.id;
                t.hired = m.hireDate;
                t.speed = 0.75 + 0.6 * m_random.uniform();
                t.quality = 0.80 + 0.16 * m_random.uniform();
                t.diagnosisTrained = demo::attendsDiagnosisCourse(m.code);
                m_technicians.push_back(t);
            } else if (g.role == org::Role::PartsLogistics) {
                m_partsStaff.push_back(m.id);
            }
        }
    }
    return {};
}

Result<qint64> DemoWorld::customerFor()
{
    // About one order in five comes from a customer seen before.
    if (!m_customers.empty() && m_random.chance(0.2))
        return m_customers[static_cast<std::size_t>(m_random.uniform() * m_customers.size())];
    Customer c;
    const QString surname = utf8(surnames[m_random.between(0, std::size(surnames) - 1)]);
    // Full names for most; the call centre often records only a surname and a title.
    c.name = m_random.chance(0.6)
                 ? surname + utf8(givenNames[m_random.between(0, std::size(givenNames) - 1)])
                 : surname + (m_random.chance(0.5) ? utf8("先生") : utf8("女士"));
    static const char *const prefixes[] = {"130", "131", "135", "136", "137", "138", "139",
                                           "150", "151", "158", "159", "177", "186", "188"};
    c.phone = utf8(prefixes[m_random.between(0, std::size(prefixes) - 1)]) +
              QStringLiteral("%1").arg(m_random.between(0, 99999999), 8, 10, QLatin1Char('0'));
    c.segment = m_random.chance(0.1) ? Customer::Segment::Key : Customer::Segment::Regular;
    if (auto s = m_customerRepository.create(c, CustomerRepository::Audit::Caller); !s)
        return s.error();
    m_customers.push_back(c.id);
    return c.id;
}

qint64 DemoWorld::businessTime(QDate day, int fromMinutes, int toMinutes)
{
    const int minute = m_random.between(fromMinutes, toMinutes);
    return m_local.toUtc(day, QTime(0, 0).addSecs(minute * 60 + m_random.between(0, 59)));
}

qint64 DemoWorld::pushIntoOpeningHours(qint64 utc)
{
    // The desk works 08:00-20:30 every day; later work waits for the next morning.
    const QDateTime local = m_local.localDateTime(utc);
    const int minutes = local.time().hour() * 60 + local.time().minute();
    if (minutes < 8 * 60)
        return businessTime(local.date(), 8 * 60, 9 * 60 + 30);
    if (minutes > 20 * 60 + 30)
        return businessTime(local.date().addDays(1), 8 * 60, 9 * 60 + 30);
    return utc;
}

GeneratedOrder DemoWorld::makeOrder(QDate day, int month)
{
    GeneratedOrder g;
    ServiceOrder &o = g.order;
    o.branchId = m_branch.id;

    const int hour = 8 + static_cast<int>(m_random.weighted(hourWeights));
    o.times.received =
        m_local.toUtc(day, QTime(hour, m_random.between(0, 59), m_random.between(0, 59)));

    std::vector<double> categoryWeights;
    for (const CategorySpec &c : categories())
        categoryWeights.push_back(c.weight * c.season[month - 1]);
    const CategorySpec &category = categories()[m_random.weighted(categoryWeights)];
    o.category = m_spelling.categoryText(category.name);
    const char *model = category.products[m_random.between(0, category.products.size() - 1)];
    o.product = m_spelling.productText(model, category.name);
    const FaultSpec &fault = category.faults[DemoDefects::fault(
        model, category.name, m_random.between(0, category.faults.size() - 1), day, m_last)];
    o.description = utf8(fault.name);
    o.channel = allChannels[m_random.weighted(channelWeights)];
    const std::size_t p = m_random.weighted(priorityWeights);
    o.priority = allPriorities[p];
    const SlaPolicy &policy = m_policies.forOrder(o.priority, o.category);

    std::vector<const Technician *> available;
    for (const Technician &t : m_technicians)
        if (t.hired <= day)
            available.push_back(&t);
    const Technician &tech =
        *available[static_cast<std::size_t>(m_random.uniform() * available.size())];
    o.technicianId = tech.id;
    g.experience.technicianQuality = tech.quality;

    // Response, diagnosis and the agreed solution: hours, inside opening hours, any day.
    const double responseHours = policy.responseHours * m_random.logNormal(0.25, 0.85);
    o.times.responded = pushIntoOpeningHours(o.times.received + qint64(responseHours * 3600) + 60);
    o.times.analysed = pushIntoOpeningHours(
        *o.times.responded + qint64(std::min(36.0, m_random.logNormal(1.5, 0.9)) * 3600) + 60);
    o.times.solution = pushIntoOpeningHours(
        *o.times.analysed + qint64(std::min(48.0, m_random.logNormal(2.5, 1.0)) * 3600) + 60);

    // Visits and repeat work depend on the technician.
    const bool remote = category.remoteFixable ? m_random.chance(0.35) : m_random.chance(0.05);
    o.visits = remote ? 0 : 1;
    // The fault-diagnosis training halves a trained technician's repeat visits and reopenings.
    double weakness = 1.0 - tech.quality;
    if (tech.diagnosisTrained && m_diagnosisDay.isValid() && day > m_diagnosisDay)
        weakness *= 0.45;
    if (!remote && m_random.chance(0.45 * weakness + 0.03))
        o.visits += m_random.chance(0.8) ? 1 : 2;
    o.reopened = m_random.chance(0.3 * weakness + 0.02) ? 1 : 0;

    // The repair happens on working days only.
    const QDate solutionDay = m_local.localDate(*o.times.solution);
    int days = static_cast<int>(m_random.weighted(implementationDays[p]));
    days = static_cast<int>(std::lround(days * tech.speed));
    const bool waitsForParts = !remote && m_random.chance(category.needsParts ? 0.16 : 0.07);
    if (waitsForParts)
        days += m_random.between(2, 6);
    days += (o.visits > 1 ? m_random.between(1, 2) * (o.visits - 1) : 0);
    QDate repairDay = days == 0 ? m_calendar.workingDayOnOrAfter(solutionDay)
                                : m_calendar.addWorkingDays(solutionDay, days);
    if (repairDay == solutionDay) {
        const qint64 later = *o.times.solution + qint64(m_random.logNormal(3.0, 0.6) * 3600);
        const qint64 lastSlot = m_local.toUtc(repairDay, QTime(19, 30));
        o.times.implemented =
            later <= lastSlot
                ? later
                : businessTime(m_calendar.addWorkingDays(repairDay, 1), 9 * 60, 18 * 60);
        if (later > lastSlot)
            repairDay = m_calendar.addWorkingDays(repairDay, 1);
    } else {
        o.times.implemented = businessTime(repairDay, 9 * 60, 18 * 60);
    }
    auto event = [&g](StageEvent::Kind kind, qint64 at, std::optional<qint64> staff,
                      const char *note) {
        StageEvent e;
        e.kind = kind;
        e.at = at;
        e.staffId = staff;
        e.note = utf8(note);
        g.events.push_back(e);
    };
    const qint64 repairMorning = m_local.toUtc(repairDay, QTime(8, 30));
    if (waitsForParts) {
        const std::optional<qint64> clerk =
            m_partsStaff.empty()
                ? std::nullopt
                : std::optional<qint64>(m_partsStaff[m_random.between(0, m_partsStaff.size() - 1)]);
        event(StageEvent::Kind::WaitPartsStart, *o.times.solution, clerk, "备件缺货，已向总仓订货");
        event(StageEvent::Kind::WaitPartsEnd, std::max(repairMorning, *o.times.solution), clerk,
              "备件到货");
    } else if (repairDay > solutionDay && m_random.chance(0.08)) {
        // The customer could not receive the technician earlier.
        event(StageEvent::Kind::WaitCustomerStart, *o.times.solution + 600, std::nullopt,
              "客户要求改约上门时间");
        event(StageEvent::Kind::WaitCustomerEnd, std::max(repairMorning, *o.times.solution + 600),
              std::nullopt, "客户确认上门时间");
    }

    // A reopened order is repaired again before the callback.
    QDate doneDay = repairDay;
    if (o.reopened) {
        const QDate complaintDay = m_calendar.addWorkingDays(repairDay, 1);
        event(StageEvent::Kind::Reopen, businessTime(complaintDay, 9 * 60, 11 * 60), std::nullopt,
              "客户反映故障复发，安排二次维修");
        doneDay = m_calendar.addWorkingDays(complaintDay, m_random.between(1, 4));
    }
    const int callbackDays = static_cast<int>(m_random.weighted({0.45, 0.45, 0.10}));
    const QDate callbackDay = m_calendar.addWorkingDays(doneDay, callbackDays);
    qint64 followedUp = businessTime(callbackDay, 10 * 60, 17 * 60 + 30);
    if (followedUp < *o.times.implemented + 3600)
        followedUp = *o.times.implemented + 3600;
    o.times.followedUp = followedUp;
    o.times.closed = m_random.chance(0.8)
                         ? followedUp + qint64(std::min(6.0, m_random.logNormal(1.0, 0.7)) * 3600)
                         : businessTime(m_calendar.addWorkingDays(callbackDay, 1), 9 * 60, 12 * 60);
    if (*o.times.closed < followedUp)
        o.times.closed = followedUp;
    // A late callback is not closed past midnight: the closing waits for the next working day.
    if (m_local.localDate(*o.times.closed) != m_local.localDate(followedUp))
        o.times.closed = businessTime(m_calendar.addWorkingDays(m_local.localDate(followedUp), 1),
                                      9 * 60, 12 * 60);

    // Complaints follow slow, repeated or badly handled service.
    const int resolution = m_calendar.workingDaysAfter(day, m_local.localDate(*o.times.closed));
    double complaintChance = 0.015;
    if (resolution > policy.resolutionWorkingDays)
        complaintChance *= 2.6;
    if (o.reopened)
        complaintChance *= 3.0;
    if (o.visits > 1)
        complaintChance *= 1.8;
    if (responseHours > policy.responseHours)
        complaintChance *= 1.5;
    o.complaint = m_random.chance(complaintChance);
    // A complaint is answered by the time it closes, in words the monthly report quotes.
    if (o.complaint) {
        StageEvent answer;
        answer.stage = QStringLiteral("closed");
        answer.at = *o.times.closed;
        answer.note = utf8(o.reopened ? "二次上门修复，主管致电致歉，客户接受"
                           : resolution > policy.resolutionWorkingDays
                               ? "说明延误原因并致歉，赠送一年延保"
                               : "主管回访说明处理过程与收费，客户表示理解");
        g.events.push_back(answer);
    }
    g.experience.lateResponse = responseHours > policy.responseHours;
    g.experience.lateResolution = resolution > policy.resolutionWorkingDays;

    // The demo's "now" is the end of its last month: later events have not happened yet.
    std::optional<qint64> *chain[] = {&o.times.responded,   &o.times.analysed,   &o.times.solution,
                                      &o.times.implemented, &o.times.followedUp, &o.times.closed};
    bool cut = false;
    for (auto *t : chain) {
        if (cut || (*t && **t >= m_cutoff)) {
            cut = true;
            t->reset();
        }
    }
    g.events.erase(std::remove_if(g.events.begin(), g.events.end(),
                                  [this](const StageEvent &e) { return e.at >= m_cutoff; }),
                   g.events.end());
    // A wait that started and has not ended by the cut-off is where the order stands.
    std::optional<StageEvent::Kind> waiting;
    for (const StageEvent &e : g.events) {
        if (e.kind == StageEvent::Kind::WaitPartsStart ||
            e.kind == StageEvent::Kind::WaitCustomerStart)
            waiting = e.kind;
        else if (e.kind == StageEvent::Kind::WaitPartsEnd ||
                 e.kind == StageEvent::Kind::WaitCustomerEnd)
            waiting.reset();
    }
    if (o.times.closed)
        o.status = OrderStatus::Closed;
    else if (waiting == StageEvent::Kind::WaitPartsStart)
        o.status = OrderStatus::WaitingParts;
    else if (waiting == StageEvent::Kind::WaitCustomerStart)
        o.status = OrderStatus::WaitingCustomer;
    else if (o.times.solution && !o.times.implemented && m_random.chance(0.3)) {
        o.status = OrderStatus::WaitingCustomer;
        event(StageEvent::Kind::WaitCustomerStart, *o.times.solution + 600, std::nullopt,
              "等待客户确认方案和费用");
    } else
        o.status = OrderStatus::Open;
    if (!o.times.closed && !o.times.implemented) {
        o.visits = 0; // nobody has been on site yet
        o.reopened = 0;
    }
    // The fault is known once the order is diagnosed.
    if (o.times.analysed)
        o.faultCode = QString::fromLatin1(fault.code);
    return g;
}

Status DemoWorld::run(const DemoGenerator::Progress &progress)
{
    const QDate last(m_options.lastMonth.year(), m_options.lastMonth.month(), 1);
    const QDate first = last.addMonths(-12 * DemoGenerator::yearsFor(m_options.orders) + 1);
    m_last = last;
    if (auto s = DemoDefects::installBase(m_db, first, last, m_options.orders); !s)
        return s;
    const QDate end = last.addMonths(1);
    m_cutoff = m_local.startOfDay(end);
    m_diagnosisDay = demo::diagnosisSessionDay(first, last);

    if (auto s = createStaff(); !s)
        return s;

    // Spread the orders over the days: weekdays busier than weekends, holidays quiet, the
    // seasons following the categories, a slight growth over the year.
    std::vector<QDate> days;
    std::vector<double> weights;
    const double weekdayFactor[] = {1.15, 1.0, 1.0, 1.0, 1.05, 0.8, 0.7};
    for (QDate d = first; d < end; d = d.addDays(1)) {
        double season = 0;
        for (const CategorySpec &c : categories())
            season += c.weight * c.season[d.month() - 1];
        const auto special = m_calendar.specialDay(d);
        const bool holiday = special && special->kind == WorkingCalendar::DayKind::Holiday;
        const double growth = 1.0 + 0.1 * first.daysTo(d) / 365.0;
        days.push_back(d);
        weights.push_back(weekdayFactor[d.dayOfWeek() - 1] * (holiday ? 0.45 : 1.0) * season *
                          growth);
    }
    double total = 0;
    for (double w : weights)
        total += w;
    // Largest remainder, so the days add up to exactly the number of orders asked for.
    std::vector<int> counts(days.size());
    std::vector<std::pair<double, std::size_t>> remainders;
    int assigned = 0;
    for (std::size_t i = 0; i < days.size(); ++i) {
        const double exact = m_options.orders * weights[i] / total;
        counts[i] = static_cast<int>(exact);
        assigned += counts[i];
        remainders.emplace_back(exact - counts[i], i);
    }
    std::sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) {
        return a.first > b.first || (a.first == b.first && a.second < b.second);
    });
    for (int i = 0; assigned < m_options.orders; ++i, ++assigned)
        ++counts[remainders[static_cast<std::size_t>(i) % remainders.size()].second];

    // The last year's follow-up calls carry a satisfaction survey (its own random stream, so
    // the orders are the same with or without it).
    auto survey = survey::SurveyRepository(m_db).latest(survey::SurveyRepository::defaultCode());
    if (!survey)
        return survey.error();
    const QDate surveysFrom = last.addMonths(-11);
    const qint64 surveysStart = m_local.startOfDay(surveysFrom);
    std::unique_ptr<demo::DemoSurveys> surveys;
    if (*survey)
        surveys = std::make_unique<demo::DemoSurveys>(m_db, m_uids, **survey, m_branch.id,
                                                      m_options.seed ^ 0x5A7E5A7EULL,
                                                      m_cutoff - 3 * 86400);

    // The equipment sees each order as it is made (its own random stream).
    std::vector<qint64> technicianIds;
    for (const Technician &t : m_technicians)
        technicianIds.push_back(t.id);
    DemoEquipment equipment(m_db, m_branch.id, m_calendar, m_local, last, technicianIds,
                            m_options.seed ^ 0xE9A1E9A1ULL);

    OrderRepository orders(m_db);
    if (auto s = orders.beginBulk(); !s)
        return s;
    StageEventRepository events(m_db);
    qint64 done = 0;
    qint64 eventCount = 0;
    for (std::size_t i = 0; i < days.size(); ++i) {
        std::vector<GeneratedOrder> today;
        today.reserve(static_cast<std::size_t>(counts[i]));
        for (int n = 0; n < counts[i]; ++n) {
            today.push_back(makeOrder(days[i], days[i].month()));
            auto customer = customerFor();
            if (!customer)
                return customer.error();
            today.back().order.customerId = *customer;
        }
        std::sort(today.begin(), today.end(), [](const GeneratedOrder &a, const GeneratedOrder &b) {
            return a.order.times.received < b.order.times.received;
        });
        int sequence = 0;
        for (GeneratedOrder &g : today) {
            g.order.orderNo = QStringLiteral("SO%1%2")
                                  .arg(days[i].toString(QStringLiteral("yyyyMMdd")))
                                  .arg(++sequence, 4, 10, QLatin1Char('0'));
            g.order.uid = m_uids.nextAt(g.order.times.received * 1000);
            if (auto s = orders.insert(g.order, OrderRepository::Audit::Caller); !s)
                return s;
            equipment.note(g.order);
            if (surveys && g.order.times.received >= surveysStart)
                if (auto s = surveys->add(g.order, g.experience); !s)
                    return s;
            for (StageEvent &e : g.events) {
                e.orderId = g.order.id;
                e.uid = m_uids.nextAt(e.at * 1000);
                if (auto s = events.add(e, StageEventRepository::Audit::Caller); !s)
                    return s;
                ++eventCount;
            }
            if (++done % 500 == 0 && progress && !progress(done, m_options.orders))
                return makeError(ErrorKind::Cancelled,
                                 DemoGenerator::tr("Demo generation was cancelled."));
        }
    }

    // Bulk-generated rows are audited as the batch that made them.
    if (auto s = orders.endBulk(); !s)
        return s;
    AuditLog audit(m_db);
    const QJsonObject batch{
        {QStringLiteral("seed"), QString::number(m_options.seed)},
        {QStringLiteral("first_month"), first.toString(QStringLiteral("yyyy-MM"))},
        {QStringLiteral("last_month"), last.toString(QStringLiteral("yyyy-MM"))}};
    const struct {
        const char *entity;
        qint64 count;
    } batches[] = {{"customer", static_cast<qint64>(m_customers.size())},
                   {"service_order", done},
                   {"stage_event", eventCount},
                   {"survey_response", surveys ? surveys->responses() : 0}};
    for (const auto &b : batches) {
        QJsonObject after = batch;
        after.insert(QStringLiteral("generated"), static_cast<double>(b.count));
        after.insert(QStringLiteral("source"), QStringLiteral("demo"));
        if (QLatin1String(b.entity) == QLatin1String("service_order"))
            orders.addBatchRange(after);
        if (auto s = audit.record(AuditLog::Action::Bulk, QLatin1String(b.entity),
                                  m_db.uids().next(), {}, after);
            !s)
            return s;
    }
    if (auto s = demo::generateDemoInspections(m_db, m_branch, first, last, m_random); !s)
        return s;
    if (auto s = demo::generateDemoTraining(m_db, m_branch, first, last, m_random); !s)
        return s;
    if (auto s = DemoCases::write(m_db, m_local, first, last); !s)
        return s;
    if (auto s = equipment.write(); !s)
        return s;
    if (progress)
        progress(done, m_options.orders);
    return {};
}

} // namespace servicelens::demo
