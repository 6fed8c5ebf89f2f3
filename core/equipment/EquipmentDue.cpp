// SPDX-License-Identifier: GPL-3.0-or-later
#include "EquipmentDue.h"

#include "MaintenanceLog.h"
#include "flow/CalendarRepository.h"
#include "storage/SqlQuery.h"

#include <QHash>

namespace servicelens::equipment {

namespace {

QString iso(QDate day)
{
    return day.toString(Qt::ISODate);
}

// The counter's value on or before a day: the latest reading then (none when never read).
std::optional<double> readingOn(const std::vector<UsageReading> &readings, QDate day)
{
    std::optional<double> value;
    for (const UsageReading &r : readings)
        if (r.day <= day)
            value = r.value;
    return value;
}

} // namespace

Result<std::vector<PlanState>> EquipmentDue::states(Database &db, QDate today,
                                                    std::optional<qint64> branchId)
{
    SqlQuery q(
        db, QStringLiteral("SELECT p.id, e.id, b.code, e.code, p.name, p.cadence, p.every, "
                           "p.day_of_month, p.first_month, p.since FROM maintenance_plan p JOIN "
                           "equipment e ON e.branch_id = p.branch_id AND (e.id = p.equipment_id OR "
                           "(p.equipment_id IS NULL AND e.kind = p.kind)) JOIN branch b ON b.id = "
                           "e.branch_id WHERE p.active = 1 AND e.retired = 0 AND (:branch = 0 OR "
                           "e.branch_id = :branch) ORDER BY b.code, e.code, p.name"));
    q.bind(QStringLiteral(":branch"), branchId.value_or(0));
    if (auto s = q.exec(); !s)
        return s.error();
    std::vector<PlanState> states;
    std::vector<QString> cadences;
    while (q.next()) {
        PlanState p;
        p.planId = q.value(0).toLongLong();
        p.equipmentId = q.value(1).toLongLong();
        p.branch = q.value(2).toString();
        p.equipment = q.value(3).toString();
        p.plan = q.value(4).toString();
        p.schedule.cadence = Cadences::parse(q.value(5).toString()).value_or(Cadence::WorkingDays);
        p.schedule.every = q.value(6).toInt();
        p.schedule.dayOfMonth = q.value(7).toInt();
        p.schedule.firstMonth = q.value(8).toInt();
        p.since = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        states.push_back(p);
    }

    // The last record that counts, per plan and piece.
    SqlQuery last(
        db, QStringLiteral("SELECT done_on, reading, expires_on FROM maintenance_record WHERE "
                           "equipment_id = :piece AND plan_id = :plan AND done_on <= :today AND "
                           "(result = 'pass' OR :calibration = 0) ORDER BY done_on DESC, id DESC "
                           "LIMIT 1"));
    MaintenanceLog log(db);
    QHash<qint64, std::vector<UsageReading>> readings; // per piece, read once
    for (PlanState &p : states) {
        const bool calibration = p.schedule.cadence == Cadence::Calibration;
        last.bind(QStringLiteral(":piece"), p.equipmentId)
            .bind(QStringLiteral(":plan"), p.planId)
            .bind(QStringLiteral(":today"), iso(today))
            .bind(QStringLiteral(":calibration"), calibration ? 1 : 0);
        if (auto s = last.exec(); !s)
            return s.error();
        std::optional<double> readAtLast;
        if (last.next()) {
            p.lastDone = QDate::fromString(last.value(0).toString(), Qt::ISODate);
            if (!last.value(1).isNull())
                readAtLast = last.value(1).toDouble();
            if (!last.value(2).isNull())
                p.expiry = QDate::fromString(last.value(2).toString(), Qt::ISODate);
        }
        if (p.schedule.cadence != Cadence::Usage)
            continue;
        if (!readings.contains(p.equipmentId)) {
            auto read = log.readings(p.equipmentId);
            if (!read)
                return read.error();
            readings.insert(p.equipmentId, std::move(*read));
        }
        const std::vector<UsageReading> &all = readings[p.equipmentId];
        const QDate base = p.lastDone.isValid() ? p.lastDone : p.since;
        p.lastReading = readAtLast ? *readAtLast : readingOn(all, base).value_or(0);
        for (const UsageReading &r : all)
            if (r.day > base && r.day <= today)
                p.readings.push_back(r);
    }
    return states;
}

Result<std::vector<DueItem>> EquipmentDue::compute(Database &db, QDate today,
                                                   std::optional<qint64> branchId)
{
    auto calendar = flow::CalendarRepository(db).load();
    if (!calendar)
        return calendar.error();
    auto plans = states(db, today, branchId);
    if (!plans)
        return plans.error();
    return DueList::compute(*plans, today, *calendar);
}

} // namespace servicelens::equipment
