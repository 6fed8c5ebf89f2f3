// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/LocalTime.h"
#include "incident/AffectedOrders.h"
#include "incident/Incident.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableWidget;

namespace servicelens {
class Database;
}

namespace servicelens::ui {

// One incident, as its lead follows it: what happened and how severe, the plan's steps (overdue
// ones red; a double click marks one done), the timeline, the orders and customers it touched,
// the calls made to them, and the corrective actions it gave rise to.
class IncidentView final : public QWidget {
    Q_OBJECT

public:
    explicit IncidentView(QWidget *parent = nullptr);

    // Shows `incident` read from `db`; none: empty.
    void show(Database *db, const std::optional<incident::Incident> &incident,
              const LocalTime &local, qint64 now);

    // Tests.
    QLabel *summary() const { return m_summary; }
    QTableWidget *stepsTable() const { return m_steps; }
    QTableWidget *timelineTable() const { return m_timeline; }
    QTableWidget *affectedTable() const { return m_affected; }
    QTableWidget *callsTable() const { return m_calls; }
    QTableWidget *actionsTable() const { return m_actions; }
    QTabWidget *tabs() const { return m_tabs; }
    const std::vector<incident::AffectedOrder> &affected() const { return m_affectedOrders; }
    // The step on the chosen row of the steps table (0 when none).
    qint64 chosenStep() const;

signals:
    void stepActivated(qint64 stepId);
    void showOrders(const std::vector<qint64> &orderIds, const QString &what);

private:
    void fillSummary(Database &db, const incident::Incident &i, const LocalTime &local);
    void fillSteps(Database &db, const incident::Incident &i, const LocalTime &local, qint64 now);
    void fillTimeline(Database &db, const incident::Incident &i, const LocalTime &local);
    void fillAffected(Database &db, const incident::Incident &i, const LocalTime &local);
    void fillCalls(Database &db, const incident::Incident &i, const LocalTime &local);
    void fillActions(Database &db, const incident::Incident &i);

    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTableWidget *m_steps;
    QTableWidget *m_timeline;
    QLabel *m_affectedNote;
    QTableWidget *m_affected;
    QLabel *m_callsNote;
    QTableWidget *m_calls;
    QTableWidget *m_actions;
    std::vector<qint64> m_stepIds;
    std::vector<incident::AffectedOrder> m_affectedOrders;
    QString m_code;
};

} // namespace servicelens::ui
