// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "survey/CallbackWorkflow.h"
#include "survey/SurveySettings.h"

#include <QDialog>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace servicelens::ui {

class WorkbookContext;

// The follow-up call (回访), made for speed on the phone: the script to read, then one question
// at a time answered with one key (1-5; 0-9 and T for 10 on the recommendation scale; text
// typed, Enter to go on), saved when the last question is answered, and the next call on the
// list loaded at once. A call that gets no answer, a refusal or "call back later" is recorded
// with one button, so the response rate is true. A low score (2 or less, or 6 or less out of
// 10) or a complaint offers a follow-up corrective action.
class CallbackForm final : public QDialog {
    Q_OBJECT

public:
    CallbackForm(WorkbookContext &context, std::vector<survey::CallbackRow> calls,
                 QWidget *parent = nullptr);

    // For tests and the keys: the call shown, answering the current question, outcomes.
    QString currentOrderNo() const;
    QString currentQuestionCode() const;
    void answer(double value);
    void answerText(const QString &text);
    void recordOutcome(survey::CallOutcome outcome);
    int callsLeft() const;
    // Whether a low score asks about a follow-up action (tests switch it off).
    void setOfferFollowUp(bool offer) { m_offerFollowUp = offer; }

signals:
    void recorded();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showCall();
    void showQuestion();
    void nextQuestion();
    void finishCall();
    bool offerFollowUp();
    const survey::Question *question() const;

    WorkbookContext &m_context;
    std::vector<survey::CallbackRow> m_calls;
    std::size_t m_call = 0;
    survey::Survey m_survey;
    int m_question = 0;
    std::vector<survey::AnswerValue> m_answers;
    QString m_language;
    bool m_offerFollowUp = true;

    QLabel *m_who;
    QLabel *m_script;
    QLabel *m_progress;
    QLabel *m_questionText;
    QLabel *m_keys;
    QLineEdit *m_text;
    QLabel *m_given;
    QDateTimeEdit *m_callBack;
    QLabel *m_status;
};

} // namespace servicelens::ui
