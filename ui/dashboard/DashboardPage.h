// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flow/OrderQuery.h"
#include "kpi/DashboardData.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace servicelens::ui {

class WorkbookContext;

class DashboardCharts;
class GettingStartedPanel;
class StatTile;

// The answer first: this month's figures against their targets (green, amber, red), the
// twelve months before, where the flow is slow and how old the backlog is. Every tile and chart
// opens the orders it counts.
class DashboardPage final : public QWidget {
    Q_OBJECT

public:
    explicit DashboardPage(WorkbookContext &context, QWidget *parent = nullptr);

    void refresh();
    QDate month() const;
    void setMonth(QDate month);
    const std::optional<kpi::DashboardData> &data() const { return m_data; }
    // First steps on the demo or an empty workbook; its buttons are the window's to answer.
    GettingStartedPanel *gettingStarted() const { return m_start; }

signals:
    // Open the orders page on these orders.
    void drillDown(const flow::OrderFilter &filter);
    // The month shown changed (the status bar's period follows it).
    void monthChanged(QDate month);
    // Exactly these orders (a rate's failures, a backlog bar), named by `what`.
    void drillDownTo(const std::vector<qint64> &orderIds, const QString &what);
    // Open the Equipment page (its due list).
    void showEquipment();

private:
    // The equipment maintenance overdue or due within the week, as a banner; hidden when none.
    void showEquipmentDue(const Branch &branch);
    // The orders behind the SLA (sla) or first-time-fix failures of a month, or behind the
    // backlog at the end of the month (one age bucket, or all with -1).
    void drillToFailures(QDate month, bool sla);
    void drillToBacklog(int bucket);
    // The context's workbook or branch changed: everything shown afresh.
    void showWorkbook();
    void fillSelectors();
    void countOrders();
    void editTargets();
    void showTiles(const kpi::DashboardData &d);
    StatTile *tile(const QString &name, const char *kpiKey);

    WorkbookContext &m_context;
    std::optional<kpi::DashboardData> m_data;
    QLabel *m_heading;
    QLabel *m_subheading;
    QComboBox *m_month;
    QComboBox *m_branch;
    QPushButton *m_targets;
    GettingStartedPanel *m_start;
    QLabel *m_calendarWarning;
    QLabel *m_quality;
    QLabel *m_equipment;
    QWidget *m_content;
    StatTile *m_csat;
    StatTile *m_resolution;
    StatTile *m_response;
    StatTile *m_complaints;
    StatTile *m_sla;
    StatTile *m_ftf;
    StatTile *m_volume;
    StatTile *m_backlog;
    DashboardCharts *m_charts;
    bool m_filling = false;
    QString m_workbookCounts;
};

} // namespace servicelens::ui
