// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditOrderCommand.h"

#include "flow/CalendarRepository.h"
#include "flow/OrderRepository.h"

namespace servicelens::ui {

EditOrderCommand::EditOrderCommand(Database &db, flow::ServiceOrder before,
                                   flow::ServiceOrder after, Notify changed, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_db(db)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_changed(std::move(changed))
{
    setText(tr("Edit order %1").arg(m_after.orderNo));
}

void EditOrderCommand::write(const flow::ServiceOrder &order, const flow::ServiceOrder &current)
{
    // Only over the state this command left: a change made meanwhile elsewhere is kept.
    const Status s = flow::OrderRepository(m_db).update(order, current);
    if (m_changed)
        m_changed(s ? QString() : s.error().message);
}

void EditOrderCommand::undo()
{
    write(m_before, m_after);
}

void EditOrderCommand::redo()
{
    if (m_saved) {
        m_saved = false; // the form saved it already
        return;
    }
    write(m_after, m_before);
}

SetCalendarDayCommand::SetCalendarDayCommand(Database &db, QDate day, DayState before,
                                             DayState after, Notify changed)
    : m_db(db)
    , m_day(day)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_changed(std::move(changed))
{
    setText(tr("Change %1 in the calendar").arg(day.toString(Qt::ISODate)));
}

void SetCalendarDayCommand::apply(const DayState &state)
{
    flow::CalendarRepository repo(m_db);
    const Status s = !state.special
                         ? repo.clearDay(m_day)
                         : repo.setDay(m_day,
                                       state.holiday ? flow::WorkingCalendar::DayKind::Holiday
                                                     : flow::WorkingCalendar::DayKind::Workday,
                                       state.name);
    if (m_changed)
        m_changed(s ? QString() : s.error().message);
}

void SetCalendarDayCommand::undo()
{
    apply(m_before);
}
void SetCalendarDayCommand::redo()
{
    apply(m_after);
}

} // namespace servicelens::ui
