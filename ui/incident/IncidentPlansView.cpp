// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentPlansView.h"

#include "IncidentPlanDialog.h"

#include "incident/IncidentPlans.h"
#include "org/Staff.h"
#include "widgets/ErrorMessage.h"
#include "widgets/ListTable.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace incident;

IncidentPlansView::IncidentPlansView(QWidget *parent)
    : QWidget(parent)
    , m_plans(makeListTable(this, QStringLiteral("incidentPlans"),
                            {tr("Scenario"), tr("Plan"), tr("Steps"), tr("In use")}))
    , m_steps(makeListTable(this, QStringLiteral("incidentPlanSteps"),
                            {tr("Step"), tr("Owner"), tr("Within")}))
    , m_script(new QLabel(this))
{
    auto *add = new QPushButton(tr("New Plan…"), this);
    add->setObjectName(QStringLiteral("newIncidentPlan"));
    auto *edit = new QPushButton(tr("Edit Plan…"), this);
    auto *suggested = new QPushButton(tr("Add the Suggested Plans"), this);
    suggested->setObjectName(QStringLiteral("addSuggestedPlans"));
    suggested->setToolTip(tr("A plan for each scenario with the usual steps, to adapt: name an "
                             "owner for each step"));
    connect(add, &QPushButton::clicked, this, [this] { editPlan(std::nullopt); });
    connect(edit, &QPushButton::clicked, this, [this] { editPlan(chosenPlan()); });
    connect(suggested, &QPushButton::clicked, this, &IncidentPlansView::addSuggested);
    connect(m_plans, &QTableWidget::currentCellChanged, this, [this] { fillSteps(); });
    connect(m_plans, &QTableWidget::cellDoubleClicked, this, [this] { editPlan(chosenPlan()); });
    for (QTableWidget *t : {m_plans, m_steps}) {
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->horizontalHeader()->setStretchLastSection(true);
    }
    m_steps->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_script->setWordWrap(true);
    m_script->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->addWidget(add);
    bar->addWidget(edit);
    bar->addWidget(suggested);
    bar->addStretch(1);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_steps, 1);
    detailLayout->addWidget(m_script);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_plans);
    split->addWidget(detail);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
}

void IncidentPlansView::show(Database *db, qint64 branchId)
{
    const auto chosen = chosenPlan();
    m_db = db;
    m_branchId = branchId;
    m_list.clear();
    m_plans->setRowCount(0);
    if (db && branchId) {
        auto plans = IncidentPlans(*db).list(branchId);
        if (!plans)
            showError(this, tr("Contingency plans"), plans.error());
        else
            m_list = std::move(*plans);
    }
    m_plans->setRowCount(int(m_list.size()));
    for (int row = 0; row < int(m_list.size()); ++row) {
        const IncidentPlan &p = m_list[std::size_t(row)];
        m_plans->setItem(row, 0, new QTableWidgetItem(IncidentNames::label(p.scenario)));
        m_plans->setItem(row, 1, new QTableWidgetItem(p.name));
        m_plans->setItem(row, 2, new QTableWidgetItem(QString::number(p.steps.size())));
        m_plans->setItem(row, 3, new QTableWidgetItem(p.active ? tr("Yes") : tr("No")));
        if (chosen && chosen->id == p.id)
            m_plans->setCurrentCell(row, 0);
    }
    if (m_plans->currentRow() < 0 && !m_list.empty())
        m_plans->setCurrentCell(0, 0);
    fillSteps();
}

std::optional<IncidentPlan> IncidentPlansView::chosenPlan() const
{
    const int row = m_plans->currentRow();
    if (row < 0 || row >= int(m_list.size()))
        return std::nullopt;
    return m_list[std::size_t(row)];
}

void IncidentPlansView::fillSteps()
{
    m_steps->setRowCount(0);
    m_script->clear();
    const auto plan = chosenPlan();
    if (!plan || !m_db)
        return;
    QHash<qint64, QString> people;
    if (auto staff = org::StaffRepository(*m_db).list())
        for (const org::StaffMember &m : *staff)
            people.insert(m.id, QStringLiteral("%1 %2").arg(m.code, m.name));
    m_steps->setRowCount(int(plan->steps.size()));
    for (int row = 0; row < int(plan->steps.size()); ++row) {
        const PlanStep &s = plan->steps[std::size_t(row)];
        m_steps->setItem(row, 0,
                         new QTableWidgetItem(QStringLiteral("%1. %2").arg(row + 1).arg(s.text)));
        m_steps->setItem(
            row, 1, new QTableWidgetItem(s.ownerId ? people.value(*s.ownerId) : tr("(not named)")));
        m_steps->setItem(row, 2, new QTableWidgetItem(tr("%n hour(s)", nullptr, s.withinHours)));
    }
    m_script->setText(plan->script.isEmpty() ? tr("No callback script.")
                                             : tr("Callback script: %1").arg(plan->script));
}

void IncidentPlansView::editPlan(std::optional<IncidentPlan> plan)
{
    if (!m_db || !m_branchId)
        return;
    IncidentPlan p = plan.value_or(IncidentPlan{});
    if (!plan)
        p.branchId = m_branchId;
    IncidentPlanDialog dialog(*m_db, p, this);
    if (dialog.exec() == QDialog::Accepted)
        emit changed();
}

void IncidentPlansView::addSuggested()
{
    if (!m_db || !m_branchId)
        return;
    auto added = IncidentPlans(*m_db).addSuggested(m_branchId);
    if (!added)
        return showError(this, tr("Contingency plans"), added.error());
    if (*added == 0)
        QMessageBox::information(this, tr("Contingency plans"),
                                 tr("The branch already has every suggested plan."));
    emit changed();
}

} // namespace servicelens::ui
