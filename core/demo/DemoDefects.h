// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QDate>

namespace servicelens {
class Database;
}

namespace servicelens::demo {

// What the demo's defect trends stand on (docs/kpi.md, Defects): head office's fault codes for
// the catalogue's faults, the installed base of the air conditioners, refrigerators and washing
// machines (the other categories have none: their charts are p-charts), and the one defect the
// demo plants: from the third month before its last, BCD-520WDPZU1's compressor starts failing.
class DemoDefects final {
public:
    static constexpr const char *risingModel = "BCD-520WDPZU1";
    static constexpr int risingFrom = 3; // months before the end: the last three

    static Status installFaultCodes(Database &db);
    // Units in the field month by month from `first` to `last`, sized so that the rate is about
    // 2.5 repairs per 1,000 units a month for `orders` orders over those months, growing as the
    // orders do.
    static Status installBase(Database &db, QDate first, QDate last, int orders);
    // The fault (index into the category's faults) an order of `model` received on `day`
    // reports, given the one drawn: the rising compressor fault takes the frost and door-seal
    // complaints of the rising model in the last months.
    static std::size_t fault(const char *model, const char *category, std::size_t drawn, QDate day,
                             QDate last);
};

} // namespace servicelens::demo
