// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffDialog.h"
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

namespace servicelens::ui {

using namespace org;

StaffDialog::StaffDialog(Database &db, org::StaffMember member, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_member(std::move(member))
    , m_code(new QLineEdit(m_member.code, this))
    , m_name(new QLineEdit(m_member.name, this))
    , m_role(new QComboBox(this))
    , m_team(new QLineEdit(m_member.team, this))
    , m_hasHireDate(new QCheckBox(tr("Known:"), this))
    , m_hireDate(new QDateEdit(this))
    , m_active(new QCheckBox(tr("Active (works here now)"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("staffDialog"));
    setWindowTitle(m_member.id ? tr("Staff member") : tr("New staff member"));
    m_code->setObjectName(QStringLiteral("staffCode"));
    m_name->setObjectName(QStringLiteral("staffName"));
    for (org::Role r : allRoles)
        m_role->addItem(org::RoleNames::label(r), static_cast<int>(r));
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(m_member.role)));
    m_hasHireDate->setChecked(m_member.hireDate.isValid());
    m_hireDate->setCalendarPopup(true);
    DateText::format(m_hireDate, DateText::Edit::Date);
    m_hireDate->setDate(m_member.hireDate.isValid() ? m_member.hireDate : QDate::currentDate());
    m_hireDate->setEnabled(m_member.hireDate.isValid());
    connect(m_hasHireDate, &QCheckBox::toggled, m_hireDate, &QWidget::setEnabled);
    m_active->setChecked(m_member.active);
    m_active->setToolTip(tr("People who left are made inactive: their history stays"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(palette::problemText());
    m_error->setWordWrap(true);
    m_error->hide();
    auto *hire = new QHBoxLayout;
    hire->addWidget(m_hasHireDate);
    hire->addWidget(m_hireDate, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Staff code (工号):"), m_code);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Team:"), m_team);
    form->addRow(tr("Hire date:"), hire);
    form->addRow(QString(), m_active);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &StaffDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void StaffDialog::accept()
{
    org::StaffMember m = m_member;
    m.code = m_code->text().trimmed();
    m.name = m_name->text().trimmed();
    m.role = static_cast<org::Role>(m_role->currentData().toInt());
    m.team = m_team->text().trimmed();
    m.hireDate = m_hasHireDate->isChecked() ? m_hireDate->date() : QDate();
    m.active = m_active->isChecked();
    org::StaffRepository staff(m_db);
    const Status s = m.id ? staff.update(m) : staff.create(m);
    if (!s) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    m_member = m;
    QDialog::accept();
}

} // namespace servicelens::ui
