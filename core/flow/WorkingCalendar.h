// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <map>
#include <optional>
#include <set>

namespace servicelens::flow {

// Which days are working days: Monday to Friday, minus holidays, plus make-up working days
// (调休, a weekend day declared a working day). A plain value: load it from the workbook with
// CalendarRepository, then ask it as often as needed.
class WorkingCalendar final {
public:
    enum class DayKind { Holiday, Workday };
    struct SpecialDay {
        DayKind kind = DayKind::Holiday;
        QString name;
    };

    void setDay(QDate day, DayKind kind, const QString &name = {});
    void clearDay(QDate day);
    void addCoveredYear(int year) { m_years.insert(year); }

    bool isWorkingDay(QDate day) const;
    std::optional<SpecialDay> specialDay(QDate day) const;
    const std::map<QDate, SpecialDay> &specialDays() const { return m_days; }

    // Whether the holidays and make-up days of this year are known.
    bool covers(int year) const { return m_years.count(year) > 0; }
    const std::set<int> &coveredYears() const { return m_years; }

    // The number of working days d with from < d <= to (0 when to <= from). This is the
    // resolution_wd of KPI.md between a received and a closed date.
    int workingDaysAfter(QDate from, QDate to) const;
    // The n-th working day after `from` (n >= 1); `from` itself when n is 0.
    QDate addWorkingDays(QDate from, int n) const;
    // `day` if it is a working day, otherwise the next one.
    QDate workingDayOnOrAfter(QDate day) const;

private:
    std::map<QDate, SpecialDay> m_days;
    std::set<int> m_years;
};

} // namespace servicelens::flow
