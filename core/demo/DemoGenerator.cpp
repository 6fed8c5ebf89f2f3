// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoGenerator.h"

#include "DemoDefects.h"
#include "DemoIncidents.h"
#include "DemoProducts.h"
#include "DemoReviews.h"
#include "DemoWorld.h"
#include "common/LocalTime.h"
#include "flow/CalendarRepository.h"
#include "flow/SlaPolicy.h"
#include "storage/Clock.h"

#include "storage/DeferredIndexes.h"
#include "storage/ForeignKeysSuspended.h"
#include "storage/WriteTransaction.h"
#include "workbook/Workbook.h"

#include <algorithm>

namespace servicelens {

using namespace flow;

int DemoGenerator::yearsFor(int orders)
{
    return std::clamp(1 + (orders - 1) / 200'000, 1, 5);
}

Status DemoGenerator::fill(Workbook &workbook, const DemoOptions &requested,
                           const Progress &progress)
{
    if (requested.orders < 1 || requested.orders > maxOrders)
        return makeError(ErrorKind::InvalidInput,
                         tr("The number of demo orders must be between 1 and %L1.").arg(maxOrders));
    auto branch = workbook.defaultBranch();
    if (!branch)
        return branch.error();
    DemoOptions options = requested;
    if (!options.lastMonth.isValid()) {
        const LocalTime local = branch->localTime();
        const QDate today = local.localDate(workbook.database().clock().nowSecsSinceEpoch());
        options.lastMonth = QDate(today.year(), today.month(), 1).addMonths(-1);
    }
    Database &db = workbook.database();
    auto calendar = CalendarRepository(db).load();
    if (!calendar)
        return calendar.error();
    auto policies = SlaPolicyRepository(db).load();
    if (!policies)
        return policies.error();

    // Every reference the demo writes is to a row it just made or looked up (the tests check the
    // result's references); enforcement would open a statement journal per insert.
    ForeignKeysSuspended noForeignKeyChecks(db); // outlives the transaction
    WriteTransaction tx(db);
    if (!tx.status())
        return tx.status();
    // A new workbook filled in one go: its indexes are built once at the end.
    auto indexes =
        DeferredIndexes::drop(db, {QStringLiteral("service_order"), QStringLiteral("customer"),
                                   QStringLiteral("stage_event"), QStringLiteral("survey_response"),
                                   QStringLiteral("survey_answer")});
    if (!indexes)
        return indexes.error();
    if (auto s = demo::DemoProducts::installList(db); !s)
        return s;
    if (auto s = demo::DemoDefects::installFaultCodes(db); !s)
        return s;
    demo::DemoWorld world(workbook, options, *branch, std::move(*calendar), std::move(*policies));
    if (auto s = world.run(progress); !s)
        return s;
    if (auto s = indexes->rebuild(); !s)
        return s;
    // The incidents look their affected orders up through the indexes just built.
    const QDate last(options.lastMonth.year(), options.lastMonth.month(), 1);
    if (auto s = demo::DemoIncidents::write(db, branch->id, branch->localTime(), last.addMonths(1));
        !s)
        return s;
    if (auto s = demo::DemoReviews::write(db, branch->id, last.addMonths(1), branch->localTime());
        !s)
        return s;
    return tx.commit();
}

Result<std::unique_ptr<Workbook>> DemoGenerator::createDemoWorkbook(const QString &path,
                                                                    const DemoOptions &options,
                                                                    const Clock *clock,
                                                                    const Progress &progress)
{
    NewWorkbook spec;
    spec.branchCode = options.branchCode.isEmpty() ? QStringLiteral("SH01") : options.branchCode;
    spec.branchName =
        options.branchName.isEmpty() ? tr("Shanghai Pudong Service Centre") : options.branchName;
    if (!options.timeZone.isEmpty())
        spec.timeZone = options.timeZone;
    Database::Options dbOptions;
    dbOptions.clock = clock;
    auto workbook = Workbook::create(path, spec, dbOptions);
    if (!workbook)
        return workbook.error();
    // Filled in one transaction into a new file: written once, not through the log (about 2.5 s
    // of the million-order demo's 23).
    Database &db = (*workbook)->database();
    Status s = db.beginFreshFill();
    if (s)
        s = fill(**workbook, options, progress);
    if (s)
        s = db.endFreshFill();
    if (s)
        s = (*workbook)->markAsDemo();
    if (!s) {
        workbook->reset();
        Workbook::removeFiles(path);
        return s.error();
    }
    return std::move(*workbook);
}

} // namespace servicelens
