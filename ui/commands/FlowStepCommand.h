// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flow/OrderWorkflow.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace servicelens::ui {

// A step of an order's flow (respond, next stage, wait, end the wait, reopen), undoable: undo
// puts the order back as it was and removes the step's event, redo takes it again (both through
// core, audited). The step was taken when the command is made, so the first redo does nothing.
class FlowStepCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(FlowStepCommand)

public:
    using Notify = std::function<void(const QString &problem)>;

    FlowStepCommand(Database &db, flow::OrderWorkflow::Step step, const QString &what,
                    Notify changed, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    const flow::OrderWorkflow::Step &step() const { return m_step; }
    const QString &what() const { return m_what; }

private:
    Database &m_db;
    flow::OrderWorkflow::Step m_step;
    QString m_what;
    Notify m_changed;
    bool m_taken = true;
};

} // namespace servicelens::ui
