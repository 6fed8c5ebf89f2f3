// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "survey/Survey.h"
#include "survey/SurveyRepository.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QWidget;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// Designs a questionnaire: its name and the script's opening words in both languages, then the
// questions in order (drag or Alt+arrows to reorder), each with a code, a type, the dimension it
// measures, its words in both languages and, for single choice, the options. Saving goes through
// SurveyRepository: a survey with answers is saved as a new version.
class SurveyDesigner final : public QDialog {
    Q_OBJECT

public:
    SurveyDesigner(Database &db, survey::Survey s, QWidget *parent = nullptr);

    Result<survey::Survey> edited();
    const survey::Survey &saved() const { return m_survey; }
    void accept() override;
    void addQuestion();
    void moveQuestion(int step);

private:
    void showQuestion(int row);
    void storeQuestion();

    Database &m_db;
    survey::Survey m_survey;
    std::vector<survey::Question> m_questions; // in list order, kept in step with m_list
    int m_current = -1;
    bool m_loading = false;

    QLineEdit *m_code;
    QLineEdit *m_name;
    QLineEdit *m_nameZh;
    QPlainTextEdit *m_intro;
    QPlainTextEdit *m_introZh;
    QListWidget *m_list;
    QWidget *m_form;
    QLineEdit *m_qCode;
    QComboBox *m_type;
    QComboBox *m_dimension;
    QPlainTextEdit *m_text;
    QPlainTextEdit *m_textZh;
    QPlainTextEdit *m_options;
    QPlainTextEdit *m_optionsZh;
    QLabel *m_error;
};

} // namespace servicelens::ui
