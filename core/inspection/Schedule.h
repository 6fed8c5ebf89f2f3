// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InspectionTemplate.h"

#include <QCoreApplication>
#include <QDate>

namespace servicelens {
class Database;
}

namespace servicelens::inspection {

struct Schedule {
    qint64 id = 0;
    QString uid;
    qint64 branchId = 0;
    QString templateCode; // its latest version is used
    Frequency frequency = Frequency::Monthly;
    std::optional<qint64> assigneeId;
    QDate nextDue;
    bool active = true;
};

struct DueRow {
    Schedule schedule;
    BilingualText templateName;
    QString assigneeName;
    int daysOverdue = 0; // > 0 when past due on `today`
};

// When each template is next to be inspected, by whom.
class ScheduleRepository final {
    Q_DECLARE_TR_FUNCTIONS(ScheduleRepository)

public:
    explicit ScheduleRepository(Database &db)
        : m_db(db)
    {}

    Status create(Schedule &schedule);
    Status update(const Schedule &schedule);
    Result<std::optional<Schedule>> findById(qint64 id) const;
    // Active schedules of the branch due on or before `horizon`, most overdue first.
    Result<std::vector<DueRow>> due(qint64 branchId, QDate today, QDate horizon) const;
    Result<std::vector<DueRow>> all(qint64 branchId, QDate today) const;
    // After an inspection done on `done` (local date): the next due date moves one period at a
    // time until it is after `done`, so an early inspection counts for its period and a late one
    // does not leave the schedule in the past.
    Status advance(qint64 scheduleId, QDate done);

    static QDate nextAfter(QDate due, Frequency frequency);

private:
    Result<std::vector<DueRow>> rows(qint64 branchId, QDate today, const QDate *horizon) const;
    Database &m_db;
};

} // namespace servicelens::inspection
