// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "network/PackWriter.h"
#include "workbook/Workbook.h"

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

// A demo branch's workbook at `path` on `clock`: its code, name (empty: the demo's), time zone
// and seed make each branch of a head office's tests different.
inline std::unique_ptr<Workbook> demoBranchWorkbook(const QString &path, const Clock &clock,
                                                    const char *code, const QString &name,
                                                    const char *zone, std::uint64_t seed,
                                                    int orders)
{
    DemoOptions options;
    options.seed = seed;
    options.orders = orders;
    options.branchCode = QString::fromLatin1(code);
    options.branchName = name;
    options.timeZone = QString::fromLatin1(zone);
    auto wb = DemoGenerator::createDemoWorkbook(path, options, &clock);
    INFO(
        (wb ? QString() : wb.error().message + QLatin1Char(' ') + wb.error().detail).toStdString());
    REQUIRE(wb.ok());
    return std::move(*wb);
}

// A demo branch (its code, time zone and seed) made in `dir` on `clock`, with its whole history
// packed beside it (CODE.slpack): what a head office's tests merge.
struct PackedDemoBranch {
    std::unique_ptr<Workbook> wb;
    QString pack;
};
inline PackedDemoBranch packedDemoBranch(const TempFolder &dir, const char *code, const char *zone,
                                         std::uint64_t seed, int orders, const Clock &clock)
{
    PackedDemoBranch made{
        demoBranchWorkbook(dir.file(QString::fromLatin1(code) + QStringLiteral("网点.servicelens")),
                           clock, code, {}, zone, seed, orders),
        dir.file(QString::fromLatin1(code) + QStringLiteral(".slpack"))};
    REQUIRE(network::PackWriter(made.wb->database())
                .write(made.pack, *made.wb->defaultBranch(), false)
                .ok());
    return made;
}

} // namespace servicelens::test
