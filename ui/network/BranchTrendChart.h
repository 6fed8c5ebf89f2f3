// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network/NetworkFigures.h"

#include <QCoreApplication>

#include <set>

class QChartView;
class QWidget;

namespace servicelens::ui {

// A rate's twelve months for each branch chosen (all of them when none is and they are few)
// against the network's, which is drawn thick: how each branch moves, not only where it stands
// this month.
class BranchTrendChart final {
    Q_DECLARE_TR_FUNCTIONS(BranchTrendChart)

public:
    // With none chosen, more branches than this draw only the network's line.
    static constexpr std::size_t maxBranchesUnchosen = 8;

    static QChartView *makeView(QWidget *parent);
    static void show(QChartView *view, const network::NetworkTrend &trend,
                     const std::set<qint64> &chosenBranches);
};

} // namespace servicelens::ui
