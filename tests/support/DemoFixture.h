// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"

#include "demo/DemoGenerator.h"

namespace servicelens::test {

// A demo workbook of `orders` orders in a private folder, made on the reference clock (the demo's
// last month is October 2026); `wb` is the open workbook.
struct DemoWorkbook {
    DemoWorkbook(const QString &fileName, int orders)
    {
        DemoOptions options;
        options.orders = orders;
        auto made = DemoGenerator::createDemoWorkbook(dir.file(fileName), options, &clock);
        REQUIRE(made.ok());
        wb = std::move(*made);
    }
    TempFolder dir;
    FixedClock clock{referenceNowMsecs()};
    std::unique_ptr<Workbook> wb;
};

} // namespace servicelens::test
