// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QSpinBox;
class QUndoStack;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

class YearCalendarView;

// The working-day calendar, a year at a time. A click toggles a day: an ordinary weekday
// becomes a holiday, an ordinary weekend day a make-up working day (调休), a marked day ordinary
// again. Import and export use the calendar CSV of FORMATS.md. Every change is saved at once.
class CalendarDialog final : public QDialog {
    Q_OBJECT

public:
    CalendarDialog(Database &db, int year, QUndoStack *undo = nullptr, QWidget *parent = nullptr);

    YearCalendarView *view() const { return m_view; }
    void toggle(QDate day);

signals:
    // The calendar changed: figures that count working days must be recomputed.
    void calendarChanged();

private:
    void reload();
    void importCsv();
    void exportCsv();

    Database &m_db;
    QUndoStack *m_undo;
    QSpinBox *m_year;
    YearCalendarView *m_view;
    QCheckBox *m_covered;
    QLabel *m_summary;
    bool m_loading = false;
};

} // namespace servicelens::ui
