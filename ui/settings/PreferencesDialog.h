// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// Application preferences kept in QSettings: the interface language, which takes effect at the
// next start, and the operator recorded in the audit records (OperatorIdentity), at once.
class PreferencesDialog final : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(Database *open, QWidget *parent = nullptr);
    void accept() override;

private:
    Database *m_open;
    QComboBox *m_language;
    QComboBox *m_operator;
};

} // namespace servicelens::ui
