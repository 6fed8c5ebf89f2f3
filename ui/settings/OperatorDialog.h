// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// "Who is using ServiceLens?": asked once, on the first start, so that the history of every
// order, inspection and action names the person who made each change (OperatorIdentity).
// The name is picked from the staff or typed; Later keeps the computer's user name until a
// name is chosen in Preferences.
class OperatorDialog final : public QDialog {
    Q_OBJECT

public:
    OperatorDialog(Database *open, QWidget *parent = nullptr);
    void accept() override;
    void reject() override;

    // Fills an editable combo box with the staff of the open workbook and the chosen name.
    static void fillNames(QComboBox *combo, Database *open);
    // The name in such a combo box: the staff member's name for a listed person, else the text.
    static QString nameIn(const QComboBox *combo);

private:
    Database *m_open;
    QComboBox *m_name;
};

} // namespace servicelens::ui
