// SPDX-License-Identifier: GPL-3.0-or-later
#include "ControlChart.h"

#include <algorithm>
#include <cmath>

namespace servicelens::kpi {

int ControlChart::addMonths(int month, int months)
{
    const int index = (month / 100) * 12 + (month % 100 - 1) + months;
    return (index / 12) * 100 + index % 12 + 1;
}

std::vector<ChartMonth> ControlChart::compute(ChartKind kind, const std::vector<ChartInput> &series)
{
    // u-charts count per 1,000 units: the rate's unit is a thousand units.
    const double scale = kind == ChartKind::U ? 1000.0 : 1.0;
    std::vector<ChartMonth> out;
    out.reserve(series.size());
    for (const ChartInput &in : series) {
        ChartMonth m;
        m.month = in.month;
        m.count = in.count;
        m.exposure = in.exposure;
        if (in.exposure && *in.exposure > 0)
            m.rate = double(in.count) / (*in.exposure / scale);
        out.push_back(m);
    }
    for (std::size_t i = 0; i < out.size(); ++i) {
        ChartMonth &m = out[i];
        long long count = 0;
        double exposure = 0;
        int known = 0;
        for (std::size_t j = i >= baselineMonths ? i - baselineMonths : 0; j < i; ++j) {
            if (!out[j].rate)
                continue;
            count += out[j].count;
            exposure += *out[j].exposure / scale;
            ++known;
        }
        if (known < minimumBaseline || count == 0 || !m.rate)
            continue;
        const double centre = double(count) / exposure;
        const double n = *m.exposure / scale;
        const double sigma =
            kind == ChartKind::U ? std::sqrt(centre / n) : std::sqrt(centre * (1 - centre) / n);
        m.centre = centre;
        m.sigma = sigma;
        m.upper = centre + 3 * sigma;
        m.aboveUpper = *m.rate > *m.upper;
    }
    for (std::size_t i = 0; i < out.size(); ++i) {
        ChartMonth &m = out[i];
        // Eight months in a row above their own centres.
        if (i + 1 >= runLength) {
            bool run = true;
            for (std::size_t j = i + 1 - runLength; j <= i && run; ++j)
                run = out[j].centre && *out[j].rate > *out[j].centre;
            m.runOf8 = run;
        }
        // The upper CUSUM over the twelve months ending here.
        double c = 0;
        for (std::size_t j = i + 1 >= baselineMonths ? i + 1 - baselineMonths : 0; j <= i; ++j) {
            const ChartMonth &p = out[j];
            if (!p.centre || !p.sigma || *p.sigma <= 0) {
                c = 0;
                continue;
            }
            c = std::max(0.0, c + (*p.rate - *p.centre) / *p.sigma - allowance);
            // A signal is looked into, and the sum starts again: a month signals when the sum
            // crosses h there, not for as long as an old excursion stays summed.
            if (j < i && c > decision)
                c = 0;
        }
        m.cusum = c;
        m.cusumSignal = m.centre && c > decision;
    }
    return out;
}

} // namespace servicelens::kpi
