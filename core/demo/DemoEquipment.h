// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoRandom.h"
#include "common/LocalTime.h"
#include "flow/WorkingCalendar.h"
#include "storage/Result.h"

#include <QDate>

#include <vector>

namespace servicelens {
class Database;
}
namespace servicelens::flow {
struct ServiceOrder;
}

namespace servicelens::demo {

// The demo's equipment (issue 22): a dozen pieces — diagnostic and measuring instruments, test
// benches, a vacuum pump, two service vans — with their plans on the working-day calendar, a
// year of maintenance (mostly on time, some a day or two late), the vans' weekly odometer
// readings, a breakdown of the compressor test bench three months before the last that
// delayed the refrigeration repairs waiting for it, and a multimeter whose calibration failed
// (the orders diagnosed with it since its last good calibration are then in doubt). The orders
// are seen as they are made (note()); chosen by their ids and times, not the random stream, so
// the orders stay the same.
class DemoEquipment final {
public:
    DemoEquipment(Database &db, qint64 branchId, const flow::WorkingCalendar &calendar,
                  const LocalTime &local, QDate last, std::vector<qint64> technicians,
                  quint64 seed);

    // An order just written: perhaps diagnosed with an instrument, perhaps waiting for the
    // bench.
    void note(const flow::ServiceOrder &order);
    Status write();

    // When the bench was down: a Tuesday 10:00, three months before the last, to its repair
    // three working days later at 16:00.
    qint64 benchDownAt() const { return m_downAt; }
    qint64 benchUpAt() const { return m_upAt; }

private:
    struct Use {
        qint64 orderId;
        int piece; // index into the pieces
        qint64 at;
    };

    Database &m_db;
    qint64 m_branchId;
    const flow::WorkingCalendar &m_calendar;
    LocalTime m_local;
    QDate m_from; // the first day of the demo's last twelve months
    QDate m_end;  // the day after the last month
    std::vector<qint64> m_technicians;
    DemoRandom m_random;
    qint64 m_downAt = 0;
    qint64 m_upAt = 0;
    std::vector<Use> m_uses;
    std::vector<std::pair<qint64, qint64>> m_waiting; // (order, received)
};

} // namespace servicelens::demo
