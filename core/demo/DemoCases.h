// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/LocalTime.h"
#include "storage/Result.h"

#include <QDate>

namespace servicelens {
class Database;
}

namespace servicelens::demo {

// The demo's case library (issue 21): a case for most faults of the catalogue, written from
// real-sounding repairs and approved one after another over the demo's year, a draft about the
// rising compressor noise of BCD-520WDPZU1 (waiting for R&D), and a retired one; and, on the
// diagnosed orders whose fault has an approved case, that case marked as used — more often where
// the repair went well, so the Knowledge page shows a library that helps (chosen by the order's
// id, not the random stream: the orders stay the same).
class DemoCases final {
public:
    static Status write(Database &db, const LocalTime &local, QDate first, QDate last);
};

} // namespace servicelens::demo
