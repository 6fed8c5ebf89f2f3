// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace servicelens {
class Database;
class FastQuery;
class SqlQuery;
} // namespace servicelens

namespace servicelens::flow {

// Something that happened to an order inside the application: a stage reached, a wait for
// parts or for the customer starting or ending, a reopening, a correction.
struct StageEvent {
    enum class Kind {
        Stage,
        WaitPartsStart,
        WaitPartsEnd,
        WaitCustomerStart,
        WaitCustomerEnd,
        Reopen,
        Correction,
        // A wait for a broken piece of equipment: kept with the breakdown (equipment_wait), read
        // as these two events beside the order's own (flow::EquipmentWaits), never stored as
        // stage events.
        WaitEquipmentStart,
        WaitEquipmentEnd
    };

    qint64 id = 0;
    QString uid;
    qint64 orderId = 0;
    Kind kind = Kind::Stage;
    QString stage; // for Kind::Stage: the stage code reached
    qint64 at = 0; // Unix seconds UTC
    std::optional<qint64> staffId;
    QString note;

    static QString kindCode(Kind kind);
    static Kind kindFrom(const QString &code); // an unknown code reads as a correction
};

class StageEventRepository final {
public:
    enum class Audit { EachRow, Caller };
    explicit StageEventRepository(Database &db);
    ~StageEventRepository();

    Status add(StageEvent &event, Audit audit = Audit::EachRow);
    // Removes an event recorded by mistake (a flow step undone), with its audit record.
    Status remove(const StageEvent &event);
    Result<std::vector<StageEvent>> forOrder(qint64 orderId) const;

private:
    Database &m_db;
    std::unique_ptr<FastQuery> m_insert;
};

} // namespace servicelens::flow
