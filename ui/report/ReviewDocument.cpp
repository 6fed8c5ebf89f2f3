// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewDocument.h"

#include "ReportPdf.h"
#include "report/ReportFormat.h"
#include "widgets/Palette.h"

#include <QPainter>

namespace servicelens::ui {

using namespace team;
using report::ReportFormat;

namespace {

QString mean(const std::optional<double> &v)
{
    return ReportFormat::number(v, 1);
}

QString signedNumber(double v)
{
    return (v > 0 ? QStringLiteral("+") : QString()) + ReportFormat::number(v, 1);
}

} // namespace

ReviewDocument::ReviewDocument(const report::ReviewReport &report)
    : m_report(report)
    , m_tx(report.language)
{
    const ReviewCycle &c = m_report.cycle;
    m_flow.newPage();
    m_flow.title(title());
    m_flow.paragraph(
        m_tx(QT_TRANSLATE_NOOP("Report", "%1 · %2 (%3) · the period reviewed: %4 to %5"))
            .arg(m_report.branchName, c.name, c.code, c.periodFrom.toString(Qt::ISODate),
                 c.periodTo.toString(Qt::ISODate)));
    m_flow.note(m_tx(QT_TRANSLATE_NOOP(
        "Report", "No answer can be traced to its rater: peers, other departments and customers "
                  "are shown only with three answers or more; self and manager are one person "
                  "each. Others: the colleagues' shown groups pooled by answer.")));
    ratings();
    measured();
    written();
    training();
    plans();
}

QString ReviewDocument::title() const
{
    return m_tx(QT_TRANSLATE_NOOP("Report", "360-degree review: %1 (%2)"))
        .arg(m_report.person.name, m_report.person.code);
}

QString ReviewDocument::group(RaterGroup g) const
{
    return m_tx.translate("ReviewNames", ReviewNames::labelSource(g));
}

void ReviewDocument::ratings()
{
    const PersonResult &p = m_report.person;
    m_flow.heading(m_tx(QT_TRANSLATE_NOOP("Report", "How each group sees the competencies")), 120);
    if (p.groups.empty()) {
        m_flow.paragraph(m_tx(QT_TRANSLATE_NOOP(
            "Report", "No group can be shown: nobody answered, or too few to keep them "
                      "anonymous.")));
    } else {
        PageFlow::Table t;
        t.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Competency")), 1.8}};
        for (const GroupResult &g : p.groups)
            t.columns.push_back({QStringLiteral("%1\nn %2").arg(group(g.group)).arg(g.n), 1, true});
        t.columns.push_back({m_tx(QT_TRANSLATE_NOOP("Report", "Others")), 1, true});
        t.columns.push_back({m_tx(QT_TRANSLATE_NOOP("Report", "Others − self")), 1, true});
        if (m_report.previous)
            t.columns.push_back({m_report.previous->code, 1, true});
        for (const QString &c : m_report.competencies) {
            QStringList row{m_report.label(c)};
            for (const GroupResult &g : p.groups)
                row << mean(g.mean(c));
            row << mean(m_report.othersMean(c));
            const auto gap = m_report.gap(c);
            row << (gap ? signedNumber(*gap) : ReportFormat::dash());
            if (m_report.previous) {
                const auto it = m_report.previousOthers.find(c);
                row << (it == m_report.previousOthers.end() ? ReportFormat::dash()
                                                            : mean(it->second));
            }
            t.rows.push_back(row);
        }
        const double threshold = m_report.cycle.threshold;
        const std::size_t groups = p.groups.size();
        t.ink = [this, threshold, groups](std::size_t row, std::size_t column) {
            const QString &c = m_report.competencies[row];
            if (column >= 1 && column <= groups) {
                const auto v = m_report.person.groups[column - 1].mean(c);
                return v && *v < threshold ? palette::problem : QColor();
            }
            if (column == groups + 1) {
                const auto v = m_report.othersMean(c);
                return v && *v < threshold ? palette::problem : QColor();
            }
            return QColor();
        };
        m_flow.table(t);
    }
    if (!p.hidden.empty()) {
        QStringList hidden;
        for (RaterGroup g : p.hidden)
            hidden << group(g);
        m_flow.note(
            m_tx(QT_TRANSLATE_NOOP("Report", "Answered but hidden (under three "
                                             "answers): %1."))
                .arg(hidden.join(m_tx.chinese() ? QStringLiteral("、") : QStringLiteral(", "))));
    }
    m_flow.note(m_tx(QT_TRANSLATE_NOOP("Report", "Red: below the cycle's training threshold of %1. "
                                                 "Others − self below zero: a blind spot; above: a "
                                                 "hidden strength."))
                    .arg(ReportFormat::number(m_report.cycle.threshold, 1)) +
                (m_report.previous
                     ? QLatin1Char(' ') +
                           m_tx(QT_TRANSLATE_NOOP("Report", "%1: the others' mean in the previous "
                                                            "cycle, %2."))
                               .arg(m_report.previous->code, m_report.previous->name)
                     : QString()));
}

void ReviewDocument::measured()
{
    m_flow.heading(m_tx(QT_TRANSLATE_NOOP("Report", "What the orders and surveys measured")), 80);
    if (!m_report.measured) {
        m_flow.paragraph(m_tx(QT_TRANSLATE_NOOP(
            "Report", "No measured figures: the scorecard measures technicians who closed orders "
                      "in the period reviewed.")));
        return;
    }
    const kpi::TechnicianKpis &k = *m_report.measured;
    PageFlow::Table t;
    t.columns = {{QString(), 2.4}, {QString(), 2.6}};
    const auto rate = [&](const std::optional<double> &v, qint64 known) {
        return k.notInData(known) ? m_tx(QT_TRANSLATE_NOOP("Report", "not in the data"))
                                  : ReportFormat::rate(v);
    };
    t.rows = {{m_tx(QT_TRANSLATE_NOOP("Report", "Orders closed")), ReportFormat::count(k.closed)},
              {m_tx(QT_TRANSLATE_NOOP("Report", "Resolution, working days (mean)")),
               ReportFormat::number(k.resolutionWdMean, 2)},
              {m_tx(QT_TRANSLATE_NOOP("Report", "First-time fix")),
               rate(k.firstTimeFixRate, k.firstTimeFixKnown)},
              {m_tx(QT_TRANSLATE_NOOP("Report", "SLA met")), rate(k.slaMetRate, k.slaKnown)},
              {m_tx(QT_TRANSLATE_NOOP("Report", "Reopened")), rate(k.reopenRate, k.reopenKnown)},
              {m_tx(QT_TRANSLATE_NOOP("Report", "Satisfaction (n)")),
               QStringLiteral("%1 (%2)").arg(ReportFormat::rate(k.csat)).arg(k.csatAnswers)},
              {m_tx(QT_TRANSLATE_NOOP("Report", "Complaints")), ReportFormat::count(k.complaints)}};
    t.ink = [&k](std::size_t row, std::size_t) -> QColor {
        const bool few = (row <= 4 && k.fewClosed()) || (row == 5 && k.fewSurveys());
        return few ? palette::print::mutedText : QColor();
    };
    m_flow.table(t);
    if (k.fewClosed() || k.fewSurveys())
        m_flow.note(m_tx(QT_TRANSLATE_NOOP("Report", "Grey: under 20 closed orders or 30 survey "
                                                     "answers, too few to judge by.")));
}

void ReviewDocument::written()
{
    m_flow.heading(m_tx(QT_TRANSLATE_NOOP("Report", "What was written")), 60);
    if (m_report.person.comments.empty()) {
        m_flow.paragraph(m_tx(QT_TRANSLATE_NOOP("Report", "Nothing was written.")));
        return;
    }
    for (const auto &[question, texts] : m_report.person.comments) {
        m_flow.subheading(m_report.label(question));
        for (const QString &text : texts)
            m_flow.paragraph(QStringLiteral("• ") + text);
    }
    m_flow.note(m_tx(QT_TRANSLATE_NOOP("Report", "Sorted, never in the order the answers came.")));
}

void ReviewDocument::training()
{
    m_flow.heading(m_tx(QT_TRANSLATE_NOOP("Report", "Proposed training")), 60);
    PageFlow::Table t;
    t.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Competency")), 1.6},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Others")), 0.8, true},
                 {m_tx(QT_TRANSLATE_NOOP("Report", "Course")), 3.0}};
    t.whenEmpty = m_tx(QT_TRANSLATE_NOOP(
        "Report", "None: no competency the others rated below the threshold lacks a course."));
    for (const TrainingProposal &p : m_report.proposals)
        t.rows.push_back({m_report.label(p.competency), mean(p.othersMean),
                          QStringLiteral("%1 %2").arg(p.course.code, p.course.title)});
    m_flow.table(t);
}

