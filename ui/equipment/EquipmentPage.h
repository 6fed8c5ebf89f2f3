// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "equipment/Breakdowns.h"
#include "equipment/DueList.h"
#include "equipment/Equipment.h"
#include "equipment/MaintenancePlan.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace servicelens::ui {

class WorkbookContext;

// Equipment (设备维护, issue 22): what is due — every plan overdue (red) or due within the week
// (amber), the most overdue first; the register, with the chosen piece's plans, maintenance
// and breakdowns (and the orders that waited for it); and each piece's reliability over the
// last twelve months — downtime, failures, MTTR and MTBF in working hours.
class EquipmentPage final : public QWidget {
    Q_OBJECT

public:
    explicit EquipmentPage(WorkbookContext &context, QWidget *parent = nullptr);

    void refresh();
    // Tests.
    QTableWidget *dueTable() const { return m_due; }
    QTableWidget *registerTable() const { return m_register; }
    QTableWidget *plansTable() const { return m_plans; }
    QTableWidget *recordsTable() const { return m_records; }
    QTableWidget *breakdownsTable() const { return m_breakdowns; }
    QTableWidget *reliabilityTable() const { return m_reliability; }
    QTabWidget *tabs() const { return m_tabs; }
    const std::vector<equipment::DueItem> &dueItems() const { return m_dueItems; }
    // The piece chosen in the register (or of the due item chosen); none when nothing is.
    std::optional<equipment::Equipment> chosenPiece() const;
    void choosePiece(const QString &code);

    // The buttons' work, for tests to drive without the dialogs' event loops.
    void editPiece(std::optional<equipment::Equipment> piece);
    void recordMaintenance(std::optional<qint64> planId = std::nullopt);
    void recordBreakdownOrRepair();
    // `orderNo` empty: asks for it.
    void addWaitingOrder(QString orderNo = QString());
    void newPlan();
    // The counter read today (`value` negative: asks for it).
    void recordReading(double value = -1);
    // Tests: what the chosen failed calibration puts in doubt (empty when none is chosen).
    QLabel *doubtLabel() const { return m_doubt; }
    const std::vector<qint64> &ordersInDoubt() const { return m_doubtOrders; }

signals:
    // Open the orders page on these orders, named by `what`.
    void showOrders(const std::vector<qint64> &orderIds, const QString &what);

private:
    void showDoubt();
    void fillDue();
    void fillRegister();
    void fillPiece();
    void fillReliability();
    void changed();

    WorkbookContext &m_context;
    QTabWidget *m_tabs;
    QLabel *m_dueNote;
    QTableWidget *m_due;
    QTableWidget *m_register;
    QTabWidget *m_pieceTabs;
    QTableWidget *m_plans;
    QTableWidget *m_records;
    QTableWidget *m_breakdowns;
    QTableWidget *m_reliability;
    QLabel *m_reliabilityNote;
    QPushButton *m_maintain;
    QPushButton *m_breakdown;
    QPushButton *m_wait;
    QPushButton *m_plan;
    QPushButton *m_reading;
    QPushButton *m_edit;
    std::vector<equipment::DueItem> m_dueItems;
    std::vector<equipment::Equipment> m_pieces;
    QLabel *m_doubt;
    std::vector<qint64> m_planIds;                            // rows of m_plans
    std::vector<equipment::MaintenanceRecord> m_shownRecords; // rows of m_records
    std::vector<qint64> m_calibrationPlans;
    std::vector<qint64> m_doubtOrders;
    std::vector<equipment::BreakdownRecord> m_pieceBreakdowns; // rows of m_breakdowns
};

} // namespace servicelens::ui
