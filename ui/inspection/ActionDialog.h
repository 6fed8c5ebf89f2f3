// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspection/CorrectiveAction.h"
#include "org/Staff.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// Creates or edits a corrective action: what must change, who owns it, by when, how urgent.
// Saves through ActionRepository when accepted; an error stays in the dialog.
class ActionDialog final : public QDialog {
    Q_OBJECT

public:
    ActionDialog(Database &db, inspection::CorrectiveAction action, QWidget *parent = nullptr);

    const inspection::CorrectiveAction &action() const { return m_action; }
    // A new action is created by `create` instead (an incident's, with its link and timeline
    // entry in the same transaction).
    void setCreate(std::function<Status(inspection::CorrectiveAction &)> create)
    {
        m_create = std::move(create);
    }
    void accept() override;

private:
    Database &m_db;
    inspection::CorrectiveAction m_action;
    std::function<Status(inspection::CorrectiveAction &)> m_create;
    QPlainTextEdit *m_description;
    QComboBox *m_owner;
    QDateEdit *m_due;
    QComboBox *m_priority;
    QLabel *m_error;
};

// Verifies a done action (someone other than its owner, with a note and an optional photo) or
// sends it back with the reason.
class VerifyActionDialog final : public QDialog {
    Q_OBJECT

public:
    VerifyActionDialog(Database &db, inspection::CorrectiveAction action,
                       QWidget *parent = nullptr);

private:
    void finish(bool accepted);
    void choosePhoto();

    Database &m_db;
    inspection::CorrectiveAction m_action;
    QComboBox *m_verifier;
    QPlainTextEdit *m_note;
    QLabel *m_photoLabel;
    QByteArray m_photo;
    QLabel *m_error;
};

// Fills a combo with active staff ("T03 王工"), item data = staff id; `none` adds an empty entry.
void fillStaffCombo(QComboBox *combo, const std::vector<org::StaffMember> &staff,
                    const QString &none, std::optional<qint64> current);

} // namespace servicelens::ui
