// SPDX-License-Identifier: GPL-3.0-or-later
// The monthly report's last two sections, inspections and corrective actions, then team and
// training: ReportDocument's members, kept apart from the first four so each file reads whole.
#include "ReportDocument.h"

#include "ReportCharts.h"
#include "common/LocalTime.h"
#include "inspection/InspectionSeal.h"
#include "report/ReportFormat.h"
#include "widgets/Palette.h"

#include <QPainter>

#include <algorithm>

namespace servicelens::ui {

using report::ReportFormat;

void ReportDocument::inspections()
{
    const auto &k = m_report.kpis.inspections;
    m_flow.heading(m_tx(QT_TRANSLATE_NOOP("Report", "5. Inspections and corrective actions")));
    m_flow.paragraph(
        m_tx(QT_TRANSLATE_NOOP("Report", "Inspections completed: %1, failed: %2, mean score "
                                         "%3. Corrective actions open at the month's end: "
                                         "%4, of them overdue: %5."))
            .arg(ReportFormat::count(k.completed), ReportFormat::count(k.failed),
                 ReportFormat::number(k.meanScore, 1), ReportFormat::count(k.actionsOpenEnd),
                 ReportFormat::count(k.actionsOverdueEnd)));
    std::vector<std::optional<double>> scores, open, overdue;
    for (const kpi::MonthKpis &m : m_report.trend) {
        scores.push_back(m.inspections.meanScore);
        open.push_back(static_cast<double>(m.inspections.actionsOpenEnd));
        overdue.push_back(static_cast<double>(m.inspections.actionsOverdueEnd));
    }
    const QStringList months = monthLabels();
    const QFont f = m_flow.font(8);
    const QString scoreTitle =
        m_tx(QT_TRANSLATE_NOOP("Report", "Mean inspection score, last 12 months"));
    const std::vector<ReportCharts::Series> scoreSeries = {
        {m_tx(QT_TRANSLATE_NOOP("Report", "Mean inspection score")), scores,
         ReportCharts::primary()}};
    m_flow.chart(140, [=](QPainter &p, const QRectF &rect) {
        ReportCharts::lines(p, rect, f, scoreTitle, months, scoreSeries,
                            ReportCharts::Scale::Number);
    });
    const QString actionsTitle =
        m_tx(QT_TRANSLATE_NOOP("Report", "Corrective actions open at each month's end"));
    const std::vector<ReportCharts::Series> actionSeries = {
        {m_tx(QT_TRANSLATE_NOOP("Report", "Open at month end")), open, ReportCharts::primary()},
        {m_tx(QT_TRANSLATE_NOOP("Report", "Overdue")), overdue, ReportCharts::accent()}};
    m_flow.chart(130, [=](QPainter &p, const QRectF &rect) {
        ReportCharts::bars(p, rect, f, actionsTitle, months, actionSeries,
                           ReportCharts::Scale::Count);
    });

    const LocalTime local = LocalTime::inZone(m_report.timeZone);
    PageFlow::Table t;
    t.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Completed")), 1.3},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Template")), 3},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Score")), 0.8, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Passed")), 0.8},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Findings")), 0.8, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Seal")), 1.7}};
    t.whenEmpty = m_tx(QT_TRANSLATE_NOOP("Report", "No inspection completed this month."));
    for (const report::ReportInspection &i : m_report.inspections)
        t.rows.push_back({local.localDateTime(i.completedAt).toString(QStringLiteral("yyyy-MM-dd")),
                          i.templateName, ReportFormat::number(i.score, 1),
                          i.passed ? m_tx(QT_TRANSLATE_NOOP("Report", "yes"))
                                   : m_tx(QT_TRANSLATE_NOOP("Report", "no")),
                          QString::number(i.findings),
                          inspection::InspectionSeal::shortForm(i.seal)});
    m_flow.table(t);
    if (!m_report.inspections.empty())
        m_flow.note(m_tx(QT_TRANSLATE_NOOP(
            "Report", "Seal: the first digits of the SHA-256 of the inspection's content, fixed "
                      "when it was completed or amended; Help ▸ Verify Workbook recomputes it, so "
                      "this report can be matched to the workbook.")));

    if (!m_report.failedItems.empty()) {
        m_flow.subheading(m_tx(QT_TRANSLATE_NOOP("Report", "Items found failing")));
        PageFlow::Table f;
        // The item as the inspector read it, never its internal code.
        f.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Failed item")), 4.8},
                     {m_tx(QT_TRANSLATE_NOOP("Report", "Section")), 1.8},
                     {m_tx(QT_TRANSLATE_NOOP("Report", "Findings")), 0.9, true}};
        for (const report::ReportFailedItem &i : m_report.failedItems)
            f.rows.push_back(
                {i.text, i.section, QStringLiteral("%1 / %2").arg(i.findings).arg(i.answered)});
        m_flow.table(f);
    }

    m_flow.subheading(m_tx(QT_TRANSLATE_NOOP("Report", "Corrective actions")));
    PageFlow::Table a;
    a.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Action")), 3.8},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Owner")), 1.1},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Due")), 1.1},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Status")), 1.6}};
    a.whenEmpty =
        m_tx(QT_TRANSLATE_NOOP("Report", "No corrective action open or closed this month."));
    for (const report::ReportAction &ra : m_report.actions) {
        QString status = ra.status;
        if (ra.overdueAtEnd)
            status += QStringLiteral(" · ") + m_tx(QT_TRANSLATE_NOOP("Report", "overdue"));
        a.rows.push_back(
            {ra.description, ra.owner,
             ra.due.isValid() ? ra.due.toString(QStringLiteral("yyyy-MM-dd")) : QString(), status});
    }
    m_flow.table(a);
}

