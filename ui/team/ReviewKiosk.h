// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "team/Review.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QTimer;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// The laptop handed from rater to rater (issue 23): a locked start screen that asks for a
// one-time code and shows nothing else; the code's form — the person reviewed, the group, each
// competency's 1–5 with its behaviour anchors, the two open questions; and back to the lock
// screen when it is sent, abandoned or left alone for five minutes. It shows no other data of
// the workbook, and leaving it asks for Ctrl+Alt+Q (the person who set it up).
class ReviewKiosk final : public QDialog {
    Q_OBJECT

public:
    ReviewKiosk(Database &db, qint64 branchId, const QString &language, QWidget *parent = nullptr);

    // Tests.
    bool locked() const;
    QLineEdit *codeEdit() const { return m_code; }
    QLabel *message() const { return m_message; }
    QLabel *formTitle() const { return m_formTitle; }
    // The form's ratings (question id -> 1..5, 0 for none) and texts, set as a rater would.
    void rate(int index, int rating);
    void write(int index, const QString &text);
    void unlock();
    void send();
    void abandon();
    static constexpr int idleMs = 5 * 60 * 1000;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void reject() override; // Escape: back to the lock screen, never out
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void lock(const QString &message = QString());
    void buildForm(const team::ReviewForm &form);

    Database &m_db;
    qint64 m_branchId;
    QString m_language;
    QString m_openCode;
    QStackedWidget *m_pages;
    QLineEdit *m_code;
    QLabel *m_message;
    QWidget *m_form;
    QLabel *m_formTitle;
    std::vector<std::pair<qint64, QButtonGroup *>> m_ratings;
    std::vector<std::pair<qint64, QPlainTextEdit *>> m_texts;
    QTimer *m_idle;
};

} // namespace servicelens::ui
