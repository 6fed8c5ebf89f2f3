// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace servicelens {
class Database;
}

namespace servicelens::equipment {

// A breakdown of a piece (故障): down from `downAt` until repaired at `upAt`.
struct BreakdownRecord {
    qint64 id = 0;
    QString uid;
    qint64 equipmentId = 0;
    qint64 downAt = 0; // UTC seconds
    std::optional<qint64> upAt;
    QString fault;  // what went wrong
    QString repair; // what was done
    std::optional<qint64> reportedBy;
    std::optional<qint64> repairedBy;

    QJsonObject toJson() const;
};

// An order that waited, or waits, for a broken piece.
struct WaitingOrder {
    qint64 orderId = 0;
    QString orderNo;
    qint64 startedAt = 0;
    std::optional<qint64> endedAt;
};

// A piece an order names: an instrument it was diagnosed with, or a broken one it waits for.
struct OrderPiece {
    qint64 equipmentId = 0;
    QString code;
    QString name;
    qint64 at = 0;                 // used, or began to wait
    std::optional<qint64> endedAt; // a wait: when it ended
    qint64 breakdownId = 0;        // a wait: its breakdown
};

// An order diagnosed with an instrument (order_equipment).
struct DiagnosedOrder {
    qint64 orderId = 0;
    QString orderNo;
    qint64 usedAt = 0;
    QString customer; // the customer's name, to call them back
    bool closed = false;
};

// Breakdowns, the orders that wait for a broken piece, and the instruments orders were diagnosed
// with (issue 22). Reporting a breakdown puts the piece down; its repair brings it back and ends
// every wait still open then. A wait for a piece pauses the order's SLA clock as a wait for parts
// does (flow::EquipmentWaits). Each change audited.
class Breakdowns final {
    Q_DECLARE_TR_FUNCTIONS(Breakdowns)

public:
    explicit Breakdowns(Database &db)
        : m_db(db)
    {}

    // A piece's breakdowns, the latest first.
    Result<std::vector<BreakdownRecord>> forPiece(qint64 equipmentId) const;
    // Every breakdown of a branch's pieces that overlaps [from, to), for reliability figures.
    Result<std::vector<BreakdownRecord>> overlapping(qint64 branchId, qint64 from, qint64 to) const;
    // Records a breakdown (id 0; its id and uid set): refused for a retired piece, one already
    // down, or a time to come.
    Status report(BreakdownRecord &breakdown);
    // The piece is repaired at `upAt` (not before it went down, not to come); every order still
    // waiting for it stops waiting then.
    Status repair(qint64 breakdownId, qint64 upAt, const QString &repair,
                  std::optional<qint64> repairedBy);

    Result<std::vector<WaitingOrder>> waits(qint64 breakdownId) const;
    // The order waits for the broken piece from `at`: refused for an order closed, of another
    // branch, already waiting for it, or a breakdown already repaired.
    Status addWait(qint64 breakdownId, qint64 orderId, qint64 at);
    // The order no longer waits (the piece was lent, the order went on without it).
    Status endWait(qint64 breakdownId, qint64 orderId, qint64 at);

    // The instruments the order was diagnosed with, and the broken pieces it waited for.
    Result<std::vector<OrderPiece>> usedOn(qint64 orderId) const;
    Result<std::vector<OrderPiece>> waitsOf(qint64 orderId) const;

    // The instrument was used to diagnose the order (once per order and piece).
    Status recordUse(qint64 orderId, qint64 equipmentId, qint64 at);
    // What a failed calibration on `failedOn` puts in doubt: the orders diagnosed with the
    // instrument from the day of its last calibration that passed before then (every one when it
    // never passed one) to the end of `failedOn`, days in its branch's zone; the oldest first.
    Result<std::vector<DiagnosedOrder>> diagnosedSinceLastGoodCalibration(qint64 equipmentId,
                                                                          QDate failedOn) const;

private:
    // The breakdown, or a NotFound error saying it is gone.
    Result<BreakdownRecord> find(qint64 breakdownId) const;

    Database &m_db;
};

} // namespace servicelens::equipment
