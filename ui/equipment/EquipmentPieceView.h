// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EquipmentFilesView.h"
#include "common/LocalTime.h"

#include "equipment/DueList.h"
#include "equipment/Equipment.h"
#include "equipment/MaintenancePlan.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableWidget;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// The Equipment page's chosen piece: its plans (its own and its kind's, when last done and next
// due), its maintenance, the latest first, and its breakdowns with the orders that waited; a
// failed calibration chosen names the orders diagnosed with it since its last good one.
class EquipmentPieceView final : public QWidget {
    Q_OBJECT

public:
    explicit EquipmentPieceView(QWidget *parent = nullptr);

    // What the page read for the day: the calendar, every plan's state, today, the branch's time.
    struct Day {
        const flow::WorkingCalendar *calendar = nullptr;
        const std::vector<equipment::PlanState> *states = nullptr;
        QDate today;
        LocalTime local;
        qint64 now = 0;
    };
    // The piece, or nothing chosen.
    void show(Database *db, const std::optional<equipment::Equipment> &piece, const Day &day);

    QTableWidget *plansTable() const { return m_plans; }
    QTableWidget *recordsTable() const { return m_records; }
    QTableWidget *breakdownsTable() const { return m_breakdowns; }
    EquipmentFilesView *filesView() const { return m_files; }
    void showBreakdowns();
    void showPlans();
    // Tests: what the chosen failed calibration puts in doubt (empty when none is chosen).
    QLabel *doubtLabel() const { return m_doubt; }
    const std::vector<qint64> &ordersInDoubt() const { return m_doubtOrders; }

signals:
    // Open the orders page on these orders, named by `what`.
    void showOrders(const std::vector<qint64> &orderIds, const QString &what);

private:
    void fillPlans(const equipment::Equipment &piece, const Day &day,
                   const std::vector<equipment::MaintenancePlan> &plans);
    void fillRecords(const std::vector<equipment::MaintenanceRecord> &records,
                     const std::vector<equipment::MaintenancePlan> &plans);
    void fillBreakdowns(const equipment::Equipment &piece, const Day &day);
    void showDoubt();
    QString filesTitle() const;

    Database *m_db = nullptr;
    std::optional<equipment::Equipment> m_piece;
    LocalTime m_local{QTimeZone::utc()};
    QTabWidget *m_tabs;
    QTableWidget *m_plans;
    QTableWidget *m_records;
    QTableWidget *m_breakdowns;
    EquipmentFilesView *m_files;
    QLabel *m_doubt;
    std::vector<equipment::MaintenanceRecord> m_shownRecords; // rows of m_records
    std::vector<qint64> m_calibrationPlans;
    std::vector<qint64> m_doubtOrders;
};

} // namespace servicelens::ui
