// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkingCalendar.h"

namespace servicelens::flow {

namespace {
bool isWeekday(QDate d)
{
    return d.dayOfWeek() <= 5;
}
} // namespace

void WorkingCalendar::setDay(QDate day, DayKind kind, const QString &name)
{
    m_days[day] = SpecialDay{kind, name};
}

void WorkingCalendar::clearDay(QDate day)
{
    m_days.erase(day);
}

bool WorkingCalendar::isWorkingDay(QDate day) const
{
    const auto it = m_days.find(day);
    if (it != m_days.end())
        return it->second.kind == DayKind::Workday;
    return isWeekday(day);
}

std::optional<WorkingCalendar::SpecialDay> WorkingCalendar::specialDay(QDate day) const
{
    const auto it = m_days.find(day);
    if (it == m_days.end())
        return std::nullopt;
    return it->second;
}

int WorkingCalendar::workingDaysAfter(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    // Weekdays in (from, to] in closed form, then the listed days in that range correct it:
    // a holiday on a weekday takes one away, a make-up day on a weekend adds one. This keeps
    // the cost independent of the span, which matters when KPIs run over a million orders.
    const qint64 span = from.daysTo(to);
    qint64 count = (span / 7) * 5;
    QDate d = from.addDays((span / 7) * 7);
    while (d < to) {
        d = d.addDays(1);
        if (isWeekday(d))
            ++count;
    }
    for (auto it = m_days.upper_bound(from); it != m_days.end() && it->first <= to; ++it) {
        const bool weekday = isWeekday(it->first);
        if (it->second.kind == DayKind::Holiday && weekday)
            --count;
        else if (it->second.kind == DayKind::Workday && !weekday)
            ++count;
    }
    return static_cast<int>(count);
}

QDate WorkingCalendar::addWorkingDays(QDate from, int n) const
{
    QDate d = from;
    while (n > 0) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            --n;
    }
    return d;
}

QDate WorkingCalendar::workingDayOnOrAfter(QDate day) const
{
    QDate d = day;
    while (!isWorkingDay(d))
        d = d.addDays(1);
    return d;
}

} // namespace servicelens::flow
