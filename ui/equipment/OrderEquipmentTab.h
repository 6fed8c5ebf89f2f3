// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/LocalTime.h"
#include "equipment/Breakdowns.h"
#include "flow/ServiceOrder.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// The order form's Equipment tab (issue 22): the instruments the order was diagnosed with (what
// a failed calibration later puts in doubt), recorded here; and the broken pieces it waits for —
// a wait that pauses its SLA clock as a wait for parts does — started and ended here.
class OrderEquipmentTab final : public QWidget {
    Q_OBJECT

public:
    explicit OrderEquipmentTab(Database &db, QWidget *parent = nullptr);

    // The order shown (0: a new order, not saved yet) and its branch's local time.
    void setOrder(const flow::ServiceOrder &order, const LocalTime &local);

    // The buttons' work.
    void recordUse();
    void waitForBroken();
    void endWait();

    // Tests.
    QTableWidget *uses() const { return m_uses; }
    QTableWidget *waits() const { return m_waits; }
    QComboBox *instrumentBox() const { return m_instrument; }
    QComboBox *brokenBox() const { return m_broken; }

signals:
    // A wait began or ended: the order's deadlines moved.
    void waitsChanged();

private:
    void fill();

    Database &m_db;
    flow::ServiceOrder m_order;
    LocalTime m_local;
    QTableWidget *m_uses;
    QTableWidget *m_waits;
    QComboBox *m_instrument;
    QComboBox *m_broken;
    QPushButton *m_use;
    QPushButton *m_wait;
    QPushButton *m_end;
    std::vector<equipment::OrderPiece> m_shownWaits;
};

} // namespace servicelens::ui
