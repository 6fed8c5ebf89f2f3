// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreferencesDialog.h"

#include "OperatorDialog.h"
#include "OperatorIdentity.h"

#include "i18n/Language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace servicelens::ui {

PreferencesDialog::PreferencesDialog(Database *open, QWidget *parent)
    : QDialog(parent)
    , m_open(open)
    , m_language(new QComboBox(this))
    , m_operator(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    for (const QString &code : i18n::Language::available())
        m_language->addItem(i18n::Language::displayName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(i18n::Language::preferred())));

    auto *note = new QLabel(tr("The new language is used the next time ServiceLens starts."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    m_operator->setObjectName(QStringLiteral("operatorCombo"));
    OperatorDialog::fillNames(m_operator, open);
    m_operator->setToolTip(tr("Recorded with every change you make, in the history of each "
                              "order, inspection and action"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(note);
    form->addRow(tr("&Your name:"), m_operator);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    i18n::Language::setPreferred(m_language->currentData().toString());
    OperatorIdentity::choose(OperatorDialog::nameIn(m_operator), m_open);
    QDialog::accept();
}

} // namespace servicelens::ui
