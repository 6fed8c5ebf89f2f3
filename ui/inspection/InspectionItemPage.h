// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

class AnswerPages;
class InspectionSession;

// One inspection item on a screen: where it sits, the question in large type, whether it is
// critical, its guidance, the answer, a note, the orders kept as evidence, a corrective action
// for a finding, and what the previous inspection found (a repeat finding flagged).
class InspectionItemPage final : public QWidget {
    Q_OBJECT

public:
    InspectionItemPage(Database &db, QWidget *parent = nullptr);

    AnswerPages *answers() const { return m_answers; }
    // Shows the session's current item; `evidenceCount`: orders kept with its answer.
    void show(const InspectionSession &session, const QString &language, int evidenceCount);
    QString note() const;
    // A finding wants a word on what was seen: the note takes the keys, Enter moves on.
    void focusNote();

signals:
    void previousRequested();
    void nextRequested();
    void noteEdited();
    void evidenceRequested();
    void actionRequested();

private:
    void showPrevious(const InspectionSession &session);

    QLabel *m_section;
    QLabel *m_question;
    QLabel *m_critical;
    QLabel *m_guidance;
    AnswerPages *m_answers;
    QLineEdit *m_note;
    QString m_sampleTip;
    QPushButton *m_evidence;
    QLabel *m_evidenceLabel;
    QPushButton *m_action;
    QLabel *m_previous;
};

} // namespace servicelens::ui
