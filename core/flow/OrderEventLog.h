// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OrderHistory.h"
#include "storage/Result.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace servicelens {
class Database;
class FastQuery;
} // namespace servicelens

namespace servicelens::flow {

// One row of an order's logged state history (the order_event table): when, the source's own
// state name, the stage it was mapped onto, who and a note.
struct OrderEvent {
    qint64 orderId = 0;
    qint64 at = 0;
    QString sourceState;
    LoggedState state = LoggedState::Received;
    QString by;
    QString note;
};

// The state histories imported from helpdesk logs, and the waits derived from them (stage
// events marked from_log, so a longer log replaces them and leaves those recorded in
// ServiceLens alone). Statements are prepared once: an import calls these a million times.
class OrderEventLog final {
public:
    explicit OrderEventLog(Database &db);
    ~OrderEventLog();

    // Adds the event unless the order has one at that time with that source state; whether it
    // was added.
    Result<bool> add(const OrderEvent &event);
    // The latest time logged for the order, if any.
    Result<std::optional<qint64>> latestAt(qint64 orderId);
    // The order's events as derive() takes them: by time, same-moment events in the log's order.
    Result<std::vector<LoggedEvent>> historyOf(qint64 orderId);
    // Replaces the order's waits derived from a log by `waits`.
    Status replaceLoggedWaits(qint64 orderId, const std::vector<StageEvent> &waits);

    static QString stateCode(LoggedState state);
    static std::optional<LoggedState> stateFrom(const QString &code);

private:
    Database &m_db;
    std::unique_ptr<FastQuery> m_add;
    std::unique_ptr<FastQuery> m_latest;
    std::unique_ptr<FastQuery> m_history;
    std::unique_ptr<FastQuery> m_loggedWaits;
    std::unique_ptr<FastQuery> m_dropWaits;
    std::unique_ptr<FastQuery> m_addWait;
};

} // namespace servicelens::flow
