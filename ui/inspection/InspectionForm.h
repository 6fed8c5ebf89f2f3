// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InspectionSession.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

class AnswerPages;
class InspectionItemPage;
class InspectionFooter;
class InspectionItemTree;
class SectionAnswers;

// Carrying out an inspection (巡检): one item at a time, quick with the keyboard — P pass, F
// fail, N not applicable, 1-5 a rating, Enter or Page Down the next item, Page Up the previous —
// and every answer saved the moment it is given, so closing the window or a crash loses
// nothing and opening the inspection again resumes it. Beside each question: its guidance, what
// the previous inspection found (a repeat finding is flagged), photos, sampled orders as
// evidence, and a way to turn a finding into a corrective action. The live score and critical
// failures are shown as you go. A completed inspection opens read-only; a change is an
// amendment with a reason.
class InspectionForm final : public QDialog {
    Q_OBJECT

public:
    InspectionForm(Database &db, qint64 inspectionId, QWidget *parent = nullptr);
    ~InspectionForm() override;

    // For tests and the page: which item is shown, and moving through them.
    QString currentItemCode() const;
    void showItem(const QString &code);
    void next();
    void previous();
    // Answers the current item as a user would with the keys.
    void answerPassFail(std::optional<bool> passed); // nullopt: n/a
    void answerRating(int rating);                   // 0: n/a
    void answerNumber(double value);
    bool complete(bool askFirst = true);
    QString scoreText() const;
    // The whole current section on one screen instead of one item at a time.
    void setSectionMode(bool on);
    // Photos or corrective actions of an item changed (here or in the actions view): the tree,
    // the item's buttons and the answered count follow.
    void attachmentsChanged();

signals:
    // Something was saved: the page refreshes its lists.
    void changed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *buildSectionPage();
    void load();
    void refreshTree();
    void showAnswer();
    void updateScore();
    void save(inspection::Answer answer);
    void saveTextAndNote();
    void showSectionView();
    void moveSection(int step);
    void sampleEvidence();
    void createAction();
    bool beginAmendment();
    QString itemTitle(const inspection::TemplateItem &item) const;

    Database &m_db;
    qint64 m_id;
    QString m_language;
    InspectionSession m_session;

    InspectionItemTree *m_tree;
    QStackedWidget *m_views;
    SectionAnswers *m_sectionView;
    QLabel *m_sectionTitle;
    QPushButton *m_sectionToggle;
    bool m_sectionMode = false;
    InspectionItemPage *m_itemPage;
    InspectionFooter *m_footer;
    bool m_loading = false;
};

} // namespace servicelens::ui
