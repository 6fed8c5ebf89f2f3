// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace servicelens {
class Workbook;
}

namespace servicelens::ui {

class StatTile;

// The first page: what the open workbook holds (branch, orders, open orders, the period the
// data covers, staff by group, calendar coverage). KPI tiles against targets join it with the
// KPI engine.
class DashboardPage final : public QWidget {
    Q_OBJECT

public:
    explicit DashboardPage(QWidget *parent = nullptr);

    void setWorkbook(Workbook *workbook);
    void refresh();

private:
    Workbook *m_workbook = nullptr;
    QLabel *m_heading;
    QLabel *m_subheading;
    QLabel *m_calendarWarning;
    StatTile *m_orders;
    StatTile *m_open;
    StatTile *m_period;
    StatTile *m_customers;
    StatTile *m_staff;
    StatTile *m_calendar;
    QLabel *m_kpiNote;
};

} // namespace servicelens::ui
