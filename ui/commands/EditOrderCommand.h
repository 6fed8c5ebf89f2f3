// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flow/ServiceOrder.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// An order saved from the order form, undoable: undo writes the order as it was, redo as it was
// saved (both through core, so each is validated and audited like any edit). The form has
// already saved when the command is pushed, so the first redo does nothing.
class EditOrderCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(EditOrderCommand)

public:
    using Notify = std::function<void(const QString &problem)>;

    EditOrderCommand(Database &db, flow::ServiceOrder before, flow::ServiceOrder after,
                     Notify changed, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    void write(const flow::ServiceOrder &order, const flow::ServiceOrder &current);

    Database &m_db;
    flow::ServiceOrder m_before;
    flow::ServiceOrder m_after;
    Notify m_changed;
    bool m_saved = true;
};

// A working-day calendar day changed in the year view, undoable.
class SetCalendarDayCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetCalendarDayCommand)

public:
    struct DayState {
        bool special = false;
        bool holiday = false;
        QString name;
    };
    using Notify = std::function<void(const QString &problem)>;

    SetCalendarDayCommand(Database &db, QDate day, DayState before, DayState after, Notify changed);

    void undo() override;
    void redo() override;

private:
    void apply(const DayState &state);

    Database &m_db;
    QDate m_day;
    DayState m_before;
    DayState m_after;
    Notify m_changed;
};

} // namespace servicelens::ui
