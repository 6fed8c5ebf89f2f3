// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReviewReport.h"
#include "team/ReviewResults.h"

#include <memory>

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// The Team page's 360-degree reviews (issue 23): the branch's cycles; for the chosen one its
// raters (a suggested start from the team), its one-time codes issued once and printed, the
// kiosk for answering, its results — each person's groups with n and each competency's mean, the
// gap between the others and the person, the groups the three-answer rule hides — and closing.
// Below the results: the chosen person (trend, measured figures, development plans, report),
// what was written, the training proposed, and each team's spread of the competencies.
class ReviewsView final : public QWidget {
    Q_OBJECT

public:
    explicit ReviewsView(QWidget *parent = nullptr);

    void show(Database *db, qint64 branchId, const QString &language);
    // The buttons' work, for tests to drive without the dialogs.
    void newCycle(const team::ReviewCycle &cycle);
    void suggestRaters();
    enum class Printout { Slips, PaperForms };
    std::vector<team::IssuedCode> issueCodes(bool print = true, Printout kind = Printout::Slips);
    void closeCycle();
    std::optional<team::ReviewCycle> chosenCycle() const;

    QTableWidget *cyclesTable() const { return m_cycles; }
    QTableWidget *resultsTable() const { return m_results; }
    QLabel *summary() const { return m_summary; }
    QListWidget *comments() const { return m_comments; }
    QListWidget *proposals() const { return m_proposals; }
    QTableWidget *teamsTable() const { return m_teams; }
    class ReviewPersonView *personView() const { return m_person; }

signals:
    void changed();

private:
    void askNewCycle();
    std::vector<team::IssuedCode> askAndIssueCodes();
    void openKiosk();
    void fillResults();
    void fillTeams(const team::ReviewCycle &cycle, const std::vector<team::PersonResult> &people,
                   const std::map<QString, QString> &labels);
    void showPerson();
    void editQuestionnaire();

    Database *m_db = nullptr;
    qint64 m_branchId = 0;
    qint64 m_chooseNext = 0; // a cycle just made
    QString m_language;
    std::vector<team::ReviewCycle> m_list;
    QTableWidget *m_cycles;
    QTableWidget *m_results;
    QLabel *m_summary;
    QListWidget *m_comments;
    QListWidget *m_proposals;
    QTableWidget *m_teams;
    class ReviewPersonView *m_person;
    QTabWidget *m_tabs;
    std::shared_ptr<const report::ReviewCycleData> m_data; // the chosen cycle's, computed once
    std::vector<QPushButton *> m_whileOpen;
};

} // namespace servicelens::ui
