// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;
class QSpinBox;

namespace servicelens::ui {

// File ▸ Connect to Head Office Store…: the PostgreSQL server holding a network's store
// (docs/head-office.md). Server, port, database and user are remembered for next time; the
// password never is (it can live in ~/.pgpass instead, as for every PostgreSQL program).
class ConnectStoreDialog final : public QDialog {
    Q_OBJECT

public:
    explicit ConnectStoreDialog(QWidget *parent = nullptr);

    // postgresql://user:password@host:port/database, as Database::open takes it.
    QString url() const;
    // Keeps what was typed (not the password) for the next time.
    void remember() const;

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }

private:
    void updateButton();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QPushButton *m_connect = nullptr;
};

} // namespace servicelens::ui
