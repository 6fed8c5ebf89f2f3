// SPDX-License-Identifier: GPL-3.0-or-later
#include "KpiEngine.h"
#include "KpiCatalogue.h"

#include "common/Statistics.h"
#include "flow/CalendarRepository.h"
#include "io/OrderedJson.h"
#include "org/Staff.h"
#include "storage/Database.h"
#include "storage/FastQuery.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <map>
#include <unordered_map>

namespace servicelens::kpi {

ActionAtMonthEnd ActionAtMonthEnd::of(qint64 createdAt, std::optional<qint64> doneAt, QDate due,
                                      qint64 start, qint64 end, QDate lastDay)
{
    ActionAtMonthEnd a;
    a.existed = createdAt < end;
    a.open = a.existed && (!doneAt || *doneAt >= end);
    a.overdue = a.open && due.isValid() && due <= lastDay;
    a.doneInMonth = doneAt && *doneAt >= start && *doneAt < end;
    return a;
}

QString dwellStageCode(DwellStage stage)
{
    switch (stage) {
    case DwellStage::Analysis:
        return QStringLiteral("analysis");
    case DwellStage::Solution:
        return QStringLiteral("solution");
    case DwellStage::Implementation:
        return QStringLiteral("implementation");
    case DwellStage::FollowUp:
        return QStringLiteral("follow_up");
    case DwellStage::Closing:
        return QStringLiteral("closing");
    }
    return {};
}

const std::vector<QString> &surveyDimensionCodes()
{
    static const std::vector<QString> codes = {
        QStringLiteral("response_speed"),  QStringLiteral("professionalism"),
        QStringLiteral("resolution"),      QStringLiteral("communication"),
        QStringLiteral("attitude"),        QStringLiteral("transparency"),
        QStringLiteral("brand_impression")};
    return codes;
}

struct KpiEngine::Cache {
    flow::WorkingCalendar calendar;
    // Targets by priority index (urgent, high, normal, low).
    std::array<double, 4> responseHours{};
    std::array<int, 4> resolutionDays{};
    std::map<qint64, std::pair<QString, QString>> staff; // id -> code, name
    std::map<qint64, QString> teams;                     // id -> team
    // Survey questions by id: what an answer counts for, so the month's answers are read
    // without joining the question table or converting text per answer.
    struct QuestionKind {
        enum Type { Other, Csat, Nps, Likert } type = Other;
        int dimension = -1; // index in surveyDimensionCodes()
    };
    std::unordered_map<qint64, QuestionKind> questions;
};

namespace {

// The priority column's first letter is unique among urgent/high/normal/low.
int priorityIndex(const unsigned char *text)
{
    switch (text ? text[0] : 'n') {
    case 'u':
        return 0;
    case 'h':
        return 1;
    case 'l':
        return 3;
    default:
        return 2;
    }
}

struct TechnicianTally {
    qint64 closed = 0;
    qint64 firstTimeFixes = 0;
    qint64 complaints = 0;
    std::vector<double> resolution;
    qint64 csatAnswers = 0;
    qint64 csatSatisfied = 0;
    qint64 slaMet = 0;
    qint64 reopened = 0;
    qint64 npsAnswers = 0;
    qint64 promoters = 0;
    qint64 detractors = 0;

