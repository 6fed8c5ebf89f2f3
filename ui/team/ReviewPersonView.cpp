// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewPersonView.h"

#include "print/PrintPreview.h"
#include "report/ReportFormat.h"
#include "report/ReviewDocument.h"
#include "storage/Database.h"
#include "widgets/DateText.h"
#include "widgets/ErrorMessage.h"
#include "widgets/ListTable.h"
#include "widgets/Palette.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace servicelens::ui {

using namespace team;
using report::ReportFormat;

namespace {

enum PlanColumn { CompetencyCol, GoalCol, ActionsCol, DueCol };
enum PreviousColumn { PrevGoalCol, PrevCompetencyCol, PrevDueCol, OutcomeCol, NoteCol };

// "No date" is the edit's minimum, shown as a dash.
const QDate noDate(2000, 1, 1);

QDateEdit *dueEdit(QWidget *parent, QDate due)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    DateText::format(edit, DateText::Edit::Date);
    edit->setMinimumDate(noDate);
    edit->setSpecialValueText(QStringLiteral("—"));
    edit->setDate(due.isValid() ? due : noDate);
    return edit;
}

} // namespace

ReviewPersonView::ReviewPersonView(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_measured(new QLabel(this))
    , m_trend(makeListTable(this, QStringLiteral("reviewTrend"),
                            {tr("Competency"), tr("Others"), tr("Previous cycle"), tr("Change"),
                             tr("Others − self")}))
    , m_plan(makeListTable(this, QStringLiteral("developmentPlan"),
                           {tr("Competency"), tr("Goal"), tr("Actions"), tr("Due")}))
    , m_previous(
          makeListTable(this, QStringLiteral("previousPlan"),
                        {tr("Goal"), tr("Competency"), tr("Due"), tr("How it went"), tr("Note")}))
    , m_previousLabel(new QLabel(this))
    , m_saveReviews(new QPushButton(tr("Save the Review"), this))
    , m_print(new QPushButton(tr("Print the Report…"), this))
{
    m_heading->setObjectName(QStringLiteral("reviewPerson"));
    m_measured->setObjectName(QStringLiteral("reviewMeasured"));
    m_measured->setWordWrap(true);
    for (QTableWidget *t : {m_plan, m_previous}) {
        t->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::AnyKeyPressed);
        t->horizontalHeader()->setStretchLastSection(true);
    }
    auto *add = new QPushButton(tr("Add Goal"), this);
    auto *remove = new QPushButton(tr("Remove Goal"), this);
    auto *save = new QPushButton(tr("Save the Plan"), this);
    m_planButtons = {add, remove, save};
    connect(add, &QPushButton::clicked, this, &ReviewPersonView::addGoal);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_plan->currentRow() >= 0)
            m_plan->removeRow(m_plan->currentRow());
    });
    connect(save, &QPushButton::clicked, this, &ReviewPersonView::savePlan);
    connect(m_saveReviews, &QPushButton::clicked, this, &ReviewPersonView::saveReviews);
    connect(m_print, &QPushButton::clicked, this, &ReviewPersonView::printReport);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_print);
    auto *planBar = new QHBoxLayout;
    planBar->addWidget(new QLabel(tr("Development plan after this cycle:"), this), 1);
    for (QPushButton *b : m_planButtons)
        planBar->addWidget(b);
    auto *previousBar = new QHBoxLayout;
    previousBar->addWidget(m_previousLabel, 1);
    previousBar->addWidget(m_saveReviews);
    // The competencies on the left, the plans on the right: both fit a laptop's screen.
    auto *plansPane = new QWidget(this);
    auto *plansLayout = new QVBoxLayout(plansPane);
    plansLayout->setContentsMargins(0, 0, 0, 0);
    plansLayout->addLayout(planBar);
    plansLayout->addWidget(m_plan, 1);
    plansLayout->addLayout(previousBar);
    plansLayout->addWidget(m_previous, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_trend);
    split->addWidget(plansPane);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({340, 600});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_measured);
    layout->addWidget(split, 1);
    fill();
}

void ReviewPersonView::show(Database *db, std::shared_ptr<const report::ReviewCycleData> cycle,
                            qint64 staffId)
{
    m_db = db;
    m_cycle = std::move(cycle);
    m_staffId = staffId;
    m_report.reset();
    if (db && m_cycle && staffId) {
        auto built = report::ReviewReport::of(*db, *m_cycle, staffId);
        if (!built)
            showError(this, tr("360-degree reviews"), built.error());
        else
            m_report = std::move(*built);
    }
    fill();
}

