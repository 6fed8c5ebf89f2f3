// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ControlChart.h"

#include "storage/Result.h"

#include <QJsonObject>
#include <QStringList>
#include <QtGlobal>

#include <optional>
#include <vector>

namespace servicelens {
class Database;
}

namespace servicelens::kpi {

// Defect trends for R&D (docs/kpi.md, Defects; `servicelens defects`): per product model of head
// office's list, the repairs received each month (orders whose product text names the model,
// org/ProductMatcher), their rate — per 1,000 units in the field when the month's installed
// base is known (u-chart), else the model's share of its category's repairs (p-chart) — with
// control limits and signals (ControlChart), and the Pareto of its fault codes.
struct DefectFault {
    QString code; // a fault code as orders carry it
    long long n = 0;
    QStringList alarms;             // signal names, of this code's own chart for the model
    std::optional<double> excess;   // the month above the code's centre, in σ
    std::vector<ChartMonth> series; // the code's chart, oldest first, the month last
};

struct DefectModel {
    QString model;
    QString category;                   // the list's category of the model ('' = none)
    ChartKind kind = ChartKind::P;      // U when the month's installed base is known
    std::optional<int> monthsInService; // since the launch date, when the list has one
    std::optional<long long> base;      // units in the field in the month (u-chart)
    std::vector<ChartMonth> series;     // the chart, oldest first, the month last
    std::vector<DefectFault> faults;    // the month's repairs by code, most first
    long long withoutCode = 0;          // the month's repairs with no fault code

    const ChartMonth &month() const { return series.back(); }
    QStringList alarms() const; // the month's signal names
    bool signalled() const;     // the model's chart or one of its codes' signals
    // The largest excess in σ of the model's and its signalled codes' months: how strongly it
    // signals, to rank the signalled models (0 when it does not).
    double strength() const;
};

struct DefectReport {
    int month = 0;                   // YYYYMM
    std::vector<DefectModel> models; // signalled first, strongest first; then most repairs

    // The models with a repair in the month or in the twelve before it.
    static Result<DefectReport> read(Database &db, int month);
    // FORMATS.md `defects --json`.
    QJsonObject toJson() const;
    // The orders a figure counts, to see them: those received in `month` whose product text
    // names `model`, with `faultCode` when one is given (a blank `faultCode` and `uncoded`: the
    // ones without a code).
    static Result<std::vector<qint64>> orderIds(Database &db, const QString &model, int month,
                                                const QString &faultCode = {},
                                                bool uncoded = false);
};

// The signals of a chart month as `defects --json` names them.
QStringList signalNames(const ChartMonth &m);

} // namespace servicelens::kpi
