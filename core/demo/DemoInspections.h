// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QDate>

namespace servicelens {
class Database;
struct Branch;
} // namespace servicelens

namespace servicelens::demo {

class DemoRandom;

// A year of the branch's monthly inspections for the demo workbook: the shipped template
// answered around the 10th of each month by the quality staff, with findings that come back
// (the repair site, the equipment records), one failed safety check, corrective actions owned
// by the people concerned — most done on time and verified, some late, the recent ones still
// open — a monthly schedule, and this month's inspection left as a draft half filled in.
// Runs inside the demo's transaction.
Status generateDemoInspections(Database &db, const Branch &branch, QDate firstMonth,
                               QDate lastMonth, DemoRandom &random);

} // namespace servicelens::demo
