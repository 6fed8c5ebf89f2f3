// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knowledge/ServiceCase.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// One case of the library, written or edited: title, symptom, cause, the fix step by step, its
// fault code (from the list), the models it applies to, tags, status and photos. Save makes it the
// case's next version (the one before stays in its history); a problem is shown on the form.
class CaseDialog final : public QDialog {
    Q_OBJECT

public:
    CaseDialog(Database &db, knowledge::ServiceCase draft, QWidget *parent = nullptr);

    void accept() override;
    const knowledge::ServiceCase &saved() const { return m_case; }
    // A photo from a file, scaled as the workbook keeps photos; false (and a message) when the
    // file is not an image. Add Photo… asks for the file.
    bool addPhoto(const QString &path);
    QListWidget *photoList() const { return m_photoList; }

private:
    Database &m_db;
    knowledge::ServiceCase m_case;
    QLineEdit *m_title;
    QPlainTextEdit *m_symptom;
    QPlainTextEdit *m_cause;
    QPlainTextEdit *m_fix;
    QComboBox *m_fault;
    QLineEdit *m_models;
    QLineEdit *m_tags;
    QComboBox *m_status;
    QListWidget *m_photoList;
    std::vector<knowledge::CasePhoto> m_photos;
    QLabel *m_problem;
};

} // namespace servicelens::ui
