// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionDialog.h"
#include "widgets/DateText.h"

#include "PhotoScaler.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "widgets/Palette.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace servicelens::ui {

using namespace inspection;

void fillStaffCombo(QComboBox *combo, const std::vector<org::StaffMember> &staff,
                    const QString &none, std::optional<qint64> current)
{
    combo->clear();
    if (!none.isNull())
        combo->addItem(none, QVariant());
    for (const org::StaffMember &m : staff)
        if (m.active || (current && *current == m.id))
            combo->addItem(QStringLiteral("%1 %2").arg(m.code, m.name), m.id);
    const int at = current ? combo->findData(*current) : 0;
    combo->setCurrentIndex(std::max(0, at));
}

namespace {

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setStyleSheet(palette::problemText());
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace

ActionDialog::ActionDialog(Database &db, CorrectiveAction action, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_action(std::move(action))
    , m_description(new QPlainTextEdit(this))
    , m_owner(new QComboBox(this))
    , m_due(new QDateEdit(this))
    , m_priority(new QComboBox(this))
    , m_error(errorLabel(this))
{
    setObjectName(QStringLiteral("actionDialog"));
    setWindowTitle(m_action.id ? tr("Corrective action") : tr("New corrective action"));
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setPlainText(m_action.description);
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(80);
    m_owner->setObjectName(QStringLiteral("owner"));
    auto staff = org::StaffRepository(db).list();
    fillStaffCombo(m_owner, staff ? *staff : std::vector<org::StaffMember>(), tr("(nobody yet)"),
                   m_action.ownerId);
    m_due->setObjectName(QStringLiteral("due"));
    m_due->setCalendarPopup(true);
    DateText::format(m_due, DateText::Edit::Date);
    m_due->setDate(m_action.due.isValid() ? m_action.due : QDate::currentDate().addDays(7));
    m_priority->setObjectName(QStringLiteral("priority"));
    for (flow::Priority p : flow::allPriorities)
        m_priority->addItem(flow::FlowNames::label(p), static_cast<int>(p));
    m_priority->setCurrentIndex(m_priority->findData(static_cast<int>(m_action.priority)));

    auto *form = new QFormLayout;
    form->addRow(tr("What must change:"), m_description);
    form->addRow(tr("Owner:"), m_owner);
    form->addRow(tr("Due:"), m_due);
    form->addRow(tr("Priority:"), m_priority);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActionDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

void ActionDialog::accept()
{
    m_action.description = m_description->toPlainText().trimmed();
    m_action.ownerId = m_owner->currentData().isValid()
                           ? std::optional<qint64>(m_owner->currentData().toLongLong())
                           : std::nullopt;
    m_action.due = m_due->date();
    m_action.priority = static_cast<flow::Priority>(m_priority->currentData().toInt());
    ActionRepository actions(m_db);
    const Status s = m_action.id ? actions.update(m_action)
                     : m_create  ? m_create(m_action)
                                 : actions.create(m_action);
    if (!s) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

VerifyActionDialog::VerifyActionDialog(Database &db, CorrectiveAction action, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_action(std::move(action))
    , m_verifier(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_photoLabel(new QLabel(tr("No photo"), this))
    , m_error(errorLabel(this))
{
    setObjectName(QStringLiteral("verifyDialog"));
    setWindowTitle(tr("Verify corrective action"));
    auto staff = org::StaffRepository(db).list();
    std::vector<org::StaffMember> others;
    for (const org::StaffMember &m : staff ? *staff : std::vector<org::StaffMember>())
        if (!m_action.ownerId || m.id != *m_action.ownerId)
            others.push_back(m);
    m_verifier->setObjectName(QStringLiteral("verifier"));
    fillStaffCombo(m_verifier, others, QString(), std::nullopt);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What you checked and found"));
    auto *photo = new QPushButton(tr("Add photo…"), this);
    connect(photo, &QPushButton::clicked, this, &VerifyActionDialog::choosePhoto);
    auto *what = new QLabel(m_action.description, this);
    what->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Action:"), what);
    form->addRow(tr("Verified by:"), m_verifier);
    form->addRow(tr("Note:"), m_note);
    auto *photoRow = new QHBoxLayout;
    photoRow->addWidget(photo);
    photoRow->addWidget(m_photoLabel, 1);
    form->addRow(tr("Photo:"), photoRow);
    auto *buttons = new QDialogButtonBox(this);
    auto *accept = buttons->addButton(tr("Accept as done"), QDialogButtonBox::AcceptRole);
    accept->setObjectName(QStringLiteral("acceptButton"));
    auto *refuse = buttons->addButton(tr("Send back…"), QDialogButtonBox::ActionRole);
    refuse->setObjectName(QStringLiteral("sendBackButton"));
    refuse->setToolTip(tr("Not done well enough: back to its owner, with your note as the reason"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(accept, &QPushButton::clicked, this, [this] { finish(true); });
    connect(refuse, &QPushButton::clicked, this, [this] { finish(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

void VerifyActionDialog::choosePhoto()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Photo"), QString(), tr("Images (*.jpg *.jpeg *.png *.heic *.bmp)"));
    if (path.isEmpty())
        return;
    QString error;
    auto scaled = scalePhoto(path, &error);
    if (!scaled) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_photo = scaled->image;
    m_photoLabel->setPixmap(QPixmap::fromImage(QImage::fromData(scaled->thumbnail)));
}

void VerifyActionDialog::finish(bool accepted)
{
    if (!m_verifier->currentData().isValid()) {
        m_error->setText(tr("Choose who verified it: someone other than its owner."));
        m_error->show();
        return;
    }
    const qint64 verifier = m_verifier->currentData().toLongLong();
    ActionRepository actions(m_db);
    const Status s = accepted ? actions.verify(m_action.id, verifier, m_note->toPlainText(),
                                               m_photo, m_db.clock().nowSecsSinceEpoch())
                              : actions.reject(m_action.id, verifier, m_note->toPlainText());
    if (!s) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace servicelens::ui
