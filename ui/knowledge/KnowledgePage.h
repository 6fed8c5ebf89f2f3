// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knowledge/ServiceCase.h"
#include "kpi/CaseEffect.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace servicelens::ui {

class WorkbookContext;

// Knowledge (案例库): the library — every case, searched, written and edited; does it help —
// per fault code with an approved case, the orders a case was used on against the others
// (resolution, first-time fix, reopened, with n and a test), and before against after the
// approval; and the gaps — fault codes with orders and no case, by the working days they
// cost, and the phrases uncoded orders repeat that no case holds, each a case to write.
class KnowledgePage final : public QWidget {
    Q_OBJECT

public:
    KnowledgePage(WorkbookContext &context, QWidget *parent = nullptr);
    ~KnowledgePage() override;

    void refresh();
    // Tests: until the analysis asked for is shown.
    void waitForAnalysis();
    // Tests.
    QTableWidget *cases() const { return m_cases; }
    QTableWidget *effects() const { return m_effects; }
    QTableWidget *gaps() const { return m_gaps; }
    QTableWidget *phrases() const { return m_phrases; }
    QLineEdit *searchEdit() const { return m_search; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    const std::optional<kpi::KnowledgeReport> &shown() const { return m_report; }
    // A new case prefilled from a gap (row of the gaps or phrases list), as the button writes it.
    knowledge::ServiceCase caseForGap(bool phrase, int row) const;

private:
    void fillCases();
    using Analysis = Result<kpi::KnowledgeReport>;
    void fillAnalysis();
    void showAnalysis(Analysis report);
    void editCase(knowledge::ServiceCase draft);

    WorkbookContext &m_context;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_search;
    QTabWidget *m_tabs;
    QTableWidget *m_cases;
    QTableWidget *m_effects;
    QTableWidget *m_gaps;
    QTableWidget *m_phrases;
    QLabel *m_effectNote;
    QLabel *m_gapNote;
    std::vector<qint64> m_caseIds;
    std::optional<kpi::KnowledgeReport> m_report;
    QHash<QString, QString> m_faultNames;
    QString m_location;
    QFutureWatcher<Analysis> m_work;
    QString m_computedFor;    // the workbook and months m_work computes
    bool m_computing = false; // the analysis is being computed or not yet shown
    bool m_again = false;     // asked again while computing
};

} // namespace servicelens::ui
