// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "org/Staff.h"
#include "storage/Result.h"

#include <QDate>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace servicelens {

class Database;

// What a workbook holds, for the status bar, the overview page and `servicelens check`:
// counts of records, not KPIs (those come from the KPI engine).
struct WorkbookSummary {
    int schemaVersion = 0;
    qint64 fileBytes = 0;
    QString branchCode;
    QString branchName;
    QString timeZone;
    int branchCount = 0;
    std::map<org::Role, int> activeStaffByRole;
    int inactiveStaff = 0;
    qint64 customers = 0;
    qint64 orders = 0;
    qint64 openOrders = 0;
    std::optional<qint64> firstReceived; // Unix seconds
    std::optional<qint64> lastReceived;
    std::vector<int> calendarYears;
    qint64 auditRecords = 0;
    bool demo = false; // made by the demo generator

    static Result<WorkbookSummary> read(const Database &db);
};

} // namespace servicelens
