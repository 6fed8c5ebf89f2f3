// SPDX-License-Identifier: GPL-3.0-or-later
#include "EquipmentStatus.h"

#include "DueList.h"
#include "Equipment.h"
#include "EquipmentDue.h"
#include "flow/CalendarRepository.h"
#include "org/Branch.h"
#include "storage/SqlQuery.h"

#include <QHash>

namespace servicelens::equipment {

Result<std::vector<PieceStatus>> EquipmentStatus::of(Database &db, qint64 branchId, QDate day)
{
    auto branch = BranchRepository(db).findById(branchId);
    if (!branch)
        return branch.error();
    const LocalTime local = *branch
                                ? (*branch)->localTime()
                                : LocalTime::inZone(QString::fromLatin1(Branch::defaultTimeZone));
    const qint64 end = local.startOfDay(day.addDays(1));
    auto calendar = flow::CalendarRepository(db).load();
    if (!calendar)
        return calendar.error();
    auto pieces = EquipmentRegister(db).list(branchId);
    if (!pieces)
        return pieces.error();
    auto states = EquipmentDue::states(db, day, branchId);
    if (!states)
        return states.error();

    // Down on the day, and the last maintenance on or before it, per piece.
    SqlQuery down(db, QStringLiteral("SELECT DISTINCT b.equipment_id FROM equipment_breakdown b "
                                     "JOIN equipment e ON e.id = b.equipment_id WHERE e.branch_id "
                                     "= :branch AND b.down_at < :end AND (b.up_at IS NULL OR "
                                     "b.up_at >= :end)"));
    down.bind(QStringLiteral(":branch"), branchId).bind(QStringLiteral(":end"), end);
    auto downIds = down.all<qint64>([](const SqlQuery &q) { return q.value(0).toLongLong(); });
    if (!downIds)
        return downIds.error();
    SqlQuery last(db, QStringLiteral("SELECT r.equipment_id, max(r.done_on) FROM "
                                     "maintenance_record r JOIN equipment e ON e.id = "
                                     "r.equipment_id WHERE e.branch_id = :branch AND r.done_on <= "
                                     ":day GROUP BY r.equipment_id"));
    last.bind(QStringLiteral(":branch"), branchId)
        .bind(QStringLiteral(":day"), day.toString(Qt::ISODate));
    if (auto s = last.exec(); !s)
        return s.error();
    QHash<qint64, QDate> lastDone;
    while (last.next())
        lastDone.insert(last.value(0).toLongLong(),
                        QDate::fromString(last.value(1).toString(), Qt::ISODate));

    std::vector<PieceStatus> out;
    for (const Equipment &e : *pieces) {
        if (e.retired)
            continue;
        PieceStatus p;
        p.equipmentId = e.id;
        p.code = e.code;
        p.name = e.name;
        p.down = std::find(downIds->begin(), downIds->end(), e.id) != downIds->end();
        p.lastDone = lastDone.value(e.id);
        for (const PlanState &s : *states) {
            if (s.equipmentId != e.id)
                continue;
            const auto due = DueList::dueOf(s, *calendar);
            if (due && (!p.nextDue || *due < *p.nextDue)) {
                p.nextDue = due;
                p.nextPlan = s.plan;
            }
        }
        if (p.nextDue && *p.nextDue < day)
            p.overdueDays = int(p.nextDue->daysTo(day));
        out.push_back(p);
    }
    return out;
}

QString EquipmentStatus::summary(const std::vector<PieceStatus> &pieces, QDate day)
{
    QStringList down;
    QStringList overdue;
    for (const PieceStatus &p : pieces) {
        if (p.down)
            down << p.code;
        if (p.overdueDays > 0)
            overdue << tr("%1 %2 (%n day(s))", nullptr, p.overdueDays).arg(p.code, p.nextPlan);
    }
    const QString separator = tr(", ");
    QString text = tr("Equipment on %1: %n in service", nullptr, int(pieces.size()))
                       .arg(day.toString(Qt::ISODate));
    text += down.isEmpty()
                ? tr("; none down")
                : tr("; %n down (%1)", nullptr, int(down.size())).arg(down.join(separator));
    text += overdue.isEmpty() ? tr("; no maintenance overdue.")
                              : tr("; maintenance overdue: %1.").arg(overdue.join(separator));
    return text;
}

} // namespace servicelens::equipment