void ReportDocument::team()
{
    // First-time fix per technician, best first: who to learn from and who to coach.
    std::vector<const kpi::TechnicianKpis *> ranked;
    for (const kpi::TechnicianKpis &k : m_report.kpis.technicians)
        if (k.firstTimeFixRate)
            ranked.push_back(&k);
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto *a, const auto *b) {
        return *a->firstTimeFixRate > *b->firstTimeFixRate;
    });
    const double chartHeight = 24 + 14.0 * static_cast<double>(ranked.size());
    // The heading keeps the chart that opens the section with it.
    m_flow.heading(m_tx(QT_TRANSLATE_NOOP("Report", "6. Team and training")),
                   std::max(120.0, chartHeight + 14));
    if (!ranked.empty()) {
        QStringList names;
        std::vector<std::optional<double>> rates;
        for (const kpi::TechnicianKpis *k : ranked) {
            names << QStringLiteral("%1 %2").arg(k->code, k->name);
            rates.push_back(k->firstTimeFixRate);
        }
        const QString title = m_tx(QT_TRANSLATE_NOOP("Report", "First-time fix by technician"));
        const QFont f = m_flow.font(8);
        m_flow.chart(chartHeight, [=](QPainter &p, const QRectF &rect) {
            ReportCharts::horizontalBars(p, rect, f, title, names, rates,
                                         ReportCharts::Scale::Percent);
        });
    }
    PageFlow::Table t;
    // Each rate beside the count it is taken over; a rate over too few is grey, as in the app.
    t.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Code")), 0.7},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Name")), 1.1},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Closed")), 0.9, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Resolution, working days")), 1.5, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "SLA met")), 1, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "First-time fix")), 1.1, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Complaints")), 0.9, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Survey answers")), 1, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "CSAT")), 0.9, true}};
    t.whenEmpty = m_tx(QT_TRANSLATE_NOOP("Report", "No technician closed an order this month."));
    const QString notInData = m_tx.translate("Kpi", "not in the data");
    const auto &technicians = m_report.kpis.technicians;
    for (const kpi::TechnicianKpis &k : technicians) {
        auto known = [&](const std::optional<double> &rate, qint64 inputs) {
            return k.notInData(inputs) ? notInData : ReportFormat::rate(rate);
        };
        t.rows.push_back({k.code, k.name, ReportFormat::count(k.closed),
                          ReportFormat::number(k.resolutionWdMean), known(k.slaMetRate, k.slaKnown),
                          known(k.firstTimeFixRate, k.firstTimeFixKnown),
                          ReportFormat::count(k.complaints), ReportFormat::count(k.csatAnswers),
                          ReportFormat::rate(k.csat)});
    }
    t.ink = [&technicians](std::size_t row, std::size_t column) {
        const kpi::TechnicianKpis &k = technicians[row];
        const bool few =
            (column >= 3 && column <= 5 && k.fewClosed()) || (column == 8 && k.fewSurveys());
        return few ? palette::print::mutedText : QColor();
    };
    m_flow.table(t);
    if (!technicians.empty())
        m_flow.note(m_tx(QT_TRANSLATE_NOOP("Report", "Grey: fewer than %1 closed orders or %2 "
                                                     "survey answers — too few to compare."))
                        .arg(kpi::TechnicianKpis::fewOrders)
                        .arg(kpi::TechnicianKpis::fewAnswers));

    m_flow.subheading(m_tx(QT_TRANSLATE_NOOP("Report", "Trainings held")));
    PageFlow::Table s;
    s.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Date")), 1},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Course")), 2.6},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Trainer")), 1.1},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Hours")), 0.7, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Attendees")), 0.9, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Mean score gain")), 1.2, true}};
    s.whenEmpty = m_tx(QT_TRANSLATE_NOOP("Report", "No training held this month."));
    for (const report::ReportTraining &tr : m_report.trainings)
        s.rows.push_back({tr.day.toString(QStringLiteral("yyyy-MM-dd")), tr.course, tr.trainer,
                          ReportFormat::number(tr.hours, 1), QString::number(tr.attendees),
                          ReportFormat::number(tr.meanGain, 1)});
    m_flow.table(s);
    reviews();
}