    void add(const TechnicianTally &o)
    {
        closed += o.closed;
        firstTimeFixes += o.firstTimeFixes;
        complaints += o.complaints;
        resolution.insert(resolution.end(), o.resolution.begin(), o.resolution.end());
        csatAnswers += o.csatAnswers;
        csatSatisfied += o.csatSatisfied;
        slaMet += o.slaMet;
        reopened += o.reopened;
        npsAnswers += o.npsAnswers;
        promoters += o.promoters;
        detractors += o.detractors;
    }
    TechnicianKpis figures() const
    {
        TechnicianKpis t;
        t.closed = closed;
        t.resolutionWdMean = stats::mean(resolution);
        t.resolutionWdP90 = stats::p90(resolution);
        t.firstTimeFixRate = stats::rate(firstTimeFixes, closed);
        t.slaMetRate = stats::rate(slaMet, closed);
        t.reopenRate = stats::rate(reopened, closed);
        t.complaints = complaints;
        t.csat = stats::rate(csatSatisfied, csatAnswers);
        t.csatAnswers = csatAnswers;
        if (npsAnswers > 0)
            t.nps = 100.0 * static_cast<double>(promoters - detractors) /
                    static_cast<double>(npsAnswers);
        t.npsAnswers = npsAnswers;
        return t;
    }
};

} // namespace

KpiEngine::KpiEngine(Database &db)
    : m_db(db)
{}

KpiEngine::~KpiEngine() = default;

Status KpiEngine::reload()
{
    auto cache = std::make_unique<Cache>();
    auto calendar = flow::CalendarRepository(m_db).load();
    if (!calendar)
        return calendar.error();
    cache->calendar = std::move(*calendar);
    auto policies = flow::SlaPolicyRepository(m_db).list();
    if (!policies)
        return policies.error();
    // Defaults first, so a workbook missing a row still measures against KPI.md's targets.
    for (const flow::SlaPolicy &p : flow::SlaPolicy::defaults()) {
        cache->responseHours[static_cast<std::size_t>(p.priority)] = p.responseHours;
        cache->resolutionDays[static_cast<std::size_t>(p.priority)] = p.resolutionWorkingDays;
    }
    for (const flow::SlaPolicy &p : *policies) {
        cache->responseHours[static_cast<std::size_t>(p.priority)] = p.responseHours;
        cache->resolutionDays[static_cast<std::size_t>(p.priority)] = p.resolutionWorkingDays;
    }
    auto staff = org::StaffRepository(m_db).list();
    if (!staff)
        return staff.error();
    for (const org::StaffMember &m : *staff) {
        cache->staff[m.id] = {m.code, m.name};
        cache->teams[m.id] = m.team;
    }
    {
        const auto &dimensions = surveyDimensionCodes();
        FastQuery q(m_db, "SELECT id, type, dimension FROM survey_question");
        while (q.next()) {
            Cache::QuestionKind kind;
            const QString type = q.text(1);
            if (type == QLatin1String("csat5"))
                kind.type = Cache::QuestionKind::Csat;
            else if (type == QLatin1String("nps"))
                kind.type = Cache::QuestionKind::Nps;
            else if (type == QLatin1String("likert5"))
                kind.type = Cache::QuestionKind::Likert;
            const auto d = std::find(dimensions.begin(), dimensions.end(), q.text(2));
            kind.dimension = d == dimensions.end() ? -1 : static_cast<int>(d - dimensions.begin());
            cache->questions[q.int64(0)] = kind;
        }
        if (!q.status())
            return q.status();
    }
    m_cache = std::move(cache);
    return {};
}

Result<const KpiEngine::Cache *> KpiEngine::cache()
{
    if (!m_cache)
        if (auto s = reload(); !s)
            return s.error();
    return m_cache.get();
}

std::optional<QDate> KpiEngine::parseMonth(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate d(match.captured(1).toInt(), match.captured(2).toInt(), 1);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

Result<MonthKpis> KpiEngine::compute(const Branch &branch, QDate month, int sections)
{
    const QDate first(month.year(), month.month(), 1);
    return computePeriod(branch, first, first.addMonths(1), sections);
}

Result<MonthKpis> KpiEngine::computePeriod(const Branch &branch, QDate from, QDate to, int sections)
{
    auto cached = cache();
    if (!cached)
        return cached.error();
    const Cache &c = **cached;
    const LocalTime local(QTimeZone(branch.timeZone.toUtf8()));
    const QDate first = from;
    // Backlog and inspections are month figures (KPI.md): computed for whole months only.
    const bool wholeMonth = from.day() == 1 && to == from.addMonths(1);
    const qint64 start = local.startOfDay(from);
    const qint64 end = local.startOfDay(to);

    MonthKpis k;
    k.month = first;
    k.branchCode = branch.code;
    k.calendarCoversMonth = c.calendar.covers(first.year());
    for (const QString &code : surveyDimensionCodes())
        k.surveys.dimensions.push_back(DimensionKpis{code, std::nullopt, std::nullopt, 0});
    OrderKpis &o = k.orders;
    std::map<qint64, TechnicianTally> technicians;

    // Orders received in the month.
    {
        FastQuery q(m_db, "SELECT priority, complaint, received_at, responded_at, technician_id "
                          "FROM service_order WHERE branch_id = ?1 AND received_at >= ?2 AND "
                          "received_at < ?3");
        q.bind(1, branch.id).bind(2, start).bind(3, end);
        std::vector<double> responseHours;
        qint64 withinTarget = 0;
        while (q.next()) {
            ++o.received;
            const auto pi = static_cast<std::size_t>(priorityIndex(q.rawText(0)));
            const bool complaint = q.int64(1) != 0;
            const qint64 received = q.int64(2);
            if (complaint)
                ++o.complaints;
            if (!q.isNull(3)) {
                const double hours = static_cast<double>(q.int64(3) - received) / 3600.0;
                responseHours.push_back(hours);
                if (hours <= c.responseHours[pi])
                    ++withinTarget;
            }
            if (!q.isNull(4) && complaint)
                ++technicians[q.int64(4)].complaints;
            else if (!q.isNull(4))
                technicians[q.int64(4)]; // received in the month: listed even without closures
        }
        if (!q.status())
            return q.status().error();
        o.complaintRate = stats::rate(o.complaints, o.received);
        o.responseHoursMean = stats::mean(responseHours);
        o.responseWithinTargetRate = stats::rate(withinTarget, o.received);
    }

    // Orders closed in the month.
    {
        FastQuery q(m_db, "SELECT received_at, responded_at, closed_at, priority, visits, "
                          "reopened, technician_id, analysed_at, solution_at, implemented_at, "
                          "followed_up_at FROM service_order WHERE branch_id = ?1 AND "
                          "closed_at >= ?2 AND closed_at < ?3");
        q.bind(1, branch.id).bind(2, start).bind(3, end);
        std::vector<double> resolution;
        std::array<std::vector<double>, dwellStageCount> dwell;
        qint64 resolutionMet = 0;
        qint64 slaMet = 0;
        qint64 firstTimeFixes = 0;
        qint64 reopened = 0;
        while (q.next()) {
            ++o.closed;
            const qint64 received = q.int64(0);
            const qint64 closed = q.int64(2);
            const auto pi = static_cast<std::size_t>(priorityIndex(q.rawText(3)));
            const int wd =
                c.calendar.workingDaysAfter(local.localDate(received), local.localDate(closed));
            resolution.push_back(wd);
            const bool resolutionOk = wd <= c.resolutionDays[pi];
            const bool responseOk =
                !q.isNull(1) &&
                static_cast<double>(q.int64(1) - received) / 3600.0 <= c.responseHours[pi];
            resolutionMet += resolutionOk;
            slaMet += resolutionOk && responseOk;
            const bool ftf = q.int64(4) <= 1 && q.int64(5) == 0;
            firstTimeFixes += ftf;
            reopened += q.int64(5) > 0;

            // Dwell: analysed - received, solution - analysed, ..., closed - followed_up.
            const std::array<int, 6> columns = {0, 7, 8, 9, 10, 2};
            for (int s = 0; s < dwellStageCount; ++s) {
                const int from = columns[static_cast<std::size_t>(s)];
                const int to = columns[static_cast<std::size_t>(s) + 1];
                if (!q.isNull(from) && !q.isNull(to))
                    dwell[static_cast<std::size_t>(s)].push_back(
                        static_cast<double>(q.int64(to) - q.int64(from)) / 3600.0);
            }
            if (!q.isNull(6)) {
                TechnicianTally &t = technicians[q.int64(6)];
                ++t.closed;
                t.firstTimeFixes += ftf;
                t.resolution.push_back(wd);
                t.slaMet += resolutionOk && responseOk;
                t.reopened += q.int64(5) > 0;
            }
        }
        if (!q.status())
            return q.status().error();
        o.resolutionWdMean = stats::mean(resolution);
        o.resolutionWdMedian = stats::median(resolution);
        o.resolutionWdP90 = stats::p90(resolution);
        o.resolutionWithinTargetRate = stats::rate(resolutionMet, o.closed);
        o.slaMetRate = stats::rate(slaMet, o.closed);
        o.firstTimeFixRate = stats::rate(firstTimeFixes, o.closed);
        o.reopenRate = stats::rate(reopened, o.closed);
        for (int s = 0; s < dwellStageCount; ++s) {
            const auto median = stats::median(dwell[static_cast<std::size_t>(s)]);
            o.stageDwellHoursMedian[static_cast<std::size_t>(s)] = median;
            // The largest median; on a tie the earlier stage stays.
            const auto &best = o.bottleneckStage;
            if (median &&
                (!best || *median > *o.stageDwellHoursMedian[static_cast<std::size_t>(*best)]))
                o.bottleneckStage = static_cast<DwellStage>(s);
        }
    }

    // Backlog at the end of the month: received before the end, not closed before the end.
    // closed_at >= received_at always, so it is "received up to M" minus "closed up to M",
    // both kept per month by triggers (schema step 3).
    if (wholeMonth) {
        FastQuery q(m_db, "SELECT coalesce(sum(received) - sum(closed), 0) FROM order_month_count "
                          "WHERE branch_id = ?1 AND month <= ?2");
        q.bind(1, branch.id).bind(2, static_cast<qint64>(LocalTime::monthKey(first)));
        if (q.next())
            o.backlogEnd = q.int64(0);
        if (!q.status())
            return q.status().error();
    }

    if ((sections & Inspections) && wholeMonth)
        if (auto s = computeInspections(branch.id, local, first, k.inspections); !s)
            return s.error();

    // Surveys (KPI.md): invitations by sent_at, responses and their answers by responded_at.
    if (sections & Surveys) {
        {
            FastQuery q(m_db, "SELECT count(*), count(responded_at) FROM survey_response WHERE "
                              "branch_id = ?1 AND sent_at >= ?2 AND sent_at < ?3");
            q.bind(1, branch.id).bind(2, start).bind(3, end);
            if (q.next()) {
                k.surveys.invitations = q.int64(0);
                k.surveys.responseRate = stats::rate(q.int64(1), q.int64(0));
            }
            if (!q.status())
                return q.status().error();
        }
        {
            FastQuery q(m_db, "SELECT count(*) FROM survey_response WHERE branch_id = ?1 AND "
                              "responded_at >= ?2 AND responded_at < ?3");
            q.bind(1, branch.id).bind(2, start).bind(3, end);
            if (q.next())
                k.surveys.responses = q.int64(0);
            if (!q.status())
                return q.status().error();
        }
        {
            FastQuery q(m_db,
                        "SELECT a.question_id, a.value, r.order_id FROM survey_response r JOIN "
                        "survey_answer a ON a.response_id = r.id WHERE r.branch_id = ?1 AND "
                        "r.responded_at >= ?2 AND r.responded_at < ?3 AND a.value IS NOT NULL");
            q.bind(1, branch.id).bind(2, start).bind(3, end);
            FastQuery technicianOf(m_db, "SELECT technician_id FROM service_order WHERE id = ?1");
            // Whose order an answer is about, looked up once per order (an order has several
            // answers), and only when the period lists technicians.
            qint64 lastOrder = -1;
            TechnicianTally *lastTally = nullptr;
            auto tallyOf = [&](const FastQuery &row) -> TechnicianTally * {
                if (technicians.empty() || row.isNull(2))
                    return nullptr;
                const qint64 order = row.int64(2);
                if (order == lastOrder)
                    return lastTally;
                lastOrder = order;
                lastTally = nullptr;
                technicianOf.reset();
                technicianOf.bind(1, order);
                if (technicianOf.next() && !technicianOf.isNull(0)) {
                    const auto t = technicians.find(technicianOf.int64(0));
                    if (t != technicians.end())
                        lastTally = &t->second;
                }
                return lastTally;
            };
            qint64 csatN = 0, csatHigh = 0, npsN = 0, promoters = 0, detractors = 0;
            const std::size_t dimensionCount = k.surveys.dimensions.size();
            std::vector<std::vector<double>> dimensionValues(dimensionCount);
            std::vector<qint64> dimensionTop2(dimensionCount, 0);
            while (q.next()) {
                auto kind = c.questions.find(q.int64(0));
                if (kind == c.questions.end())
                    continue; // a question added since the cache was loaded: reload() to see it
                const double v = q.real(1);
                switch (kind->second.type) {
                case Cache::QuestionKind::Csat:
                    ++csatN;
                    csatHigh += v >= 4 ? 1 : 0;
                    if (TechnicianTally *t = tallyOf(q)) {
                        ++t->csatAnswers;
                        t->csatSatisfied += v >= 4 ? 1 : 0;
                    }
                    break;
                case Cache::QuestionKind::Nps:
                    ++npsN;
                    promoters += v >= 9 ? 1 : 0;
                    detractors += v <= 6 ? 1 : 0;
                    if (TechnicianTally *t = tallyOf(q)) {
                        ++t->npsAnswers;
                        t->promoters += v >= 9 ? 1 : 0;
                        t->detractors += v <= 6 ? 1 : 0;
                    }
                    break;
                case Cache::QuestionKind::Likert:
                    if (kind->second.dimension >= 0 &&
                        static_cast<std::size_t>(kind->second.dimension) < dimensionCount) {
                        const auto d = static_cast<std::size_t>(kind->second.dimension);
                        dimensionValues[d].push_back(v);
                        dimensionTop2[d] += v >= 4 ? 1 : 0;
                    }
                    break;
                case Cache::QuestionKind::Other:
                    break;
                }
            }
            if (!technicianOf.status())
                return technicianOf.status().error();
            if (!q.status())
                return q.status().error();
            k.surveys.csat = stats::rate(csatHigh, csatN);
            if (npsN > 0)
                k.surveys.nps =
                    100.0 * static_cast<double>(promoters - detractors) / static_cast<double>(npsN);
            for (std::size_t i = 0; i < dimensionCount; ++i) {
                DimensionKpis &d = k.surveys.dimensions[i];
                d.n = static_cast<qint64>(dimensionValues[i].size());
                d.mean = stats::mean(dimensionValues[i]);
                d.top2 = stats::rate(dimensionTop2[i], d.n);
            }
        }
    }

    std::map<QString, TechnicianTally> teams;
    for (const auto &[id, tally] : technicians) {
        TechnicianKpis t = tally.figures();
        const auto who = c.staff.find(id);
        t.code = who != c.staff.end() ? who->second.first : QString::number(id);
        t.name = who != c.staff.end() ? who->second.second : QString();
        const auto team = c.teams.find(id);
        t.team = team != c.teams.end() ? team->second : QString();
        k.technicians.push_back(t);
        teams[t.team].add(tally);
    }
    for (const auto &[name, tally] : teams) {
        TechnicianKpis t = tally.figures();
        t.code = name;
        t.name = name;
        t.team = name;
        k.teams.push_back(t);
    }
    std::sort(k.technicians.begin(), k.technicians.end(),
              [](const TechnicianKpis &a, const TechnicianKpis &b) { return a.code < b.code; });
    return k;
}

Result<InspectionKpis> KpiEngine::inspections(const Branch &branch, QDate month)
{
    const LocalTime local(QTimeZone(branch.timeZone.toUtf8()));
    InspectionKpis in;
    if (auto s = computeInspections(branch.id, local, QDate(month.year(), month.month(), 1), in);
        !s)
        return s.error();
    return in;
}

// KPI.md "Inspections and corrective actions". Scores are computed once, by
// inspection::Scoring when an inspection is completed or amended, and stored with it.
Status KpiEngine::computeInspections(qint64 branchId, const LocalTime &local, QDate first,
                                     InspectionKpis &in)
{
    const qint64 start = local.startOfDay(first);
    const qint64 end = local.startOfDay(first.addMonths(1));
    const QString firstDay = first.toString(Qt::ISODate);
    const QString lastDay = first.addMonths(1).addDays(-1).toString(Qt::ISODate);
    {
        FastQuery q(m_db, "SELECT count(*), avg(score), coalesce(sum(passed = 0), 0) FROM "
                          "inspection WHERE branch_id = ?1 AND status = 'completed' AND "
                          "completed_at >= ?2 AND completed_at < ?3");
        q.bind(1, branchId).bind(2, start).bind(3, end);
        if (q.next()) {
            in.completed = q.int64(0);
            if (!q.isNull(1))
                in.meanScore = q.real(1);
            in.failed = q.int64(2);
        }
        if (!q.status())
            return q.status();
    }
    {
        // The actions as they stood at the month's end, by the rule of ActionAtMonthEnd.
        FastQuery q(m_db, "SELECT created_at, done_at, due_date FROM corrective_action "
                          "WHERE branch_id = ?1 AND created_at < ?2");
        q.bind(1, branchId).bind(2, end);
        const QDate last = first.addMonths(1).addDays(-1);
        while (q.next()) {
            const auto a = ActionAtMonthEnd::of(
                q.int64(0), q.isNull(1) ? std::nullopt : std::optional<qint64>(q.int64(1)),
                QDate::fromString(q.text(2), Qt::ISODate), start, end, last);
            in.actionsOpenEnd += a.open;
            in.actionsOverdueEnd += a.overdue;
        }
        if (!q.status())
            return q.status();
    }
    {
        // Done on time: the local date of done_at on or before the due date.
        FastQuery q(m_db, "SELECT due_date, done_at FROM corrective_action WHERE branch_id = ?1 "
                          "AND due_date >= ?2 AND due_date <= ?3");
        q.bind(1, branchId).bind(2, firstDay).bind(3, lastDay);
        qint64 due = 0;
        qint64 onTime = 0;
        while (q.next()) {
            ++due;
            const QDate dueDate = QDate::fromString(q.text(0), Qt::ISODate);
            if (!q.isNull(1) && local.localDate(q.int64(1)) <= dueDate)
                ++onTime;
        }
        if (!q.status())
            return q.status();
        in.actionsOnTimeRate = stats::rate(onTime, due);
    }
    return {};
}

Result<std::vector<MonthKpis>> KpiEngine::computeTrend(const Branch &branch, QDate lastMonth,
                                                       int count, int sections)
{
    std::vector<MonthKpis> months;
    const QDate last(lastMonth.year(), lastMonth.month(), 1);
    for (int i = count - 1; i >= 0; --i) {
        auto k = compute(branch, last.addMonths(-i), sections);
        if (!k)
            return k.error();
        months.push_back(std::move(*k));
    }
    return months;
}

QString KpiEngine::toJson(const MonthKpis &k, int indent)
{
    using io::OrderedJson;
    const OrderKpis &o = k.orders;
    OrderedJson dwell = OrderedJson::object();
    for (int s = 0; s < dwellStageCount; ++s)
        dwell.add(dwellStageCode(static_cast<DwellStage>(s)),
                  OrderedJson::number(o.stageDwellHoursMedian[static_cast<std::size_t>(s)]));
    // The scalar figures come from the catalogue, in its (KPI.md's) order; each section's
    // structured parts follow them.
    auto section = [&k](KpiSection which) {
        OrderedJson out = OrderedJson::object();
        for (const KpiDefinition *d : KpiCatalogue::section(which)) {
            const std::optional<double> v = d->value(k);
            out.add(d->jsonName(), d->unit == KpiUnit::Count
                                       ? OrderedJson::number(static_cast<qint64>(v.value_or(0)))
                                       : OrderedJson::number(v));
        }
        return out;
    };
    OrderedJson orders = section(KpiSection::Orders);
    orders.add(QStringLiteral("stage_dwell_hours_median"), std::move(dwell))
        .add(QStringLiteral("bottleneck_stage"),
             o.bottleneckStage ? OrderedJson::string(dwellStageCode(*o.bottleneckStage))
                               : OrderedJson::null());

    OrderedJson dimensions = OrderedJson::object();
    for (const DimensionKpis &d : k.surveys.dimensions) {
        OrderedJson dim = OrderedJson::object();
        dim.add(QStringLiteral("mean"), OrderedJson::number(d.mean))
            .add(QStringLiteral("top2"), OrderedJson::number(d.top2))
            .add(QStringLiteral("n"), OrderedJson::number(d.n));
        dimensions.add(d.code, std::move(dim));
    }
    OrderedJson surveys = section(KpiSection::Surveys);
    surveys.add(QStringLiteral("dimensions"), std::move(dimensions));
    OrderedJson inspections = section(KpiSection::Inspections);

    OrderedJson technicians = OrderedJson::array();
    for (const TechnicianKpis &t : k.technicians) {
        OrderedJson tech = OrderedJson::object();
        tech.add(QStringLiteral("code"), OrderedJson::string(t.code))
            .add(QStringLiteral("name"), OrderedJson::string(t.name))
            .add(QStringLiteral("closed"), OrderedJson::number(t.closed))
            .add(QStringLiteral("resolution_wd_mean"), OrderedJson::number(t.resolutionWdMean))
            .add(QStringLiteral("first_time_fix_rate"), OrderedJson::number(t.firstTimeFixRate))
            .add(QStringLiteral("complaints"), OrderedJson::number(t.complaints))
            .add(QStringLiteral("csat"), OrderedJson::number(t.csat));
        technicians.append(std::move(tech));
    }

    OrderedJson root = OrderedJson::object();
    root.add(QStringLiteral("month"),
             OrderedJson::string(k.month.toString(QStringLiteral("yyyy-MM"))))
        .add(QStringLiteral("branch"), OrderedJson::string(k.branchCode))
        .add(QStringLiteral("orders"), std::move(orders))
        .add(QStringLiteral("surveys"), std::move(surveys))
        .add(QStringLiteral("inspections"), std::move(inspections))
        .add(QStringLiteral("technicians"), std::move(technicians));
    return root.toString(indent);
}

} // namespace servicelens::kpi
