// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlowStepCommand.h"

namespace servicelens::ui {

FlowStepCommand::FlowStepCommand(Database &db, flow::OrderWorkflow::Step step, const QString &what,
                                 Notify changed, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_db(db)
    , m_step(std::move(step))
    , m_what(what)
    , m_changed(std::move(changed))
{
    setText(tr("%1 on order %2").arg(what, m_step.after.orderNo));
}

void FlowStepCommand::undo()
{
    const Status s = flow::OrderWorkflow(m_db).undo(m_step);
    if (m_changed)
        m_changed(s ? QString() : s.error().message);
}

void FlowStepCommand::redo()
{
    if (m_taken) {
        m_taken = false; // taken in the order form already
        return;
    }
    const Status s = flow::OrderWorkflow(m_db).redo(m_step);
    if (m_changed)
        m_changed(s ? QString() : s.error().message);
}

} // namespace servicelens::ui
