// SPDX-License-Identifier: GPL-3.0-or-later
#include "MaintenanceDialog.h"

#include "equipment/MaintenanceChecklist.h"
#include "equipment/MaintenanceLog.h"
#include "inspection/ActionDialog.h"
#include "inspection/InspectionForm.h"
#include "org/Staff.h"
#include "widgets/DateText.h"
#include "widgets/Palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace equipment;

MaintenanceDialog::MaintenanceDialog(Database &db, Equipment piece, QDate today,
                                     std::optional<qint64> planId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_piece(std::move(piece))
    , m_plan(new QComboBox(this))
    , m_day(new QDateEdit(today, this))
    , m_hasReading(new QCheckBox(tr("Read:"), this))
    , m_reading(new QDoubleSpinBox(this))
    , m_result(new QComboBox(this))
    , m_certificate(new QLineEdit(this))
    , m_hasExpiry(new QCheckBox(tr("The certificate says:"), this))
    , m_expiry(new QDateEdit(today.addYears(1).addDays(-1), this))
    , m_by(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_checklist(new QPushButton(tr("Fill the &Checklist…"), this))
    , m_checklistState(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("maintenanceDialog"));
    setWindowTitle(tr("Maintenance of %1 %2").arg(m_piece.code, m_piece.name));
    m_plan->setObjectName(QStringLiteral("maintenancePlan"));
    m_day->setObjectName(QStringLiteral("maintenanceDay"));
    m_result->setObjectName(QStringLiteral("maintenanceResult"));
    m_reading->setObjectName(QStringLiteral("maintenanceReading"));
    // Its own plans and its kind's.
    if (auto plans = MaintenanceLog(m_db).plans(m_piece.branchId))
        for (const MaintenancePlan &p : *plans)
            if (p.active && ((p.equipmentId && *p.equipmentId == m_piece.id) ||
                             (!p.equipmentId && !m_piece.kind.isEmpty() && p.kind == m_piece.kind)))
                m_plans.push_back(p);
    for (const MaintenancePlan &p : m_plans)
        m_plan->addItem(QStringLiteral("%1 — %2").arg(p.name, Cadences::label(p.schedule.cadence)),
                        p.id);
    m_plan->addItem(tr("Outside any plan"), QVariant());
    if (planId)
        m_plan->setCurrentIndex(std::max(0, m_plan->findData(*planId)));
    m_day->setCalendarPopup(true);
    DateText::format(m_day, DateText::Edit::Date);
    m_day->setMaximumDate(today);
    const bool counter = m_piece.usageUnit != UsageUnit::None;
    m_reading->setRange(0, 1e9);
    m_reading->setDecimals(1);
    m_reading->setSuffix(QLatin1Char(' ') + UsageUnits::label(m_piece.usageUnit));
    m_reading->setEnabled(false);
    m_hasReading->setEnabled(counter);
    if (!counter)
        m_hasReading->setToolTip(tr("This piece has no usage counter (edit it to give one)."));
    connect(m_hasReading, &QCheckBox::toggled, m_reading, &QWidget::setEnabled);
    m_result->addItem(tr("Passed"), true);
    m_result->addItem(tr("Failed"), false);
    m_expiry->setCalendarPopup(true);
    DateText::format(m_expiry, DateText::Edit::Date);
    m_expiry->setEnabled(false);
    connect(m_hasExpiry, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    if (auto staff = org::StaffRepository(m_db).list())
        fillStaffCombo(m_by, *staff, tr("(not recorded)"), std::nullopt);
    m_checklist->setObjectName(QStringLiteral("fillChecklist"));
    m_checklistState->setObjectName(QStringLiteral("checklistState"));
    m_checklistState->setWordWrap(true);
    connect(m_checklist, &QPushButton::clicked, this, &MaintenanceDialog::fillChecklist);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(palette::problemText());
    m_error->setWordWrap(true);
    m_error->hide();

    auto *reading = new QHBoxLayout;
    reading->addWidget(m_hasReading);
    reading->addWidget(m_reading, 1);
    auto *expiry = new QHBoxLayout;
    expiry->addWidget(m_hasExpiry);
    expiry->addWidget(m_expiry, 1);
    auto *form = new QFormLayout;
    auto *checklist = new QHBoxLayout;
    checklist->addWidget(m_checklist);
    checklist->addWidget(m_checklistState, 1);
    form->addRow(tr("Plan:"), m_plan);
    form->addRow(tr("Checklist:"), checklist);
    form->addRow(tr("Done on:"), m_day);
    form->addRow(tr("Counter:"), reading);
    form->addRow(tr("Result:"), m_result);
    form->addRow(tr("Certificate no.:"), m_certificate);
    form->addRow(tr("Valid until:"), expiry);
    form->addRow(tr("Done by:"), m_by);
    form->addRow(tr("Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MaintenanceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    connect(m_plan, &QComboBox::currentIndexChanged, this, &MaintenanceDialog::planChosen);
    planChosen();
}

const MaintenancePlan *MaintenanceDialog::chosenPlan() const
{
    const QVariant id = m_plan->currentData();
    for (const MaintenancePlan &p : m_plans)
        if (!id.isNull() && p.id == id.toLongLong())
            return &p;
    return nullptr;
}

void MaintenanceDialog::planChosen()
{
    // A certificate and its expiry belong to calibrations.
    const MaintenancePlan *plan = chosenPlan();
    const bool calibration = plan && plan->schedule.cadence == Cadence::Calibration;
    // Another plan: a checklist begun for the one before is not this one's.
    if (m_inspectionId) {
        auto outcome = MaintenanceChecklist::outcome(m_db, *m_inspectionId);
        if (outcome && !*outcome)
            (void)MaintenanceChecklist::discard(m_db, *m_inspectionId);
        m_inspectionId.reset();
        m_result->setEnabled(true);
    }
    const bool hasChecklist = plan && !plan->templateCode.isEmpty();
    m_checklist->setEnabled(hasChecklist);
    m_checklistState->setText(hasChecklist ? tr("its result decides the maintenance's")
                                           : tr("the plan has none"));
    m_certificate->setEnabled(calibration);
    m_hasExpiry->setEnabled(calibration);
    m_expiry->setEnabled(calibration && m_hasExpiry->isChecked());
}

void MaintenanceDialog::fillChecklist()
{
    const MaintenancePlan *plan = chosenPlan();
    if (!plan)
        return;
    auto id = MaintenanceChecklist::start(m_db, m_piece, *plan, m_inspectionId);
    if (!id) {
        m_error->setText(id.error().message);
        m_error->show();
        return;
    }
    m_inspectionId = *id;
    InspectionForm form(m_db, *id, this);
    form.exec();
    auto outcome = MaintenanceChecklist::outcome(m_db, *id);
    if (!outcome) {
        m_error->setText(outcome.error().message);
        m_error->show();
        return;
    }
    if (!*outcome) {
        m_checklistState->setText(tr("a draft: complete it to record the maintenance"));
        return;
    }
    // The checklist decides: passed or failed as it was scored.
    m_result->setCurrentIndex(m_result->findData(**outcome));
    m_result->setEnabled(false);
    m_checklist->setEnabled(false); // one checklist per maintenance; it stays on Inspections
    m_checklistState->setText(**outcome ? tr("completed and passed")
                                        : tr("completed and failed: its corrective actions are "
                                             "on the Inspections page"));
}

void MaintenanceDialog::reject()
{
    // A checklist begun here and not completed goes with the maintenance not recorded.
    if (m_inspectionId)
        if (auto outcome = MaintenanceChecklist::outcome(m_db, *m_inspectionId);
            outcome && !*outcome)
            (void)MaintenanceChecklist::discard(m_db, *m_inspectionId);
    QDialog::reject();
}

void MaintenanceDialog::accept()
{
    if (m_inspectionId) {
        auto outcome = MaintenanceChecklist::outcome(m_db, *m_inspectionId);
        if (outcome && !*outcome) {
            m_error->setText(tr("The checklist is still a draft: complete it first (Fill the "
                                "Checklist…), or choose Cancel."));
            m_error->show();
            return;
        }
    }
    MaintenanceRecord r;
    r.equipmentId = m_piece.id;
    if (!m_plan->currentData().isNull())
        r.planId = m_plan->currentData().toLongLong();
    r.doneOn = m_day->date();
    if (m_hasReading->isChecked())
        r.reading = m_reading->value();
    r.passed = m_result->currentData().toBool();
    if (m_certificate->isEnabled())
        r.certificate = m_certificate->text().trimmed();
    if (m_expiry->isEnabled())
        r.expiresOn = m_expiry->date();
    if (!m_by->currentData().isNull())
        r.doneBy = m_by->currentData().toLongLong();
    r.note = m_note->text().trimmed();
    r.inspectionId = m_inspectionId;
    auto saved = MaintenanceLog(m_db).recordDone(r);
    const Status status = saved ? Status() : Status(saved.error());
    if (!status) {
        m_error->setText(status.error().message);
        m_error->show();
        return;
    }
    m_record = r;
    QDialog::accept();
}

} // namespace servicelens::ui
