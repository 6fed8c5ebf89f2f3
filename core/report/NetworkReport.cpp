// SPDX-License-Identifier: GPL-3.0-or-later
// The monthly report over every branch of a head office's store (`report --all-branches`).
#include "MonthlyReport.h"
#include "ReportText.h"

#include "kpi/KpiEngine.h"
#include "kpi/KpiTargets.h"
#include "network/NetworkFigures.h"
#include "storage/Database.h"

namespace servicelens::report {

Result<MonthlyReport> MonthlyReportBuilder::buildNetwork(Database &db, QDate month,
                                                         const Options &options)
{
    const QDate first(month.year(), month.month(), 1);
    const ReportText tx(options.language);
    MonthlyReport r;
    r.network = true;
    r.branchName = tx(QT_TRANSLATE_NOOP("Report", "All branches"));
    r.month = first;
    r.language = options.language;
    auto head = auditHead(db);
    if (!head)
        return head.error();
    r.auditHead = *head;

    network::NetworkFigures network(db);
    auto standing = network.compute(first, kpi::KpiEngine::All);
    if (!standing)
        return standing.error();
    std::vector<Branch> branches;
    for (const network::BranchMonth &b : standing->branches)
        branches.push_back(b.branch);
    kpi::KpiEngine engine(db);
    auto previous = engine.computePooled(branches, first.addMonths(-1));
    auto lastYear = engine.computePooled(branches, first.addMonths(-12));
    auto targets = kpi::KpiTargetRepository(db).load();
    for (const auto *res : {&previous, &lastYear})
        if (!*res)
            return res->error();
    if (!targets)
        return targets.error();
    r.kpis = standing->pooled;
    r.figures = figures(tx, standing->pooled, *previous, *lastYear, *targets);
    r.provisional = standing->provisional;
    r.timeZone =
        branches.empty() ? QString::fromLatin1(Branch::defaultTimeZone) : branches.front().timeZone;

    for (const kpi::KpiDefinition *d : network::NetworkFigures::comparedRates()) {
        r.rateLabels.push_back(tx.translate("Kpi", d->label));
        r.rateBetter.push_back(d->better);
        r.pooledRates.push_back(d->value(standing->pooled));
    }
    Options appendixOptions = options;
    appendixOptions.parts = Figures;
    for (const network::BranchMonth &b : standing->branches) {
        ReportBranchRow row;
        row.code = b.branch.code;
        row.name = b.branch.name;
        if (b.dataUntil)
            row.dataUntil = b.branch.localTime().localDate(*b.dataUntil);
        row.complete = b.complete;
        row.received = b.kpis.orders.received;
        row.closed = b.kpis.orders.closed;
        for (const network::RateStanding &s : b.rates) {
            row.rates.push_back(s.rate);
            row.beyond.push_back(s.beyond998);
        }
        r.branches.push_back(std::move(row));
        auto own = build(db, b.branch, first, appendixOptions);
        if (!own)
            return own.error();
        own->auditHead.clear(); // the store's head is on the network report itself
        r.appendix.push_back(std::move(*own));
    }
    r.empty = r.kpis.orders.received == 0 && r.kpis.orders.closed == 0;
    return r;
}

} // namespace servicelens::report