void ReviewDocument::plans()
{
    const auto goals = [this](const std::vector<DevelopmentGoal> &list, bool reviewed) {
        PageFlow::Table t;
        t.columns = {{m_tx(QT_TRANSLATE_NOOP("Report", "Goal")), 2.4},
                     {m_tx(QT_TRANSLATE_NOOP("Report", "Competency")), 1.2},
                     {m_tx(QT_TRANSLATE_NOOP("Report", "Actions")), 2.4},
                     {m_tx(QT_TRANSLATE_NOOP("Report", "Due")), 1.0}};
        if (reviewed)
            t.columns.push_back({m_tx(QT_TRANSLATE_NOOP("Report", "How it went")), 1.6});
        for (const DevelopmentGoal &g : list) {
            QStringList row{
                g.goal,
                g.competency.isEmpty() ? ReportFormat::dash() : m_report.label(g.competency),
                g.actions.isEmpty() ? ReportFormat::dash() : g.actions,
                g.dueOn.isValid() ? g.dueOn.toString(Qt::ISODate) : ReportFormat::dash()};
            if (reviewed)
                row << goalRow(g);
            t.rows.push_back(row);
        }
        return t;
    };
    m_flow.heading(m_tx(QT_TRANSLATE_NOOP("Report", "Development plan")), 60);
    PageFlow::Table now = goals(m_report.plan, false);
    now.whenEmpty = m_tx(QT_TRANSLATE_NOOP("Report", "No plan has been written yet."));
    m_flow.table(now);
    if (!m_report.previous)
        return;
    m_flow.subheading(m_tx(QT_TRANSLATE_NOOP("Report", "The plan after %1, reviewed"))
                          .arg(m_report.previous->code));
    PageFlow::Table before = goals(m_report.previousPlan, true);
    before.whenEmpty = m_tx(QT_TRANSLATE_NOOP("Report", "No plan was written after it."));
    m_flow.table(before);
}

QString ReviewDocument::goalRow(const DevelopmentGoal &g) const
{
    const QString outcome =
        m_tx.translate("GoalOutcomeNames", GoalOutcomeNames::labelSource(g.outcome));
    return g.reviewNote.isEmpty() ? outcome : QStringLiteral("%1: %2").arg(outcome, g.reviewNote);
}

Status ReviewDocument::writePdf(const report::ReviewReport &report, const QString &path)
{
    const ReviewDocument document(report);
    return ReportPdf::writePages({document.title(), document.pageCount(),
                                  [&document](QPainter &p, int page) {
                                      document.paintPage(p, page);
                                  }},
                                 path);
}

void ReviewDocument::paintPage(QPainter &p, int index) const
{
    p.save();
    m_flow.paint(p, index);
    m_flow.paintFrame(
        p,
        QStringLiteral("%1 · %2").arg(m_report.branchName,
                                      m_tx(QT_TRANSLATE_NOOP("Report", "360-degree review"))),
        m_report.cycle.code,
        m_tx(QT_TRANSLATE_NOOP("Report", "Page %1 of %2")).arg(index + 1).arg(pageCount()));
    p.restore();
}

} // namespace servicelens::ui
