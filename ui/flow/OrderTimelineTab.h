// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FlowStepDialog.h"

#include "flow/OrderDetails.h"
#include "flow/OrderWorkflow.h"

#include <QWidget>

#include <functional>

class QUndoStack;
class QHBoxLayout;
class QLabel;
class QTableWidget;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// An order's "Timeline and deadlines": the response and resolution deadlines with what is left
// or overdue, the flow's next steps as buttons (each asks when and why in a FlowStepDialog,
// then is saved at once, as one transaction with its stage event and audit record, and handed
// to the order form to be undoable), and every step in time order with the time since the one
// before — earlier closings of a reopened order included.
class OrderTimelineTab final : public QWidget {
    Q_OBJECT

public:
    OrderTimelineTab(Database &db, QWidget *parent = nullptr);

    void show(const flow::OrderDetails &details);
    // A button for the form's "undo the last step" beside the flow's buttons.
    void addUndoButton(QUndoStack *steps);
    // "5.5 h" under two days, "3.2 days" from then on.
    static QString hours(double h);
    // Every recorded step (a reopened order keeps its earlier repair and closing), then the
    // stage times no event records (imported orders), in time order: the form's timeline and
    // the printed order's.
    struct TimelineStep {
        qint64 at;
        QString what;
    };
    static std::vector<TimelineStep> timeline(const flow::OrderDetails &details);

signals:
    // A step was saved (`what` names it): the form makes it undoable and reads the order again.
    void stepTaken(const flow::OrderWorkflow::Step &step, const QString &what);

private:
    static QString eventLabel(flow::StageEvent::Kind kind);
    QWidget *buildActions();
    void takeStep(FlowStepDialog::Kind kind);
    flow::Stage nextStage() const;
    void fillTimeline();

    Database &m_db;
    flow::OrderDetails m_details;
    QTableWidget *m_timeline;
    QLabel *m_deadlines;
    QWidget *m_actions = nullptr;
    QHBoxLayout *m_actionRow = nullptr;
};

} // namespace servicelens::ui
