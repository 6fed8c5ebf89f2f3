// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kpi/DefectTrends.h"

#include <QCoreApplication>

class QChartView;
class QWidget;

namespace servicelens::ui {

// The Defects page's two charts (docs/kpi.md, Defects).
class DefectCharts final {
    Q_DECLARE_TR_FUNCTIONS(DefectCharts)

public:
    enum class Axis { Calendar, InService };

    static QChartView *makeControlView(QWidget *parent);
    static QChartView *makeParetoView(QWidget *parent);

    // A model's (or one of its codes') rate month by month with its moving centre and upper
    // limit, the signalled months marked. On the months-in-service axis the other models of its
    // category are drawn beside it at the same ages, for a young model's early failures to be
    // compared with its elders'.
    static void showControl(QChartView *view, const kpi::DefectModel &model,
                            const kpi::DefectFault *fault, Axis axis,
                            const std::vector<kpi::DefectModel> &all);
    // The month's repairs of the model by fault code, most first, with the cumulative share.
    static void showPareto(QChartView *view, const kpi::DefectModel &model);
    static void clear(QChartView *view, const QString &title);
};

} // namespace servicelens::ui
