// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectStoreDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace servicelens::ui {

namespace {
const QString settingsGroup = QStringLiteral("headOffice/store/");
}

ConnectStoreDialog::ConnectStoreDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
{
    setWindowTitle(tr("Connect to Head Office Store"));
    setObjectName(QStringLiteral("connectStoreDialog"));
    const QSettings settings;
    m_host->setObjectName(QStringLiteral("storeHost"));
    m_host->setText(settings.value(settingsGroup + QStringLiteral("host")).toString());
    m_host->setPlaceholderText(tr("e.g. 10.0.0.5 or db.example.com"));
    m_port->setObjectName(QStringLiteral("storePort"));
    m_port->setRange(1, 65535);
    m_port->setValue(settings.value(settingsGroup + QStringLiteral("port"), 5432).toInt());
    m_database->setObjectName(QStringLiteral("storeDatabase"));
    m_database->setText(settings.value(settingsGroup + QStringLiteral("database")).toString());
    m_user->setObjectName(QStringLiteral("storeUser"));
    m_user->setText(settings.value(settingsGroup + QStringLiteral("user")).toString());
    m_password->setObjectName(QStringLiteral("storePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from ~/.pgpass or not needed"));

    auto *intro = new QLabel(tr("A network's store on a PostgreSQL server, made with "
                                "<i>servicelens init --db postgresql://… --head-office</i>. "
                                "The password is not saved."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : {m_host, m_database})
        connect(e, &QLineEdit::textChanged, this, &ConnectStoreDialog::updateButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateButton();
    setMinimumWidth(420);
}

void ConnectStoreDialog::updateButton()
{
    m_connect->setEnabled(!m_host->text().trimmed().isEmpty() &&
                          !m_database->text().trimmed().isEmpty());
}

QString ConnectStoreDialog::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    url.setPassword(m_password->text());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    return url.toString(QUrl::FullyEncoded);
}

void ConnectStoreDialog::remember() const
{
    QSettings settings;
    settings.setValue(settingsGroup + QStringLiteral("host"), m_host->text().trimmed());
    settings.setValue(settingsGroup + QStringLiteral("port"), m_port->value());
    settings.setValue(settingsGroup + QStringLiteral("database"), m_database->text().trimmed());
    settings.setValue(settingsGroup + QStringLiteral("user"), m_user->text().trimmed());
}

} // namespace servicelens::ui
