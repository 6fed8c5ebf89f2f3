// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flow/OrderDetails.h"

#include <QWidget>

#include <functional>

class QLabel;
class QTableWidget;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// An order's "Timeline and deadlines": the response and resolution deadlines with what is left
// or overdue, the flow's next steps as buttons (each saved at once, as one transaction with its
// stage event and audit record), and every step in time order with the time since the one
// before.
class OrderTimelineTab final : public QWidget {
    Q_OBJECT

public:
    OrderTimelineTab(Database &db, QWidget *parent = nullptr);

    void show(const flow::OrderDetails &details);
    // "5.5 h" under two days, "3.2 days" from then on.
    static QString hours(double h);

signals:
    // A step was saved: the order is read again.
    void orderChanged();

private:
    static QString eventLabel(flow::StageEvent::Kind kind);
    QWidget *buildActions();
    void runAction(const std::function<Status()> &action);

    Database &m_db;
    flow::OrderDetails m_details;
    QTableWidget *m_timeline;
    QLabel *m_deadlines;
    QWidget *m_actions = nullptr;
};

} // namespace servicelens::ui
