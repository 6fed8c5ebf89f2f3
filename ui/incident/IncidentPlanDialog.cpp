// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentPlanDialog.h"

#include "incident/IncidentPlans.h"
#include "inspection/ActionDialog.h"
#include "widgets/Palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace incident;

IncidentPlanDialog::IncidentPlanDialog(Database &db, IncidentPlan plan, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_plan(std::move(plan))
    , m_scenario(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_active(new QCheckBox(tr("In use: offered when an incident opens"), this))
    , m_script(new QPlainTextEdit(this))
    , m_steps(new QTableWidget(0, 3, this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("incidentPlanDialog"));
    setWindowTitle(m_plan.id ? tr("Contingency Plan %1").arg(m_plan.name)
                             : tr("New Contingency Plan"));
    if (auto staff = org::StaffRepository(db).list())
        m_staff = std::move(*staff);
    for (Scenario s : allScenarios)
        m_scenario->addItem(IncidentNames::label(s), int(s));
    m_scenario->setCurrentIndex(m_scenario->findData(int(m_plan.scenario)));
    m_name->setObjectName(QStringLiteral("planName"));
    m_name->setText(m_plan.name);
    m_active->setChecked(m_plan.active);
    m_script->setObjectName(QStringLiteral("planScript"));
    m_script->setPlainText(m_plan.script);
    m_script->setPlaceholderText(tr("What the callers say to each affected customer"));
    m_script->setTabChangesFocus(true);
    m_script->setMaximumHeight(m_script->fontMetrics().lineSpacing() * 4 + 12);
    m_steps->setObjectName(QStringLiteral("planSteps"));
    m_steps->setHorizontalHeaderLabels({tr("Step"), tr("Owner"), tr("Within (hours)")});
    m_steps->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_steps->verticalHeader()->setVisible(true);
    for (const PlanStep &s : m_plan.steps)
        addStep(s.text, s.ownerId, s.withinHours);
    auto *add = new QPushButton(tr("Add Step"), this);
    auto *remove = new QPushButton(tr("Remove Step"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        addStep();
        m_steps->setCurrentCell(m_steps->rowCount() - 1, 0);
        m_steps->editItem(m_steps->currentItem());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_steps->currentRow() >= 0)
            m_steps->removeRow(m_steps->currentRow());
    });
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(palette::problemText());
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Scenario:"), m_scenario);
    form->addRow(tr("Name:"), m_name);
    form->addRow(QString(), m_active);
    form->addRow(tr("Callback script:"), m_script);
    auto *stepButtons = new QHBoxLayout;
    stepButtons->addWidget(add);
    stepButtons->addWidget(remove);
    stepButtons->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &IncidentPlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Steps, in order:"), this));
    layout->addWidget(m_steps, 1);
    layout->addLayout(stepButtons);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(720, 520);
}

void IncidentPlanDialog::addStep(const QString &text, std::optional<qint64> owner, int withinHours)
{
    const int row = m_steps->rowCount();
    m_steps->insertRow(row);
    m_steps->setItem(row, 0, new QTableWidgetItem(text));
    auto *ownerBox = new QComboBox(m_steps);
    fillStaffCombo(ownerBox, m_staff, tr("(not named)"), owner);
    m_steps->setCellWidget(row, 1, ownerBox);
    auto *hours = new QSpinBox(m_steps);
    hours->setRange(0, 24 * 90);
    hours->setValue(withinHours);
    m_steps->setCellWidget(row, 2, hours);
}

void IncidentPlanDialog::accept()
{
    IncidentPlan p = m_plan;
    p.scenario = Scenario(m_scenario->currentData().toInt());
    p.name = m_name->text();
    p.active = m_active->isChecked();
    p.script = m_script->toPlainText();
    p.steps.clear();
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        const QString text = m_steps->item(row, 0) ? m_steps->item(row, 0)->text() : QString();
        if (text.trimmed().isEmpty())
            continue; // a row left empty is not a step
        const auto *ownerBox = qobject_cast<QComboBox *>(m_steps->cellWidget(row, 1));
        const auto *hours = qobject_cast<QSpinBox *>(m_steps->cellWidget(row, 2));
        PlanStep step;
        step.text = text;
        if (ownerBox && !ownerBox->currentData().isNull())
            step.ownerId = ownerBox->currentData().toLongLong();
        step.withinHours = hours ? hours->value() : 24;
        p.steps.push_back(step);
    }
    if (auto s = IncidentPlans(m_db).save(p); !s) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    m_plan = p;
    QDialog::accept();
}

} // namespace servicelens::ui
