// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/LocalTime.h"
#include "inspection/Inspection.h"
#include "org/Branch.h"

#include <QDialog>

class QButtonGroup;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

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

signals:
    // Something was saved: the page refreshes its lists.
    void changed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildAnswerPages();
    QWidget *buildSectionPage();
    void load();
    void buildTree();
    void refreshTree();
    void showAnswer();
    void updateScore();
    void save(inspection::Answer answer);
    void saveTextAndNote();
    void noteFindings();
    void showSectionView();
    void moveSection(int step);
    void addPhotos();
    void sampleEvidence();
    void createAction();
    bool beginAmendment();
    const inspection::TemplateItem *currentItem() const;
    inspection::Answer currentAnswer() const;
    bool editable() const;
    QString itemTitle(const inspection::TemplateItem &item) const;
    LocalTime localTime() const;

    Database &m_db;
    qint64 m_id;
    QString m_language;
    QString m_zone =
        QString::fromLatin1(Branch::defaultTimeZone); // the branch's, for showing times
    inspection::Inspection m_inspection;
    inspection::InspectionTemplate m_template;
    std::vector<inspection::Answer> m_answers;
    QHash<QString, inspection::PreviousFinding> m_previous;
    std::vector<const inspection::TemplateItem *> m_order; // items in template order
    int m_index = 0;
    QString m_amendReason; // set while amending a completed inspection

    QTreeWidget *m_tree;
    QStackedWidget *m_views;
    SectionAnswers *m_sectionView;
    QLabel *m_sectionTitle;
    QPushButton *m_sectionToggle;
    bool m_sectionMode = false;
    QLabel *m_section;
    QLabel *m_question;
    QLabel *m_critical;
    QLabel *m_guidance;
    QLabel *m_previousLabel;
    QStackedWidget *m_answerStack;
    QButtonGroup *m_passGroup;
    QButtonGroup *m_ratingGroup;
    QDoubleSpinBox *m_number;
    QLabel *m_range;
    QPushButton *m_numberNa;
    QPlainTextEdit *m_text;
    QListWidget *m_photos;
    QPushButton *m_addPhotos;
    QLineEdit *m_note;
    QPushButton *m_evidence;
    QLabel *m_evidenceLabel;
    QPushButton *m_action;
    QLabel *m_score;
    QLabel *m_criticalFailures;
    QLabel *m_progress;
    QPushButton *m_complete;
    QPushButton *m_amend;
    QTimer *m_textTimer;
    bool m_loading = false;
};

} // namespace servicelens::ui
