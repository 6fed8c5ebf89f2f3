// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MaintenancePlan.h"
#include "storage/Result.h"

#include <vector>

namespace servicelens {
class Database;
}

namespace servicelens::equipment {

// A workbook's maintenance plans, the maintenance done and the usage counters' readings: read
// per branch or piece, each change audited. A record is known by its piece, plan and day, a
// reading by its piece and day: saving the same again changes nothing.
class MaintenanceLog final {
    Q_DECLARE_TR_FUNCTIONS(MaintenanceLog)

public:
    explicit MaintenanceLog(Database &db)
        : m_db(db)
    {}

    // A branch's plans, those of single pieces and of kinds, by name.
    Result<std::vector<MaintenancePlan>> plans(qint64 branchId) const;
    // The plan of a piece (equipmentId) or of a kind by its name.
    Result<std::optional<MaintenancePlan>> findPlan(qint64 branchId,
                                                    std::optional<qint64> equipmentId,
                                                    const QString &kind, const QString &name) const;
    // Adds (id 0) or updates a plan; returns whether anything changed.
    Result<bool> savePlan(MaintenancePlan &plan);

    // A piece's records, oldest first.
    Result<std::vector<MaintenanceRecord>> records(qint64 equipmentId) const;
    Result<std::optional<MaintenanceRecord>>
    findRecord(qint64 equipmentId, std::optional<qint64> planId, QDate doneOn) const;
    // Adds (id 0) or updates a record; returns whether anything changed.
    Result<bool> saveRecord(MaintenanceRecord &record);
    // A maintenance done, as the window records it: the record of the same piece, plan and day
    // corrected (keeping its checklist unless another is given), else a new one; its reading
    // also the counter's that day.
    Result<bool> recordDone(MaintenanceRecord &record);

    // A piece's counter readings, oldest first.
    Result<std::vector<UsageReading>> readings(qint64 equipmentId) const;
    // The counter read on a day (a reading of that day already stored is replaced); returns
    // whether anything changed.
    Result<bool> setReading(qint64 equipmentId, QDate day, double value);

private:
    Database &m_db;
};

} // namespace servicelens::equipment