void ReviewPersonView::fill()
{
    const bool any = m_report.has_value();
    for (QPushButton *b : m_planButtons)
        b->setEnabled(any);
    m_print->setEnabled(any);
    m_saveReviews->setEnabled(
        any && std::any_of(m_report->previousPlan.begin(), m_report->previousPlan.end(),
                           [](const DevelopmentGoal &g) { return !g.reviewedIn.has_value(); }));
    m_heading->setText(any ? QStringLiteral("<b>%1 %2</b>")
                                 .arg(m_report->person.code, m_report->person.name.toHtmlEscaped())
                           : tr("Choose a person in the results above."));
    m_measured->clear();
    if (any) {
        const ReviewCycle &c = m_report->cycle;
        const QString period =
            tr("Measured over %1 to %2").arg(DateText::of(c.periodFrom), DateText::of(c.periodTo));
        if (!m_report->measured) {
            m_measured->setText(tr("%1: no figures — the scorecard measures technicians who "
                                   "closed orders in the period.")
                                    .arg(period));
        } else {
            const kpi::TechnicianKpis &k = *m_report->measured;
            const auto rate = [&k](const std::optional<double> &v, qint64 known) {
                return k.notInData(known) ? tr("not in the data") : ReportFormat::rate(v);
            };
            m_measured->setText(
                tr("%1: %2 orders closed · resolution %3 working days · first-time fix %4 · "
                   "SLA met %5 · reopened %6 · satisfaction %7 (n %8)")
                    .arg(period, ReportFormat::count(k.closed),
                         ReportFormat::number(k.resolutionWdMean, 2),
                         rate(k.firstTimeFixRate, k.firstTimeFixKnown),
                         rate(k.slaMetRate, k.slaKnown), rate(k.reopenRate, k.reopenKnown),
                         ReportFormat::rate(k.csat))
                    .arg(k.csatAnswers));
        }
    }
    fillTrend();
    fillPlan();
    fillPrevious();
}

void ReviewPersonView::fillTrend()
{
    m_trend->setRowCount(0);
    if (!m_report)
        return;
    const QLocale locale;
    const auto number = [&locale](const std::optional<double> &v, bool sign = false) -> QString {
        if (!v)
            return QStringLiteral("—");
        return (sign && *v > 0 ? QStringLiteral("+") : QString()) + locale.toString(*v, 'f', 1);
    };
    // The previous cycle by its code, to keep the column narrow; the tooltip says what it is.
    m_trend->horizontalHeaderItem(2)->setText(m_report->previous ? m_report->previous->code
                                                                 : tr("Previous cycle"));
    m_trend->horizontalHeaderItem(2)->setToolTip(tr("The others' mean in the previous cycle"));
    for (const QString &c : m_report->competencies) {
        const int row = m_trend->rowCount();
        m_trend->insertRow(row);
        const auto now = m_report->othersMean(c);
        const auto it = m_report->previousOthers.find(c);
        const std::optional<double> before =
            it == m_report->previousOthers.end() ? std::nullopt : std::optional(it->second);
        const std::optional<double> change =
            now && before ? std::optional(*now - *before) : std::nullopt;
        const QStringList cells{m_report->label(c), number(now), number(before),
                                number(change, true), number(m_report->gap(c), true)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (col == 1 && now && *now < m_report->cycle.threshold)
                item->setForeground(palette::problem);
            m_trend->setItem(row, col, item);
        }
    }
    m_trend->resizeColumnsToContents();
}

void ReviewPersonView::addGoal()
{
    if (!m_report)
        return;
    const int row = m_plan->rowCount();
    m_plan->insertRow(row);
    auto *competency = new QComboBox(m_plan);
    competency->addItem(tr("(none)"), QString());
    for (const QString &c : m_report->competencies)
        competency->addItem(m_report->label(c), c);
    m_plan->setCellWidget(row, CompetencyCol, competency);
    m_plan->setItem(row, GoalCol, new QTableWidgetItem);
    m_plan->setItem(row, ActionsCol, new QTableWidgetItem);
    m_plan->setCellWidget(row, DueCol, dueEdit(m_plan, QDate()));
    m_plan->setCurrentCell(row, GoalCol);
}

