// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network/NetworkFigures.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace servicelens::ui {

class WorkbookContext;

// Network (head office): every branch's month side by side with the network's, each rate
// marked where it differs beyond chance (▲/▼, the 99.8 % funnel), a funnel plot of the rate
// chosen and its twelve months per branch (the branches selected in the table, or all), each
// branch's data_until, and a banner while the month is provisional. A double click on a branch
// opens its orders.
class NetworkPage final : public QWidget {
    Q_OBJECT

public:
    NetworkPage(WorkbookContext &context, QWidget *parent = nullptr);
    ~NetworkPage() override;

    // Computes the month's figures on a worker thread of its own connection (a store of many
    // branches takes seconds), then shows them; asked again meanwhile, it computes once more.
    void refresh();
    // Tests: until the figures (and the trend, when its tab is shown) are shown.
    void waitForFigures();
    QTableWidget *table() const { return m_table; }
    QLabel *banner() const { return m_banner; }
    QDateEdit *monthEdit() const { return m_month; }
    QComboBox *rateBox() const { return m_rate; }
    QTabWidget *charts() const { return m_charts; }
    const std::optional<network::NetworkMonth> &shown() const { return m_figures; }

signals:
    // The user asked for a branch's orders.
    void openBranch(qint64 branchId);

private:
    using Month = Result<network::NetworkMonth>;
    using Trend = Result<network::NetworkTrend>;

    void showFigures(Month figures);
    void fillTable();
    void showTrend();
    void drawTrend();

    WorkbookContext &m_context;
    QDateEdit *m_month;
    QComboBox *m_rate;
    QLabel *m_banner;
    QTableWidget *m_table;
    QTabWidget *m_charts;
    QChartView *m_funnel;
    QChartView *m_trend;
    std::optional<network::NetworkMonth> m_figures;
    std::optional<network::NetworkTrend> m_trendFigures;
    QFutureWatcher<Month> m_monthWork;
    QFutureWatcher<Trend> m_trendWork;
    QString m_computedFor;    // the store and month m_monthWork computes
    bool m_computing = false; // the month's figures are being computed or not yet shown
    bool m_again = false;     // asked again while computing
    bool m_trendComputing = false;
    bool m_trendAgain = false;
};

} // namespace servicelens::ui
