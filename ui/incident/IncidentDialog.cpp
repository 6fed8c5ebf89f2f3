// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentDialog.h"

#include "IncidentScopeEditor.h"

#include "incident/IncidentPlans.h"
#include "incident/Incidents.h"
#include "inspection/ActionDialog.h"
#include "org/Staff.h"
#include "widgets/DateText.h"
#include "widgets/Palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace incident;

IncidentDialog::IncidentDialog(Database &db, qint64 branchId, const LocalTime &local, qint64 now,
                               QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_local(local)
    , m_plan(new QComboBox(this))
    , m_scenario(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_drill(new QCheckBox(tr("This is a drill: kept out of every figure, calls nobody"), this))
    , m_owner(new QComboBox(this))
    , m_opened(new QDateTimeEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_scope(new IncidentScopeEditor(db, branchId, local, now, this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("incidentDialog"));
    setWindowTitle(tr("Open an Incident"));
    m_incident.branchId = branchId;
    m_plan->setObjectName(QStringLiteral("incidentPlan"));
    m_title->setObjectName(QStringLiteral("incidentTitle"));
    m_drill->setObjectName(QStringLiteral("incidentDrill"));
    m_plan->addItem(tr("(no plan)"));
    std::vector<IncidentPlan> plans;
    if (auto list = IncidentPlans(db).list(branchId))
        plans = std::move(*list);
    for (const IncidentPlan &p : plans)
        if (p.active)
            m_plan->addItem(
                p.name == IncidentNames::label(p.scenario)
                    ? p.name
                    : QStringLiteral("%1 · %2").arg(p.name, IncidentNames::label(p.scenario)),
                p.id);
    for (Scenario s : allScenarios)
        m_scenario->addItem(IncidentNames::label(s), int(s));
    for (Severity s : allSeverities)
        m_severity->addItem(IncidentNames::label(s), int(s));
    m_severity->setCurrentIndex(1);
    // A plan decides the scenario.
    connect(m_plan, &QComboBox::currentIndexChanged, this, [this, plans] {
        const QVariant id = m_plan->currentData();
        m_scenario->setEnabled(id.isNull());
        for (const IncidentPlan &p : plans)
            if (!id.isNull() && p.id == id.toLongLong())
                m_scenario->setCurrentIndex(m_scenario->findData(int(p.scenario)));
    });
    if (m_plan->count() > 1)
        m_plan->setCurrentIndex(1);
    m_title->setPlaceholderText(tr("What happened, in a line"));
    if (auto staff = org::StaffRepository(db).list())
        fillStaffCombo(m_owner, *staff, tr("(not named)"), std::nullopt);
    const auto wall = [this](qint64 at) {
        const QDateTime t = m_local.localDateTime(at);
        return QDateTime(t.date(), t.time(), Qt::UTC);
    };
    m_opened->setTimeSpec(Qt::UTC);
    m_opened->setCalendarPopup(true);
    DateText::format(m_opened, DateText::Edit::DateTime);
    m_opened->setDateTime(wall(now));
    m_opened->setMaximumDateTime(wall(now));
    m_description->setPlaceholderText(tr("What is known so far"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(palette::problemText());
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Contingency plan:"), m_plan);
    form->addRow(tr("Scenario:"), m_scenario);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Severity:"), m_severity);
    form->addRow(QString(), m_drill);
    form->addRow(tr("Led by:"), m_owner);
    form->addRow(tr("Opened at:"), m_opened);
    form->addRow(tr("Description:"), m_description);
    auto *scopeBox = new QGroupBox(tr("What it touched"), this);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->addWidget(m_scope);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Open Incident"));
    connect(buttons, &QDialogButtonBox::accepted, this, &IncidentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(scopeBox);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(620);
}

void IncidentDialog::accept()
{
    Incident i;
    i.branchId = m_incident.branchId;
    if (!m_plan->currentData().isNull())
        i.planId = m_plan->currentData().toLongLong();
    i.scenario = Scenario(m_scenario->currentData().toInt());
    i.title = m_title->text();
    i.severity = Severity(m_severity->currentData().toInt());
    i.drill = m_drill->isChecked();
    if (!m_owner->currentData().isNull())
        i.ownerId = m_owner->currentData().toLongLong();
    const QDateTime wall = m_opened->dateTime();
    i.openedAt = m_local.toUtc(wall.date(), wall.time());
    i.description = m_description->toPlainText();
    i.scope = m_scope->scope();
    if (auto s = Incidents(m_db).open(i, i.ownerId); !s) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    m_incident = i;
    QDialog::accept();
}

} // namespace servicelens::ui
