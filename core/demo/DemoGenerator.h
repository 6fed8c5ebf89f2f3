// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <cstdint>
#include <functional>
#include <memory>

namespace servicelens {

class Workbook;
class Clock;

struct DemoOptions {
    std::uint64_t seed = 2026;
    int orders = 20000;
    // The last month of data (any day of it). Invalid: the month before "now" by the clock,
    // in the branch's time zone.
    QDate lastMonth;
    // The branch (empty: SH01, Shanghai Pudong, Asia/Shanghai): a network of demo branches
    // differs by code, name, zone and seed.
    QString branchCode;
    QString branchName;
    QString timeZone;
};

// Fills a workbook with a year of believable after-sales history for one branch of a household
// appliance service centre: staff in the four groups plus a manager, customers, and orders
// whose volume follows weekdays, holidays and the seasons (air conditioners in summer, water
// heaters in winter), whose stage times fall on working days where work is done, with about
// 4 % complaints and 85 % first-time fixes. The same seed gives the same data. The history ends
// with last month (see yearsFor()); orders still in progress at its end stay open (the backlog).
class DemoGenerator final {
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    // Called now and then with the orders written so far; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static constexpr int maxOrders = 2'000'000;
    // How many years of history a demo of this size spans: one year up to 200,000 orders, one
    // more per further 200,000, at most five (a million orders make five years).
    static int yearsFor(int orders);

    // Everything in one transaction: on error or cancel nothing is written.
    static Status fill(Workbook &workbook, const DemoOptions &options,
                       const Progress &progress = {});

    // Creates `path` as a new workbook with the demo branch and fills it; on failure or cancel
    // the file is removed.
    static Result<std::unique_ptr<Workbook>> createDemoWorkbook(const QString &path,
                                                                const DemoOptions &options,
                                                                const Clock *clock = nullptr,
                                                                const Progress &progress = {});
};

} // namespace servicelens
