// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StageEvent.h"
#include "storage/Result.h"

#include <vector>

namespace servicelens {
class Database;
}

namespace servicelens::flow {

// An order's waits for broken equipment (issue 22), kept with each breakdown (equipment_wait),
// read as wait events beside the order's own: a wait for a piece pauses the SLA clock as a wait
// for parts does, under a policy that pauses (KPI.md). The note names the piece ("T-01 压缩机
// 测试台"). A wait still open has no end event.
class EquipmentWaits final {
public:
    static Result<std::vector<StageEvent>> forOrder(const Database &db, qint64 orderId);
    // The order's events with its equipment waits merged in, by time.
    static Result<std::vector<StageEvent>> withEquipment(const Database &db, qint64 orderId,
                                                         std::vector<StageEvent> events);
};

} // namespace servicelens::flow
