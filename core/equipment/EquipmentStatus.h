// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>
#include <vector>

namespace servicelens {
class Database;
}

namespace servicelens::equipment {

// Where a piece in service stood on a day: down or not, its last maintenance, and its plan due
// next (the earliest of its plans', as the due list computes them).
struct PieceStatus {
    qint64 equipmentId = 0;
    QString code;
    QString name;
    bool down = false; // a breakdown not yet repaired on the day
    QDate lastDone;    // invalid: no maintenance recorded on or before the day
    std::optional<QDate> nextDue;
    QString nextPlan;    // the plan due next
    int overdueDays = 0; // days past nextDue on the day (0 when not overdue)
};

// The branch's equipment as evidence for an inspection's equipment items (issue 22): every piece
// in service with its maintenance status on the inspection's day, and the same said in a line
// an inspector can keep in the answer's note.
class EquipmentStatus final {
    Q_DECLARE_TR_FUNCTIONS(EquipmentStatus)

public:
    // The branch's pieces not retired, by code, as they stood at the end of `day`.
    static Result<std::vector<PieceStatus>> of(Database &db, qint64 branchId, QDate day);
    // "Equipment on 2026-11-22: 12 in service, 1 down (T-01); maintenance overdue: D-01 周检
    // (2 days)…" in the interface's language.
    static QString summary(const std::vector<PieceStatus> &pieces, QDate day);
};

} // namespace servicelens::equipment
