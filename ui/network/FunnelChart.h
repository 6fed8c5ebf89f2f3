// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network/NetworkFigures.h"

#include <QCoreApplication>

class QChartView;
class QWidget;

namespace servicelens::ui {

// A funnel plot (KPI.md, "Several branches"): each branch's rate against its volume, the
// network's rate across, and the 95 % and 99.8 % limits that narrow as the volume grows — a
// branch outside the outer funnel differs beyond chance, one inside does not, however high or
// low it looks.
class FunnelChart final {
    Q_DECLARE_TR_FUNCTIONS(FunnelChart)

public:
    static QChartView *makeView(QWidget *parent);
    // Draws the rate at `rateIndex` of NetworkFigures::comparedRates().
    static void show(QChartView *view, const network::NetworkMonth &month, std::size_t rateIndex);
};

} // namespace servicelens::ui
