// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanDialog.h"

#include "equipment/MaintenanceLog.h"
#include "i18n/Language.h"
#include "inspection/ActionDialog.h"
#include "inspection/TemplateRepository.h"
#include "org/Staff.h"
#include "widgets/DateText.h"
#include "widgets/Palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace equipment;

PlanDialog::PlanDialog(Database &db, const Equipment &piece, MaintenancePlan plan, QDate today,
                       QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_piece(piece)
    , m_plan(std::move(plan))
    , m_name(new QLineEdit(m_plan.name, this))
    , m_forKind(new QCheckBox(this))
    , m_cadence(new QComboBox(this))
    , m_every(new QSpinBox(this))
    , m_day(new QSpinBox(this))
    , m_firstMonth(new QSpinBox(this))
    , m_since(new QDateEdit(m_plan.since.isValid() ? m_plan.since : today, this))
    , m_checklist(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_active(new QCheckBox(tr("Active"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("planDialog"));
    setWindowTitle(m_plan.id ? tr("Plan %1").arg(m_plan.name) : tr("New maintenance plan"));
    m_name->setObjectName(QStringLiteral("planName"));
    m_cadence->setObjectName(QStringLiteral("planCadence"));
    m_every->setObjectName(QStringLiteral("planEvery"));
    m_name->setPlaceholderText(tr("周检, 月度保养, 年度校准…"));
    m_forKind->setText(piece.kind.isEmpty()
                           ? tr("For every piece of its kind (give the piece a kind first)")
                           : tr("For every piece of kind “%1”").arg(piece.kind));
    m_forKind->setEnabled(!piece.kind.isEmpty() && m_plan.id == 0);
    m_forKind->setChecked(!m_plan.equipmentId && !m_plan.kind.isEmpty());
    for (Cadence c : {Cadence::WorkingDays, Cadence::Monthly, Cadence::Quarterly, Cadence::Usage,
                      Cadence::Calibration})
        m_cadence->addItem(Cadences::label(c), static_cast<int>(c));
    m_cadence->setCurrentIndex(m_cadence->findData(static_cast<int>(m_plan.schedule.cadence)));
    m_every->setRange(1, 100000);
    m_every->setValue(std::max(1, m_plan.schedule.every));
    m_day->setRange(1, 31);
    m_day->setValue(m_plan.schedule.dayOfMonth);
    m_firstMonth->setRange(1, 12);
    m_firstMonth->setValue(m_plan.schedule.firstMonth);
    m_since->setCalendarPopup(true);
    DateText::format(m_since, DateText::Edit::Date);
    if (auto staff = org::StaffRepository(m_db).list())
        fillStaffCombo(m_owner, *staff, tr("(no one)"), m_plan.ownerId);
    // The maintenance checklists (inspection templates of that kind), edited on the Inspections
    // page's Templates tab.
    m_checklist->setObjectName(QStringLiteral("planChecklist"));
    m_checklist->addItem(tr("(none)"), QString());
    const QString language = i18n::Language::effective();
    if (auto templates = inspection::TemplateRepository(m_db).list())
        for (const inspection::TemplateSummary &t : *templates)
            if (t.kind == inspection::TemplateKind::Maintenance)
                m_checklist->addItem(t.name.in(language), t.code);
    m_checklist->setCurrentIndex(std::max(0, m_checklist->findData(m_plan.templateCode)));
    m_active->setChecked(m_plan.active);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(palette::problemText());
    m_error->setWordWrap(true);
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(QString(), m_forKind);
    form->addRow(tr("Cadence:"), m_cadence);
    form->addRow(tr("Every:"), m_every);
    form->addRow(tr("On day of the month:"), m_day);
    form->addRow(tr("First month of the quarters:"), m_firstMonth);
    form->addRow(tr("Starts on:"), m_since);
    form->addRow(tr("Checklist:"), m_checklist);
    form->addRow(tr("Carried out by:"), m_owner);
    form->addRow(QString(), m_active);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    connect(m_cadence, &QComboBox::currentIndexChanged, this, &PlanDialog::cadenceChosen);
    cadenceChosen();
}

void PlanDialog::cadenceChosen()
{
    const auto c = static_cast<Cadence>(m_cadence->currentData().toInt());
    const bool onDay = c == Cadence::Monthly || c == Cadence::Quarterly;
    m_every->setEnabled(!onDay);
    m_day->setEnabled(onDay);
    m_firstMonth->setEnabled(c == Cadence::Quarterly);
    switch (c) {
    case Cadence::WorkingDays:
        m_every->setSuffix(tr(" working days"));
        break;
    case Cadence::Usage:
        m_every->setSuffix(QLatin1Char(' ') + (m_piece.usageUnit == UsageUnit::None
                                                   ? tr("units")
                                                   : UsageUnits::label(m_piece.usageUnit)));
        break;
    case Cadence::Calibration:
        m_every->setSuffix(tr(" months valid"));
        break;
    case Cadence::Monthly:
    case Cadence::Quarterly:
        m_every->setSuffix(QString());
        break;
    }
}

void PlanDialog::accept()
{
    MaintenancePlan p = m_plan;
    p.branchId = m_piece.branchId;
    p.name = m_name->text().trimmed();
    if (m_forKind->isChecked()) {
        p.equipmentId.reset();
        p.kind = m_piece.kind;
    } else {
        p.equipmentId = m_piece.id;
        p.kind.clear();
    }
    p.schedule.cadence = static_cast<Cadence>(m_cadence->currentData().toInt());
    p.schedule.every = m_every->isEnabled() ? m_every->value() : 0;
    p.schedule.dayOfMonth = m_day->value();
    p.schedule.firstMonth = m_firstMonth->value();
    p.since = m_since->date();
    p.templateCode = m_checklist->currentData().toString();
    p.ownerId = m_owner->currentData().isNull()
                    ? std::nullopt
                    : std::optional<qint64>(m_owner->currentData().toLongLong());
    p.active = m_active->isChecked();
    if (p.schedule.cadence == Cadence::Usage && m_piece.usageUnit == UsageUnit::None &&
        !m_forKind->isChecked()) {
        m_error->setText(tr("A plan by usage needs the piece's usage counter: edit the piece "
                            "and choose what it counts."));
        m_error->show();
        return;
    }
    auto saved = MaintenanceLog(m_db).savePlan(p);
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return;
    }
    m_plan = p;
    QDialog::accept();
}

} // namespace servicelens::ui
