// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/LocalTime.h"
#include "incident/Incident.h"
#include "incident/IncidentContacts.h"
#include "inspection/CorrectiveAction.h"
#include "storage/Result.h"

#include <QDateTime>

namespace servicelens {
class Database;
}

namespace servicelens::report {

// An incident's situation report (情况通报) for upper management, as data: what happened, the
// plan's steps, who was contacted and how the calls went, what is still open, the timeline, and
// the lessons when it is closed. Times are the branch's wall clock; phones are masked
// (138****5678) as in every export.
struct SituationReport {
    QString language;
    QString branchName;
    QDateTime writtenAt; // the branch's wall clock
    incident::Incident incident;
    QString planName;
    QString leadName;
    QString scope; // Incidents::describe, '' when none was stated
    std::vector<incident::IncidentStep> steps;
    std::vector<incident::IncidentEvent> timeline;
    int affectedOrders = 0;
    int affectedOpenOrders = 0;
    int affectedCustomers = 0;
    incident::ContactTally calls;
    std::vector<incident::IncidentCall> contacts; // phones masked
    std::vector<inspection::ActionListRow> actions;
    qint64 now = 0;
    LocalTime local{QTimeZone::utc()}; // the branch's

    QDateTime wall(qint64 utc) const { return local.localDateTime(utc); }
    int stepsOpen() const;
    int actionsOpen() const;

    // `language`: "en" or "zh_CN", whatever the interface speaks.
    static Result<SituationReport> build(Database &db, qint64 incidentId, const QString &language);
};

} // namespace servicelens::report
