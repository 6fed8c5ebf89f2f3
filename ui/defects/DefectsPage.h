// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kpi/DefectTrends.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QAction;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace servicelens::ui {

class WorkbookContext;

// Defects (docs/kpi.md, Defects): each listed model's month against the year before, the
// signalled ones first — the table; the chosen model's control chart (or one fault code's),
// by calendar month or by months in service beside its category's elders; the month's Pareto
// of fault codes; and the orders behind any count, a double click or a button away.
class DefectsPage final : public QWidget {
    Q_OBJECT

public:
    DefectsPage(WorkbookContext &context, QWidget *parent = nullptr);

    void refresh();
    // Tests.
    QTableWidget *table() const { return m_table; }
    QDateEdit *monthEdit() const { return m_month; }
    QComboBox *faultBox() const { return m_fault; }
    QComboBox *axisBox() const { return m_axis; }
    QChartView *controlChart() const { return m_control; }
    QChartView *paretoChart() const { return m_pareto; }
    QLabel *notice() const { return m_notice; }
    const std::optional<kpi::DefectReport> &shown() const { return m_report; }

    QPushButton *feedbackButton() const { return m_feedback; }
    QLabel *status() const { return m_status; }

    // The model shown on the charts; empty when none.
    QString chosenModel() const;
    // Writes the R&D feedback report (a PDF, or a workbook for .xlsx) of the month's signalled
    // models, or of the chosen model alone; says on the page where it went. Tests call it
    // without the file dialog.
    bool exportFeedbackTo(const QString &path, bool chosenOnly);

signals:
    // The user asked for the orders a count stands for.
    void showOrders(const std::vector<qint64> &orderIds, const QString &what);

private:
    void fillTable();
    void showModel();
    void drawControl();
    void openOrders();
    void exportFeedback(bool chosenOnly);
    void updateFeedbackActions();
    const kpi::DefectModel *model() const;

    WorkbookContext &m_context;
    QDateEdit *m_month;
    QComboBox *m_fault;
    QComboBox *m_axis;
    QLabel *m_notice;
    QTableWidget *m_table;
    QChartView *m_control;
    QChartView *m_pareto;
    QPushButton *m_orders;
    QPushButton *m_feedback;
    QAction *m_feedbackSignalled;
    QAction *m_feedbackChosen;
    QLabel *m_status;
    std::optional<kpi::DefectReport> m_report;
    QHash<QString, QString> m_faultNames;    // code → name in the interface's language
    QHash<QString, QString> m_categoryNames; // list name → name in the interface's language
    QString m_location;                      // the workbook shown
};

} // namespace servicelens::ui