void ReviewPersonView::fillPlan()
{
    m_plan->setRowCount(0);
    if (!m_report)
        return;
    for (const DevelopmentGoal &g : m_report->plan) {
        addGoal();
        const int row = m_plan->rowCount() - 1;
        auto *competency = static_cast<QComboBox *>(m_plan->cellWidget(row, CompetencyCol));
        competency->setCurrentIndex(std::max(0, competency->findData(g.competency)));
        m_plan->item(row, GoalCol)->setText(g.goal);
        m_plan->item(row, ActionsCol)->setText(g.actions);
        static_cast<QDateEdit *>(m_plan->cellWidget(row, DueCol))
            ->setDate(g.dueOn.isValid() ? g.dueOn : noDate);
    }
    m_plan->resizeColumnToContents(CompetencyCol);
    m_plan->setColumnWidth(GoalCol, 200);
    m_plan->setColumnWidth(ActionsCol, 180);
}

void ReviewPersonView::savePlan()
{
    if (!m_db || !m_report)
        return;
    std::vector<DevelopmentGoal> goals;
    for (int row = 0; row < m_plan->rowCount(); ++row) {
        DevelopmentGoal g;
        g.competency = static_cast<QComboBox *>(m_plan->cellWidget(row, CompetencyCol))
                           ->currentData()
                           .toString();
        g.goal = m_plan->item(row, GoalCol)->text();
        g.actions = m_plan->item(row, ActionsCol)->text();
        const QDate due = static_cast<QDateEdit *>(m_plan->cellWidget(row, DueCol))->date();
        g.dueOn = due == noDate ? QDate() : due;
        goals.push_back(g);
    }
    if (auto s = DevelopmentPlans(*m_db).setPlan(m_report->cycle.id, m_staffId, goals); !s)
        return showError(this, tr("360-degree reviews"), s.error());
    show(m_db, m_cycle, m_staffId); // the plans read again; the cycle's figures unchanged
}

void ReviewPersonView::fillPrevious()
{
    m_previous->setRowCount(0);
    m_previousLabel->setText(
        !m_report ? QString()
        : !m_report->previous
            ? tr("No earlier cycle: nothing to review.")
            : tr("The plan after %1, to review now:").arg(m_report->previous->code));
    if (!m_report)
        return;
    for (const DevelopmentGoal &g : m_report->previousPlan) {
        const int row = m_previous->rowCount();
        m_previous->insertRow(row);
        const QStringList cells{
            g.goal, g.competency.isEmpty() ? QStringLiteral("—") : m_report->label(g.competency),
            g.dueOn.isValid() ? DateText::of(g.dueOn) : QStringLiteral("—")};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            item->setData(Qt::UserRole, g.id);
            m_previous->setItem(row, col, item);
        }
        auto *outcome = new QComboBox(m_previous);
        for (GoalOutcome o : {GoalOutcome::Open, GoalOutcome::Achieved, GoalOutcome::Partly,
                              GoalOutcome::NotAchieved, GoalOutcome::Dropped})
            outcome->addItem(GoalOutcomeNames::label(o), int(o));
        outcome->setCurrentIndex(int(g.outcome));
        outcome->setEnabled(!g.reviewedIn); // reviewed once: history
        m_previous->setCellWidget(row, OutcomeCol, outcome);
        auto *note = new QTableWidgetItem(g.reviewNote);
        if (g.reviewedIn)
            note->setFlags(note->flags() & ~Qt::ItemIsEditable);
        m_previous->setItem(row, NoteCol, note);
    }
    m_previous->resizeColumnsToContents();
}

void ReviewPersonView::saveReviews()
{
    if (!m_db || !m_report)
        return;
    DevelopmentPlans plans(*m_db);
    for (int row = 0; row < m_previous->rowCount(); ++row) {
        auto *outcome = static_cast<QComboBox *>(m_previous->cellWidget(row, OutcomeCol));
        const auto chosen = GoalOutcome(outcome->currentData().toInt());
        if (!outcome->isEnabled() || chosen == GoalOutcome::Open)
            continue;
        const qint64 goal = m_previous->item(row, PrevGoalCol)->data(Qt::UserRole).toLongLong();
        if (auto s = plans.review(goal, m_report->cycle.id, chosen,
                                  m_previous->item(row, NoteCol)->text());
            !s)
            return showError(this, tr("360-degree reviews"), s.error());
    }
    show(m_db, m_cycle, m_staffId);
}

void ReviewPersonView::printReport()
{
    if (!m_report)
        return;
    const report::ReviewReport report = *m_report;
    PrintPreview::show(this, tr("360-degree review %1").arg(report.person.name),
                       [report](QPrinter *printer) {
                           const ReviewDocument document(report);
                           PrintPreview::paintPages(
                               printer, document.pageCount(),
                               [&document](QPainter &p, int page) { document.paintPage(p, page); });
                       });
}

} // namespace servicelens::ui
