// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace servicelens::ui {

class InspectionSession;

// The inspection form's foot: the live score and verdict, critical failures, how many items are
// answered, and the buttons that end or change the inspection (complete, amend, print, close).
class InspectionFooter final : public QWidget {
    Q_OBJECT

public:
    // `leading` (the form's whole-section toggle) opens the row.
    explicit InspectionFooter(QWidget *leading, QWidget *parent = nullptr);

    void show(const InspectionSession &session, const QString &language);
    // "Score: 83.9 (pass at 80) · passes".
    static QString scoreText(const InspectionSession &session);
    QPushButton *completeButton() const { return m_complete; }

signals:
    void completeRequested();
    void amendRequested();
    void printRequested();
    void closeRequested();

private:
    QLabel *m_score;
    QLabel *m_criticalFailures;
    QLabel *m_progress;
    QPushButton *m_complete;
    QPushButton *m_amend;
};

} // namespace servicelens::ui
