// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flow/WorkingCalendar.h"

#include <QWidget>

namespace servicelens::ui {

// A year at a glance: twelve months, holidays in red, make-up working days in blue, weekends
// greyed. A click on a day reports it; the dialog decides what the click changes.
class YearCalendarView final : public QWidget {
    Q_OBJECT

public:
    explicit YearCalendarView(QWidget *parent = nullptr);

    void setYear(int year);
    int year() const { return m_year; }
    void setCalendar(const flow::WorkingCalendar &calendar);
    // The day under a point, invalid between days (for tests and the tooltip).
    QDate dayAt(const QPoint &pos) const;
    QRect dayRect(QDate day) const;

    QSize sizeHint() const override;

signals:
    void dayClicked(QDate day);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect monthRect(int month) const;
    int cellSize() const;
    int cellIn(const QRect &month) const;

    int m_year = 2026;
    flow::WorkingCalendar m_calendar;
};

} // namespace servicelens::ui