void ReportDocument::reviews()
{
    // Only when a cycle closed in the month: most months have none to speak of.
    for (const report::ReportReview &v : m_report.reviews) {
        m_flow.subheading(m_tx(QT_TRANSLATE_NOOP("Report", "360-degree review %1 closed: %2"))
                              .arg(v.code, v.name));
        m_flow.paragraph(
            m_tx(QT_TRANSLATE_NOOP("Report", "The period reviewed: %1 to %2. %3 people reviewed; "
                                             "%4 of %5 forms answered; %6 groups hidden under "
                                             "three answers. The previous plans: %7 goals "
                                             "reviewed, %8 achieved. Plans written after this "
                                             "cycle: %9."))
                .arg(v.periodFrom.toString(Qt::ISODate), v.periodTo.toString(Qt::ISODate))
                .arg(v.people)
                .arg(v.answered)
                .arg(v.asked)
                .arg(v.hiddenGroups)
                .arg(v.goalsReviewed)
                .arg(v.goalsAchieved)
                .arg(v.plansWritten));
        PageFlow::Table t;
        t.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Team")), 1.6},
                     {m_tx(QT_TRANSLATE_NOOP("Report", "Competency")), 1.6},
                     {m_tx(QT_TRANSLATE_NOOP("Report", "People")), 0.8, true},
                     {m_tx(QT_TRANSLATE_NOOP("Report", "Mean")), 0.8, true},
                     {m_tx(QT_TRANSLATE_NOOP("Report", "Lowest – highest")), 1.2, true},
                     {m_tx(QT_TRANSLATE_NOOP("Report", "Below the threshold")), 1.1, true}};
        t.whenEmpty = m_tx(QT_TRANSLATE_NOOP("Report", "No result could be shown."));
        for (const team::TeamCompetency &c : v.teams) {
            const auto label = v.labels.find(c.competency);
            t.rows.push_back({c.team, label == v.labels.end() ? c.competency : label->second,
                              QString::number(c.people), ReportFormat::number(c.mean, 1),
                              QStringLiteral("%1 – %2").arg(ReportFormat::number(c.lowest, 1),
                                                            ReportFormat::number(c.highest, 1)),
                              QString::number(c.below)});
        }
        const std::vector<team::TeamCompetency> teams = v.teams;
        t.ink = [teams](std::size_t row, std::size_t column) {
            return column == 5 && teams[row].below > 0 ? palette::problem : QColor();
        };
        m_flow.table(t);
        m_flow.note(m_tx(QT_TRANSLATE_NOOP(
                             "Report", "The others' means of each person (the colleagues' shown "
                                       "groups), spread over each team; below the threshold of "
                                       "%1: people to train."))
                        .arg(ReportFormat::number(v.threshold, 1)));
    }
}

} // namespace servicelens::ui
