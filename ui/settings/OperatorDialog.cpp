// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperatorDialog.h"

#include "OperatorIdentity.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace servicelens::ui {

OperatorDialog::OperatorDialog(Database *open, QWidget *parent)
    : QDialog(parent)
    , m_open(open)
    , m_name(new QComboBox(this))
{
    setObjectName(QStringLiteral("operatorDialog"));
    setWindowTitle(tr("Who Is Using ServiceLens?"));
    auto *intro = new QLabel(tr("Your name is recorded with every change you make, so that the "
                                "history of each order, inspection and action says who did "
                                "what. Choose yourself from the staff or type your name."),
                             this);
    intro->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("operatorCombo"));
    fillNames(m_name, open);
    auto *form = new QFormLayout;
    form->addRow(tr("&Your name:"), m_name);
    auto *note = new QLabel(tr("You can change it at any time in Settings ▸ Preferences."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    auto *later = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("operatorLater"));
    auto *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_name, &QComboBox::currentTextChanged, ok,
            [this, ok] { ok->setEnabled(!nameIn(m_name).isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

void OperatorDialog::fillNames(QComboBox *combo, Database *open)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->clear();
    if (open)
        for (const OperatorIdentity::Candidate &c : OperatorIdentity::candidates(*open))
            combo->addItem(c.display, c.name);
    const QString chosen = OperatorIdentity::chosen();
    const int listed = combo->findData(chosen);
    if (listed >= 0)
        combo->setCurrentIndex(listed);
    else {
        combo->setCurrentIndex(-1);
        combo->setEditText(chosen);
    }
    combo->lineEdit()->setPlaceholderText(tr("for example 张经理"));
}

QString OperatorDialog::nameIn(const QComboBox *combo)
{
    const QString text = combo->currentText().trimmed();
    // A listed person shows "name (code)"; the record keeps the name.
    const int listed = combo->findText(text);
    if (listed >= 0)
        return combo->itemData(listed).toString();
    return text;
}

void OperatorDialog::accept()
{
    const QString name = nameIn(m_name);
    if (name.isEmpty())
        return;
    OperatorIdentity::choose(name, m_open);
    QDialog::accept();
}

void OperatorDialog::reject()
{
    OperatorIdentity::markAsked();
    QDialog::reject();
}

} // namespace servicelens::ui
