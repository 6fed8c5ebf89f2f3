// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EquipmentPieceView.h"
#include "EquipmentReliabilityView.h"

#include "equipment/DueList.h"
#include "equipment/Equipment.h"
#include "flow/WorkingCalendar.h"

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
// last twelve months — downtime, failures, MTTR and MTBF in working-day hours.
class EquipmentPage final : public QWidget {
    Q_OBJECT

public:
    explicit EquipmentPage(WorkbookContext &context, QWidget *parent = nullptr);

    void refresh();
    // Tests.
    QTableWidget *dueTable() const { return m_due; }
    QTableWidget *registerTable() const { return m_register; }
    QTableWidget *plansTable() const { return m_pieceView->plansTable(); }
    QTableWidget *recordsTable() const { return m_pieceView->recordsTable(); }
    QTableWidget *breakdownsTable() const { return m_pieceView->breakdownsTable(); }
    QTableWidget *reliabilityTable() const { return m_reliabilityView->table(); }
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
    QLabel *doubtLabel() const { return m_pieceView->doubtLabel(); }
    const std::vector<qint64> &ordersInDoubt() const { return m_pieceView->ordersInDoubt(); }

signals:
    // Open the orders page on these orders, named by `what`.
    void showOrders(const std::vector<qint64> &orderIds, const QString &what);

private:
    void fillDue();
    void fillRegister();
    void fillPiece();
    void changed();

    WorkbookContext &m_context;
    QTabWidget *m_tabs;
    QLabel *m_dueNote;
    QTableWidget *m_due;
    QTableWidget *m_register;
    EquipmentPieceView *m_pieceView;
    EquipmentReliabilityView *m_reliabilityView;
    QPushButton *m_maintain;
    QPushButton *m_breakdown;
    QPushButton *m_wait;
    QPushButton *m_plan;
    QPushButton *m_reading;
    QPushButton *m_edit;
    std::vector<equipment::DueItem> m_dueItems;
    std::vector<equipment::Equipment> m_pieces;
    // Read once per refresh: the calendar and where every plan stands today, for the due list,
    // the register's next dates and the chosen piece's plans alike.
    std::optional<flow::WorkingCalendar> m_calendar;
    std::vector<equipment::PlanState> m_states;
};

} // namespace servicelens::ui
