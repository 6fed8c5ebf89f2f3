// SPDX-License-Identifier: GPL-3.0-or-later
#include "EquipmentDialog.h"

#include "inspection/ActionDialog.h"
#include "org/Staff.h"
#include "widgets/DateText.h"
#include "widgets/Palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <set>

namespace servicelens::ui {

using namespace equipment;

EquipmentDialog::EquipmentDialog(Database &db, Equipment piece, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_piece(std::move(piece))
    , m_code(new QLineEdit(m_piece.code, this))
    , m_name(new QLineEdit(m_piece.name, this))
    , m_kind(new QComboBox(this))
    , m_location(new QLineEdit(m_piece.location, this))
    , m_serial(new QLineEdit(m_piece.serial, this))
    , m_hasPurchase(new QCheckBox(tr("Known:"), this))
    , m_purchased(new QDateEdit(this))
    , m_owner(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_retired(new QCheckBox(tr("Retired (no longer used; its history stays)"), this))
    , m_note(new QLineEdit(m_piece.note, this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("equipmentDialog"));
    setWindowTitle(m_piece.id ? tr("Equipment %1").arg(m_piece.code) : tr("New equipment"));
    m_code->setObjectName(QStringLiteral("equipmentCode"));
    m_name->setObjectName(QStringLiteral("equipmentName"));
    m_kind->setObjectName(QStringLiteral("equipmentKind"));
    m_unit->setObjectName(QStringLiteral("equipmentUnit"));
    // The kinds the register already uses, and any new one typed.
    m_kind->setEditable(true);
    std::set<QString> kinds = {tr("Diagnostic instrument"), tr("Measuring instrument"),
                               tr("Test bench"), tr("Tools"), tr("Vehicle")};
    if (auto all = EquipmentRegister(m_db).list(m_piece.branchId))
        for (const Equipment &e : *all)
            if (!e.kind.isEmpty())
                kinds.insert(e.kind);
    for (const QString &k : kinds)
        m_kind->addItem(k);
    m_kind->setCurrentText(m_piece.kind);
    m_hasPurchase->setChecked(m_piece.purchasedOn.isValid());
    m_purchased->setCalendarPopup(true);
    DateText::format(m_purchased, DateText::Edit::Date);
    m_purchased->setDate(m_piece.purchasedOn.isValid() ? m_piece.purchasedOn
                                                       : QDate::currentDate());
    m_purchased->setEnabled(m_piece.purchasedOn.isValid());
    connect(m_hasPurchase, &QCheckBox::toggled, m_purchased, &QWidget::setEnabled);
    if (auto staff = org::StaffRepository(m_db).list())
        fillStaffCombo(m_owner, *staff, tr("(no one)"), m_piece.ownerId);
    for (UsageUnit u : {UsageUnit::None, UsageUnit::Hours, UsageUnit::Cycles, UsageUnit::Km})
        m_unit->addItem(u == UsageUnit::None ? tr("No counter") : UsageUnits::label(u),
                        static_cast<int>(u));
    m_unit->setCurrentIndex(m_unit->findData(static_cast<int>(m_piece.usageUnit)));
    m_retired->setChecked(m_piece.retired);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(palette::problemText());
    m_error->setWordWrap(true);
    m_error->hide();

    auto *purchase = new QHBoxLayout;
    purchase->addWidget(m_hasPurchase);
    purchase->addWidget(m_purchased, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Code (设备编号):"), m_code);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Location:"), m_location);
    form->addRow(tr("Serial number:"), m_serial);
    form->addRow(tr("Purchased:"), purchase);
    form->addRow(tr("Looked after by:"), m_owner);
    form->addRow(tr("Usage counter:"), m_unit);
    form->addRow(tr("Note:"), m_note);
    form->addRow(QString(), m_retired);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EquipmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void EquipmentDialog::accept()
{
    Equipment e = m_piece;
    e.code = m_code->text().trimmed();
    e.name = m_name->text().trimmed();
    e.kind = m_kind->currentText().trimmed();
    e.location = m_location->text().trimmed();
    e.serial = m_serial->text().trimmed();
    e.purchasedOn = m_hasPurchase->isChecked() ? m_purchased->date() : QDate();
    e.ownerId = m_owner->currentData().isNull()
                    ? std::nullopt
                    : std::optional<qint64>(m_owner->currentData().toLongLong());
    e.usageUnit = static_cast<UsageUnit>(m_unit->currentData().toInt());
    e.retired = m_retired->isChecked();
    e.note = m_note->text().trimmed();
    auto saved = EquipmentRegister(m_db).save(e);
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return;
    }
    m_piece = e;
    QDialog::accept();
}

} // namespace servicelens::ui
