// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonthlyReport.h"

#include "ReportDuties.h"
#include "ReportQuality.h"
#include "ReportReviews.h"

#include "ReportText.h"
#include "common/LocalTime.h"
#include "flow/FlowTypes.h"
#include "inspection/CorrectiveAction.h"
#include "inspection/InspectionRepository.h"
#include "kpi/InspectionAnalysis.h"
#include "kpi/KpiCatalogue.h"
#include "kpi/KpiEngine.h"
#include "org/Branch.h"
#include "storage/AuditChain.h"
#include "storage/Database.h"
#include "storage/FastQuery.h"
#include "team/Training.h"

#include <QTimeZone>

#include <map>
#include <set>

namespace servicelens::report {

using namespace flow;
using namespace kpi;

namespace {

// The words for the codes stored in orders (status, priority, channel), the dwell stages and
// the survey dimensions.
struct CodeWord {
    const char *code;
    const char *source;
};
const CodeWord codeWords[] = {
    {"received", QT_TRANSLATE_NOOP("Report", "received")},
    {"analysed", QT_TRANSLATE_NOOP("Report", "analysed")},
    {"implemented", QT_TRANSLATE_NOOP("Report", "repaired")},
    {"followed_up", QT_TRANSLATE_NOOP("Report", "followed up")},
    {"open", QT_TRANSLATE_NOOP("Report", "open")},
    {"waiting_parts", QT_TRANSLATE_NOOP("Report", "waiting for parts")},
    {"waiting_customer", QT_TRANSLATE_NOOP("Report", "waiting for customer")},
    {"closed", QT_TRANSLATE_NOOP("Report", "closed")},
    {"urgent", QT_TRANSLATE_NOOP("Report", "urgent")},
    {"high", QT_TRANSLATE_NOOP("Report", "high")},
    {"normal", QT_TRANSLATE_NOOP("Report", "normal")},
    {"low", QT_TRANSLATE_NOOP("Report", "low")},
    {"phone", QT_TRANSLATE_NOOP("Report", "phone")},
    {"email", QT_TRANSLATE_NOOP("Report", "email")},
    {"online", QT_TRANSLATE_NOOP("Report", "online")},
    {"app", QT_TRANSLATE_NOOP("Report", "app")},
    {"wechat", QT_TRANSLATE_NOOP("Report", "WeChat")},
    {"walk_in", QT_TRANSLATE_NOOP("Report", "walk-in")},
    {"analysis", QT_TRANSLATE_NOOP("Report", "analysis")},
    {"solution", QT_TRANSLATE_NOOP("Report", "solution")},
    {"implementation", QT_TRANSLATE_NOOP("Report", "implementation")},
    {"follow_up", QT_TRANSLATE_NOOP("Report", "follow-up")},
    {"closing", QT_TRANSLATE_NOOP("Report", "closing")},
    {"response_speed", QT_TRANSLATE_NOOP("Report", "Response speed")},
    {"professionalism", QT_TRANSLATE_NOOP("Report", "Professionalism")},
    {"resolution", QT_TRANSLATE_NOOP("Report", "Resolution")},
    {"communication", QT_TRANSLATE_NOOP("Report", "Communication")},
    {"attitude", QT_TRANSLATE_NOOP("Report", "Attitude")},
    {"transparency", QT_TRANSLATE_NOOP("Report", "Transparency")},
    {"brand_impression", QT_TRANSLATE_NOOP("Report", "Brand impression")},
    {"overall", QT_TRANSLATE_NOOP("Report", "Overall")},
};

// Whether the workbook holds anything for the month. A month before the branch's records began
// is left blank in the comparison columns rather than shown as zero orders, which would read as
// a collapse in volume.
bool hasRecords(const MonthKpis &k)
{
    return k.orders.received > 0 || k.orders.closed > 0 || k.orders.backlogEnd > 0 ||
           k.surveys.invitations > 0 || k.inspections.completed > 0 ||
           k.inspections.actionsOpenEnd > 0;
}

// The month being reported: its first day and [start, end) in UTC seconds of local midnights.
struct MonthSpan {
    QDate first;
    qint64 start = 0;
    qint64 end = 0;
};

// The month's orders (received or closed in it) when every order is asked for, else only its
// complaints; phones masked unless asked for.
Status addOrders(Database &db, const Branch &branch, const MonthSpan &m, const ReportText &tx,
                 const MonthlyReportBuilder::Options &options, MonthlyReport &r)
{
    const bool everyOrder = (options.parts & MonthlyReportBuilder::OrderList) != 0;
    // Two index ranges, not one OR: with bound values SQLite would walk every order of the
    // branch (0.4 s on a million orders). The raw statement: a month is tens of thousands of
    // orders, where QtSql's per-value QVariant costs more than SQLite's own work.
    const char *columns =
        "SELECT o.order_no, o.received_at, o.closed_at, o.status, o.priority, o.channel, "
        "o.category, o.product, coalesce(s.code || ' ' || s.name, ''), coalesce(c.name, ''), "
        "coalesce(c.phone, ''), o.complaint, o.visits, o.reopened FROM service_order o "
        "LEFT JOIN staff s ON s.id = o.technician_id LEFT JOIN customer c ON c.id = "
        "o.customer_id WHERE o.id IN ";
    const char *which =
        everyOrder ? "(SELECT id FROM service_order WHERE branch_id = ?1 AND received_at >= ?2 "
                     "AND received_at < ?3 UNION ALL SELECT id FROM service_order WHERE "
                     "branch_id = ?1 AND closed_at >= ?2 AND closed_at < ?3) "
                   : "(SELECT id FROM service_order WHERE branch_id = ?1 AND received_at >= ?2 "
                     "AND received_at < ?3 AND complaint = 1) ";
    const QByteArray sql = QByteArray(columns) + which + "ORDER BY o.received_at, o.id";
    FastQuery q(db, sql.constData());
    q.bind(1, branch.id).bind(2, m.start).bind(3, m.end);
    QHash<QString, QString> words; // a handful of codes, each translated once
    auto word = [&](int column) {
        const QString code = q.text(column);
        auto it = words.constFind(code);
        if (it == words.constEnd())
            it = words.insert(code, MonthlyReportBuilder::word(tx, code));
        return *it;
    };
    while (q.next()) {
        ReportOrder o;
        o.orderNo = q.text(0);
        o.received = q.int64(1);
        if (!q.isNull(2))
            o.closed = q.int64(2);
        o.status = word(3);
        o.priority = word(4);
        o.channel = word(5);
        o.category = q.text(6);
        o.product = q.text(7);
        o.technician = q.text(8);
        o.customer = q.text(9);
        o.phone = options.showPhones ? q.text(10) : MonthlyReportBuilder::maskPhone(q.text(10));
        o.complaint = q.int64(11) != 0;
        o.visits = static_cast<int>(q.int64(12));
        o.reopened = static_cast<int>(q.int64(13));
        if (o.complaint && o.received >= m.start && o.received < m.end)
            r.complaints.push_back(o);
        if (everyOrder)
            r.orders.push_back(std::move(o));
    }
    if (!q.status())
        return q.status();

    // What each complaint was about and how it was answered: a month holds tens of them, so
    // their texts are read apart from the month's orders.
    // The answer is a note on a step that does the work (a wait's or a reopening's note is not).
    FastQuery texts(db, "SELECT o.order_no, o.description, (SELECT e.note FROM stage_event e "
                        "WHERE e.order_id = o.id AND e.note <> '' AND e.kind = 'stage' AND "
                        "e.stage IN ('implemented', 'followed_up', 'closed') ORDER BY e.at DESC, "
                        "e.id DESC LIMIT 1) FROM service_order o WHERE o.branch_id = ?1 AND "
                        "o.received_at >= ?2 AND o.received_at < ?3 AND o.complaint = 1");
    texts.bind(1, branch.id).bind(2, m.start).bind(3, m.end);
    QHash<QString, std::pair<QString, QString>> byOrder;
    while (texts.next())
        byOrder.insert(texts.text(0), {texts.text(1), texts.text(2)});
    if (!texts.status())
        return texts.status();
    for (ReportOrder &o : r.complaints)
        std::tie(o.description, o.resolution) = byOrder.value(o.orderNo);

    // Complaint categories, most first.
    std::map<QString, qint64> categories;
    for (const ReportOrder &o : r.complaints)
        ++categories[o.category];
    for (const auto &[name, count] : categories)
        r.complaintCategories.push_back({name, count});
    std::stable_sort(r.complaintCategories.begin(), r.complaintCategories.end(),
                     [](const ReportCount &a, const ReportCount &b) { return a.count > b.count; });
    return {};
}

// Satisfaction: drivers and themes of the month's answers. Whether there were any answers.
Result<bool> addSatisfaction(Database &db, const Branch &branch, QDate first, MonthlyReport &r)
{
    auto records = survey::SurveyAnalysis::load(db, branch, first, first.addMonths(1));
    if (!records)
        return records.error();
    r.drivers = survey::SurveyAnalysis::drivers(*records);
    r.themes = survey::SurveyAnalysis::themes(*records, 8, false);
    for (const survey::Theme &t : r.themes) {
        QString sample;
        for (const survey::ResponseRecord &rec : *records)
            if (!t.responses.empty() && rec.responseId == t.responses.front())
                sample = rec.comment;
        r.themeComments.push_back(sample);
    }

    return !records->empty();
}

// Inspections completed in the month and the items found failing.
Status addInspections(Database &db, const Branch &branch, const MonthSpan &m,
                      const MonthlyReportBuilder::Options &options, MonthlyReport &r)
{
    const QDate first = m.first;
    const qint64 start = m.start;
    const qint64 end = m.end;
    auto inspections = inspection::InspectionRepository(db).list(branch.id);
    if (!inspections)
        return inspections.error();
    for (const inspection::InspectionListRow &row : *inspections) {
        const auto &i = row.inspection;
        if (!i.completedAt || *i.completedAt < start || *i.completedAt >= end)
            continue;
        r.inspections.push_back({*i.completedAt, row.templateName.in(options.language), i.score,
                                 i.passed.value_or(false), row.findings, i.contentHash});
    }
    // The items found failing in the month, over the templates used.
    std::set<QString> templatesUsed;
    for (const inspection::InspectionListRow &row : *inspections)
        if (row.inspection.completedAt && *row.inspection.completedAt >= start &&
            *row.inspection.completedAt < end)
            templatesUsed.insert(row.templateCode);
    for (const QString &code : templatesUsed) {
        auto analysis = kpi::InspectionAnalysis::compute(db, branch, code, first, 1);
        if (!analysis)
            return analysis.error();
        for (const kpi::FailedItem &f : analysis->mostFailed)
            r.failedItems.push_back({f.code, f.text.in(options.language),
                                     f.section.in(options.language), f.findings, f.answered});
    }
    std::stable_sort(r.failedItems.begin(), r.failedItems.end(),
                     [](const ReportFailedItem &a, const ReportFailedItem &b) {
                         return a.findings > b.findings;
                     });

    return {};
}

// Corrective actions as they stood at the month's end (KPI.md's actions_open_end and
// actions_overdue_end), and those done during the month.
Status addActions(Database &db, const Branch &branch, const MonthSpan &m, const ReportText &tx,
                  MonthlyReport &r)
{
    const qint64 start = m.start;
    const qint64 end = m.end;
    const QDate lastDay = m.first.addMonths(1).addDays(-1);
    inspection::ActionFilter filter;
    filter.branchId = branch.id;
    auto actions = inspection::ActionRepository(db).list(filter);
    if (!actions)
        return actions.error();
    std::vector<ReportAction> closedInMonth;
    for (const inspection::ActionListRow &row : *actions) {
        const auto &a = row.action;
        const auto state = ActionAtMonthEnd::of(a.createdAt, a.doneAt, a.due, start, end, lastDay);
        if (!state.existed)
            continue;
        ReportAction ra;
        ra.description = a.description;
        ra.owner = row.ownerName;
        ra.due = a.due;
        ra.openAtEnd = state.open;
        ra.overdueAtEnd = state.overdue;
        ra.closedInMonth = state.doneInMonth;
        if (a.verifiedAt && *a.verifiedAt < end)
            ra.status = tx(QT_TRANSLATE_NOOP("Report", "Verified"));
        else if (!ra.openAtEnd)
            ra.status = tx(QT_TRANSLATE_NOOP("Report", "Done"));
        else if (a.status == inspection::ActionStatus::Open)
            ra.status = tx(QT_TRANSLATE_NOOP("Report", "Open"));
        else
            ra.status = tx(QT_TRANSLATE_NOOP("Report", "In progress"));
        if (ra.openAtEnd)
            r.actions.push_back(ra);
        else if (ra.closedInMonth)
            closedInMonth.push_back(ra);
    }
    std::stable_sort(r.actions.begin(), r.actions.end(),
                     [](const ReportAction &a, const ReportAction &b) { return a.due < b.due; });
    r.actions.insert(r.actions.end(), closedInMonth.begin(), closedInMonth.end());

    return {};
}

// Trainings held in the month.
Status addTrainings(Database &db, const Branch &branch, const MonthSpan &m, MonthlyReport &r)
{
    const QDate first = m.first;
    const QDate lastDay = m.first.addMonths(1).addDays(-1);
    auto sessions = team::TrainingRepository(db).sessions(branch.id);
    if (!sessions)
        return sessions.error();
    for (const team::SessionRow &row : *sessions)
        if (row.session.day >= first && row.session.day <= lastDay)
            r.trainings.push_back({row.session.day, row.course.title, row.session.trainer,
                                   row.session.hours, row.attendees, row.meanGain});
    std::sort(r.trainings.begin(), r.trainings.end(),
              [](const ReportTraining &a, const ReportTraining &b) { return a.day < b.day; });

    return {};
}

} // namespace

std::optional<bool> ReportFigure::meetsTarget() const
{
    if (!value || !target)
        return std::nullopt;
    return better == kpi::Better::Lower ? *value <= *target : *value >= *target;
}

QString MonthlyReportBuilder::word(const ReportText &tx, const QString &code)
{
    for (const CodeWord &w : codeWords)
        if (code == QLatin1String(w.code))
            return tx(w.source);
    return code;
}

QString MonthlyReportBuilder::maskPhone(const QString &phone)
{
    // Enough stays to recognise a number one already knows, never enough to call it: a mobile
    // keeps its prefix and last four, a shorter number its last four (or two), and at least
    // half of every number is hidden.
    const QString p = phone.trimmed();
    const qsizetype n = p.size();
    const qsizetype head = n >= 11 ? 3 : 0;
    const qsizetype tail = n >= 8 ? 4 : std::min<qsizetype>(2, n / 2);
    return p.left(head) + QString(n - head - tail, QLatin1Char('*')) + p.right(tail);
}

QString MonthlyReportBuilder::neutralize(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar c = text.front();
    if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
        c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
        return QLatin1Char('\'') + text;
    return text;
}

std::vector<ReportFigure> MonthlyReportBuilder::figures(const ReportText &tx,
                                                        const MonthKpis &current,
                                                        const MonthKpis &previous,
                                                        const MonthKpis &lastYear,
                                                        const kpi::KpiTargets &targets)
{
    std::vector<ReportFigure> rows;
    for (const char *key : KpiCatalogue::reportRows()) {
        const KpiDefinition &d = KpiCatalogue::at(key);
        if (!KpiCatalogue::computed(d, current))
            continue; // a network's report: each branch's duties are its own
        ReportFigure f;
        f.key = QString::fromLatin1(d.key);
        f.label = tx.translate("Kpi", d.label);
        f.kind = d.unit == KpiUnit::Count  ? ReportFigure::Kind::Count
                 : d.unit == KpiUnit::Rate ? ReportFigure::Kind::Rate
                                           : ReportFigure::Kind::Number;
        f.better = d.better;
        f.decimals = d.decimals;
        f.value = d.value(current);
        if (hasRecords(previous))
            f.previous = d.value(previous);
        if (hasRecords(lastYear))
            f.lastYear = d.value(lastYear);
        f.target = KpiCatalogue::target(d, targets);
        if (KpiCatalogue::missingInputs(d, current))
            f.notInData = tx.translate("Kpi", "not in the data");
        rows.push_back(f);
    }
    return rows;
}

Result<QString> MonthlyReportBuilder::auditHead(Database &db)
{
    if (!AuditChain::isChained(db))
        return QString();
    auto head = AuditChain::head(db);
    if (!head)
        return head.error();
    if (head->first == 0)
        return QString();
    return QString(QString::number(head->first) + QLatin1Char(':') +
                   QString::fromLatin1(head->second.left(16)));
}

Result<MonthlyReport> MonthlyReportBuilder::build(Database &db, const Branch &branch, QDate month,
                                                  const Options &options)
{
    const QDate first(month.year(), month.month(), 1);
    MonthlyReport r;
    r.branchCode = branch.code;
    r.branchName = branch.name;
    r.timeZone = branch.timeZone;
    r.month = first;
    r.language = options.language;
    auto head = auditHead(db);
    if (!head)
        return head.error();
    r.auditHead = *head;
    const ReportText tx(options.language);
    KpiEngine engine(db);
    // A branch's report has its own duties too: its equipment and incidents.
    const int sections = KpiEngine::All | KpiEngine::Duties;
    auto current = engine.compute(branch, first, sections);
    auto previous = engine.compute(branch, first.addMonths(-1), sections);
    auto lastYear = engine.compute(branch, first.addMonths(-12), sections);
    auto targets = KpiTargetRepository(db).load();
    for (const auto *res : {&current, &previous, &lastYear})
        if (!*res)
            return res->error();
    if (!targets)
        return targets.error();
    r.kpis = *current;
    r.figures = figures(tx, *current, *previous, *lastYear, *targets);

    const LocalTime local = branch.localTime();
    const MonthSpan span{first, local.startOfDay(first), local.startOfDay(first.addMonths(1))};
    if (options.parts & Lists) {
        if (auto s = addOrders(db, branch, span, tx, options, r); !s)
            return s.error();
        auto answered = addSatisfaction(db, branch, first, r);
        if (!answered)
            return answered.error();
        if (auto s = addInspections(db, branch, span, options, r); !s)
            return s.error();
        if (auto s = addActions(db, branch, span, tx, r); !s)
            return s.error();
        if (auto s = addTrainings(db, branch, span, r); !s)
            return s.error();
        if (auto s = ReportDuties::add(db, branch, first, tx, r); !s)
            return s.error();
        if (auto s = ReportReviews::add(db, branch, span.start, span.end, r); !s)
            return s.error();
        // Orders received or closed in the month are what the order list holds.
        r.empty = r.kpis.orders.received == 0 && r.kpis.orders.closed == 0 && !*answered &&
                  r.inspections.empty();
    }

    if (options.parts & Quality)
        if (auto s = ReportQuality::add(db, first, tx, r); !s)
            return s.error();

    if (options.parts & Charts) {
        kpi::ProcessFilter flowFilter;
        flowFilter.month = first;
        auto map = kpi::ProcessMap::compute(db, branch, flowFilter);
        if (!map)
            return map.error();
        r.processMap = std::move(*map);
        // The twelve months' trend behind the charts: its ten earlier months with what the
        // charts plot (brief order figures, surveys, the inspections section alone — the whole
        // engine's technicians and teams would cost ten times more), then the month before and
        // the month itself.
        auto earlier =
            engine.computeTrend(branch, first.addMonths(-2), 10,
                                KpiEngine::Orders | KpiEngine::Surveys | KpiEngine::OrdersBrief);
        if (!earlier)
            return earlier.error();
        for (MonthKpis &m : *earlier) {
            auto inspections = engine.inspections(branch, m.month);
            if (!inspections)
                return inspections.error();
            m.inspections = *inspections;
        }
        r.trend = std::move(*earlier);
        r.trend.push_back(*previous);
        r.trend.push_back(*current);
    }
    return r;
}

} // namespace servicelens::report
