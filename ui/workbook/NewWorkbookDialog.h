// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbook/Workbook.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace servicelens::ui {

// Asks where to create a workbook and what its first branch is called.
class NewWorkbookDialog final : public QDialog {
    Q_OBJECT

public:
    explicit NewWorkbookDialog(QWidget *parent = nullptr);

    QString path() const;
    NewWorkbook spec() const;

private:
    void browse();
    void validate();

    QLineEdit *m_path;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QComboBox *m_zone;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace servicelens::ui
