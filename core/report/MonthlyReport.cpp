// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonthlyReport.h"

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
#include "storage/SqlQuery.h"
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
    {"analysed", QT_TRANSLATE_NOOP("Report", "diagnosed")},
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
    if (AuditChain::isChained(db.handle())) {
        auto head = AuditChain::head(db.handle());
        if (!head)
            return head.error();
        if (head->first != 0)
            r.auditHead = QString::number(head->first) + QLatin1Char(':') +
                          QString::fromLatin1(head->second.left(16));
    }
    const ReportText tx(options.language);
    KpiEngine engine(db);
    auto current = engine.compute(branch, first);
    auto previous = engine.compute(branch, first.addMonths(-1));
    // The trend's ten earlier months; its last two are the month and the one before.
    auto earlier = engine.computeTrend(branch, first.addMonths(-2), 10,
                                       KpiEngine::Orders | KpiEngine::Surveys);
    auto lastYear = engine.compute(branch, first.addMonths(-12));
    auto targets = KpiTargetRepository(db).load();
    for (const auto *res : {&current, &previous, &lastYear})
        if (!*res)
            return res->error();
    if (!targets)
        return targets.error();
    r.kpis = *current;
    {
        kpi::ProcessFilter flowFilter;
        flowFilter.month = first;
        auto map = kpi::ProcessMap::compute(db, branch, flowFilter);
        if (!map)
            return map.error();
        r.processMap = std::move(*map);
    }
    for (const char *key : KpiCatalogue::reportRows()) {
        const KpiDefinition &d = KpiCatalogue::at(key);
        ReportFigure f;
        f.key = QString::fromLatin1(d.key);
        f.label = tx.translate("Kpi", d.label);
        f.kind = d.unit == KpiUnit::Count  ? ReportFigure::Kind::Count
                 : d.unit == KpiUnit::Rate ? ReportFigure::Kind::Rate
                                           : ReportFigure::Kind::Number;
        f.better = d.better;
        f.value = d.value(*current);
        if (hasRecords(*previous))
            f.previous = d.value(*previous);
        if (hasRecords(*lastYear))
            f.lastYear = d.value(*lastYear);
        f.target = KpiCatalogue::target(d, *targets);
        if (KpiCatalogue::missingInputs(d, *current))
            f.notInData = tx.translate("Kpi", "not in the data");
        r.figures.push_back(f);
    }

    // The month's orders (received or closed in it), phones masked unless asked for.
    const LocalTime local = branch.localTime();
    const qint64 start = local.startOfDay(first);
    const qint64 end = local.startOfDay(first.addMonths(1));
    SqlQuery q(db, QStringLiteral(
                       "SELECT o.order_no, o.received_at, o.closed_at, o.status, o.priority, "
                       "o.channel, o.category, o.product, coalesce(s.code || ' ' || s.name, ''), "
                       "coalesce(c.name, ''), coalesce(c.phone, ''), o.complaint, o.visits, "
                       "o.reopened FROM service_order o LEFT JOIN staff s ON s.id = "
                       "o.technician_id LEFT JOIN customer c ON c.id = o.customer_id WHERE o.id IN "
                       // Two index ranges, not one OR: with bound values SQLite would walk
                       // every order of the branch (0.4 s on a million orders).
                       "(SELECT id FROM service_order WHERE branch_id = :b AND received_at >= :s "
                       "AND received_at < :e UNION ALL SELECT id FROM service_order WHERE "
                       "branch_id = :b AND closed_at >= :s AND closed_at < :e) "
                       "ORDER BY o.received_at, o.id"));
    q.bind(QStringLiteral(":b"), branch.id)
        .bind(QStringLiteral(":s"), start)
        .bind(QStringLiteral(":e"), end);
    auto orders = q.all<ReportOrder>([&](const SqlQuery &row) {
        ReportOrder o;
        o.orderNo = row.value(0).toString();
        o.received = row.value(1).toLongLong();
        if (!row.value(2).isNull())
            o.closed = row.value(2).toLongLong();
        o.status = word(tx, row.value(3).toString());
        o.priority = word(tx, row.value(4).toString());
        o.channel = word(tx, row.value(5).toString());
        o.category = row.value(6).toString();
        o.product = row.value(7).toString();
        o.technician = row.value(8).toString();
        o.customer = row.value(9).toString();
        o.phone =
            options.showPhones ? row.value(10).toString() : maskPhone(row.value(10).toString());
        o.complaint = row.value(11).toInt() != 0;
        o.visits = row.value(12).toInt();
        o.reopened = row.value(13).toInt();
        return o;
    });
    if (!orders)
        return orders.error();
    r.orders = std::move(*orders);
    for (const ReportOrder &o : r.orders)
        if (o.complaint && o.received >= start && o.received < end)
            r.complaints.push_back(o);

    // Satisfaction: drivers and themes of the month's answers.
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

    // Inspections completed in the month.
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

    // Corrective actions as they stood at the month's end (KPI.md's actions_open_end and
    // actions_overdue_end), and those done during the month.
    inspection::ActionFilter filter;
    filter.branchId = branch.id;
    auto actions = inspection::ActionRepository(db).list(filter);
    if (!actions)
        return actions.error();
    const QDate lastDay = first.addMonths(1).addDays(-1);
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

    // Trainings held in the month.
    auto sessions = team::TrainingRepository(db).sessions(branch.id);
    if (!sessions)
        return sessions.error();
    for (const team::SessionRow &row : *sessions)
        if (row.session.day >= first && row.session.day <= lastDay)
            r.trainings.push_back({row.session.day, row.course.title, row.session.trainer,
                                   row.session.hours, row.attendees, row.meanGain});
    std::sort(r.trainings.begin(), r.trainings.end(),
              [](const ReportTraining &a, const ReportTraining &b) { return a.day < b.day; });

    // Complaint categories, most first.
    std::map<QString, qint64> categories;
    for (const ReportOrder &o : r.complaints)
        ++categories[o.category];
    for (const auto &[name, count] : categories)
        r.complaintCategories.push_back({name, count});
    std::stable_sort(r.complaintCategories.begin(), r.complaintCategories.end(),
                     [](const ReportCount &a, const ReportCount &b) { return a.count > b.count; });

    // The twelve months' trend behind the charts.
    if (!earlier)
        return earlier.error();
    // The inspections section alone for those months: the whole engine's technicians and
    // teams would cost ten times more and the charts do not use them.
    for (MonthKpis &m : *earlier) {
        auto inspections = engine.inspections(branch, m.month);
        if (!inspections)
            return inspections.error();
        m.inspections = *inspections;
    }
    r.trend = std::move(*earlier);
    r.trend.push_back(*previous);
    r.trend.push_back(*current);

    r.empty = r.orders.empty() && records->empty() && r.inspections.empty();
    return r;
}

} // namespace servicelens::report
