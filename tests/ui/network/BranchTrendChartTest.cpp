// SPDX-License-Identifier: GPL-3.0-or-later
// The network's twelve months: every branch's line while they are few, only the network's
// (and the chosen branches') when there are many.
#include "TestSupport.h"

#include "kpi/KpiCatalogue.h"
#include "network/BranchTrendChart.h"

#include <QAbstractSeries>
#include <QChart>
#include <QChartView>

using namespace servicelens;
using namespace servicelens::ui;

namespace {

network::NetworkTrend trendOf(int branches)
{
    network::NetworkTrend t;
    t.kpi = &kpi::KpiCatalogue::at("orders.sla_met_rate");
    for (int m = 0; m < 12; ++m)
        t.months.push_back(QDate(2025, 12, 1).addMonths(m));
    for (int b = 0; b < branches; ++b) {
        Branch branch;
        branch.id = b + 1;
        branch.code = QStringLiteral("B%1").arg(b + 1, 3, 10, QLatin1Char('0'));
        branch.name = QStringLiteral("网点%1").arg(b + 1);
        t.lines.push_back({branch, std::vector<std::optional<double>>(12, 0.5 + b * 0.01)});
    }
    t.lines.push_back({Branch{0, {}, {}, {}}, std::vector<std::optional<double>>(12, 0.55)});
    return t;
}

QStringList drawn(QChartView &view)
{
    QStringList names;
    for (QAbstractSeries *s : view.chart()->series())
        names << s->name();
    return names;
}

} // namespace

TEST_CASE("The twelve months draw every branch while they are few, only the network and the "
          "chosen ones when they are many",
          "[ui][network]")
{
    std::unique_ptr<QChartView> view(BranchTrendChart::makeView(nullptr));
    BranchTrendChart::show(view.get(), trendOf(3), {});
    CHECK(drawn(*view).size() == 4);
    CHECK_FALSE(view->chart()->title().contains(QStringLiteral("choose")));

    const auto many = static_cast<int>(BranchTrendChart::maxBranchesUnchosen) + 1;
    BranchTrendChart::show(view.get(), trendOf(many), {});
    CHECK(drawn(*view) == QStringList{QStringLiteral("Network")});
    CHECK(view->chart()->title().contains(QStringLiteral("choose branches in the table")));

    BranchTrendChart::show(view.get(), trendOf(many), {2, 7});
    CHECK(drawn(*view) == QStringList{QStringLiteral("B002 网点2"), QStringLiteral("B007 网点7"),
                                      QStringLiteral("Network")});
}
