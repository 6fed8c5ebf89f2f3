// SPDX-License-Identifier: GPL-3.0-or-later
#include "EquipmentWaits.h"

#include "storage/SqlQuery.h"

#include <algorithm>

namespace servicelens::flow {

Result<std::vector<StageEvent>> EquipmentWaits::forOrder(const Database &db, qint64 orderId)
{
    SqlQuery q(db, QStringLiteral("SELECT w.started_at, w.ended_at, e.code, e.name FROM "
                                  "equipment_wait w JOIN equipment_breakdown b ON b.id = "
                                  "w.breakdown_id JOIN equipment e ON e.id = b.equipment_id "
                                  "WHERE w.order_id = :order ORDER BY w.started_at"));
    q.bind(QStringLiteral(":order"), orderId);
    if (auto s = q.exec(); !s)
        return s.error();
    std::vector<StageEvent> events;
    while (q.next()) {
        StageEvent start;
        start.orderId = orderId;
        start.kind = StageEvent::Kind::WaitEquipmentStart;
        start.at = q.value(0).toLongLong();
        start.note = q.value(2).toString() + QLatin1Char(' ') + q.value(3).toString();
        events.push_back(start);
        if (!q.value(1).isNull()) {
            StageEvent end = start;
            end.kind = StageEvent::Kind::WaitEquipmentEnd;
            end.at = q.value(1).toLongLong();
            events.push_back(end);
        }
    }
    return events;
}

Result<std::vector<StageEvent>> EquipmentWaits::withEquipment(const Database &db, qint64 orderId,
                                                              std::vector<StageEvent> events)
{
    auto waits = forOrder(db, orderId);
    if (!waits)
        return waits.error();
    if (waits->empty())
        return events;
    events.insert(events.end(), waits->begin(), waits->end());
    std::stable_sort(events.begin(), events.end(),
                     [](const StageEvent &a, const StageEvent &b) { return a.at < b.at; });
    return events;
}

} // namespace servicelens::flow
