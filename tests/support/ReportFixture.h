// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "org/Branch.h"
#include "report/MonthlyReport.h"

namespace servicelens::test {

// A demo workbook of a given size and seed, and the monthly report of its first branch: what the
// report tests (model, XLSX, CSV, PDF) read back.
struct ReportFixture {
    TempFolder folder;
    FixedClock clock{referenceNowMsecs()};
    std::unique_ptr<Workbook> workbook;
    Branch branch;

    ReportFixture(std::uint64_t seed, int orders, const QString &fileName)
    {
        DemoOptions options;
        options.seed = seed;
        options.orders = orders;
        auto wb = DemoGenerator::createDemoWorkbook(folder.file(fileName), options, &clock);
        REQUIRE(wb.ok());
        workbook = std::move(*wb);
        auto branches = BranchRepository(workbook->database()).list();
        REQUIRE(branches.ok());
        REQUIRE_FALSE(branches->empty());
        branch = branches->front();
    }

    report::MonthlyReport build(QDate month, const QString &language, bool phones = false,
                                int parts = report::MonthlyReportBuilder::Everything)
    {
        report::MonthlyReportBuilder::Options options;
        options.language = language;
        options.showPhones = phones;
        options.parts = parts;
        auto r = report::MonthlyReportBuilder::build(workbook->database(), branch, month, options);
        REQUIRE(r.ok());
        return std::move(*r);
    }
};

} // namespace servicelens::test
