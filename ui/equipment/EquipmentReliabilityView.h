// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/LocalTime.h"
#include "equipment/Equipment.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace servicelens {
class Database;
}
namespace servicelens::flow {
class WorkingCalendar;
}

namespace servicelens::ui {

// The Equipment page's Reliability tab: each piece in service over the last twelve months —
// failures, repairs, downtime, MTTR and MTBF in working-day hours (docs/kpi.md), each mean with
// its n, — where it is unknown.
class EquipmentReliabilityView final : public QWidget {
    Q_OBJECT

public:
    explicit EquipmentReliabilityView(QWidget *parent = nullptr);

    void show(Database &db, qint64 branchId, const std::vector<equipment::Equipment> &pieces,
              const flow::WorkingCalendar &calendar, const LocalTime &local, QDate today,
              qint64 now);
    void clear();
    QTableWidget *table() const { return m_table; }

private:
    QLabel *m_note;
    QTableWidget *m_table;
};

} // namespace servicelens::ui
