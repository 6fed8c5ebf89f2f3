// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderEventLog.h"

#include "storage/Database.h"
#include "storage/FastQuery.h"

namespace servicelens::flow {

namespace {

constexpr std::pair<LoggedState, const char *> stateCodes[] = {
    {LoggedState::Received, "received"},
    {LoggedState::Analysed, "analysed"},
    {LoggedState::Solution, "solution"},
    {LoggedState::Implemented, "implemented"},
    {LoggedState::FollowedUp, "followed_up"},
    {LoggedState::Closed, "closed"},
    {LoggedState::WaitingParts, "waiting_parts"},
    {LoggedState::WaitingCustomer, "waiting_customer"}};

} // namespace

OrderEventLog::OrderEventLog(Database &db)
    : m_db(db)
{}

OrderEventLog::~OrderEventLog() = default;

QString OrderEventLog::stateCode(LoggedState state)
{
    for (const auto &[s, code] : stateCodes)
        if (s == state)
            return QLatin1String(code);
    return {};
}

std::optional<LoggedState> OrderEventLog::stateFrom(const QString &code)
{
    for (const auto &[s, c] : stateCodes)
        if (code == QLatin1String(c))
            return s;
    return std::nullopt;
}

Result<bool> OrderEventLog::add(const OrderEvent &e)
{
    // OR IGNORE and the change count, not RETURNING: SQLite gathers RETURNING rows in a
    // temporary table opened per statement, which cost a third of the insert.
    if (!m_add)
        m_add = std::make_unique<FastQuery>(
            m_db, "INSERT OR IGNORE INTO order_event (order_id, at, source_state, state, "
                  "by_name, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    FastQuery &q = *m_add;
    q.bind(1, e.orderId)
        .bind(2, e.at)
        .bind(3, e.sourceState)
        .bind(4, stateCode(e.state))
        .bind(5, e.by)
        .bind(6, e.note);
    if (auto s = q.exec(); !s)
        return s.error();
    return q.changes() > 0;
}

Result<std::optional<qint64>> OrderEventLog::latestAt(qint64 orderId)
{
    if (!m_latest)
        m_latest = std::make_unique<FastQuery>(
            m_db, "SELECT max(at) FROM order_event WHERE order_id = ?1");
    FastQuery &q = *m_latest;
    q.reset();
    q.bind(1, orderId);
    std::optional<qint64> latest;
    if (q.next() && !q.isNull(0))
        latest = q.int64(0);
    if (!q.status())
        return q.status().error();
    q.reset();
    return latest;
}

Result<std::vector<LoggedEvent>> OrderEventLog::historyOf(qint64 orderId)
{
    if (!m_history)
        m_history = std::make_unique<FastQuery>(
            m_db, "SELECT at, state FROM order_event WHERE order_id = ?1 ORDER BY at, id");
    FastQuery &q = *m_history;
    q.reset();
    q.bind(1, orderId);
    std::vector<LoggedEvent> events;
    while (q.next()) {
        LoggedEvent e;
        e.at = q.int64(0);
        e.state = stateFrom(q.text(1)).value_or(LoggedState::Received);
        events.push_back(e);
    }
    if (!q.status())
        return q.status().error();
    q.reset();
    return events;
}

Status OrderEventLog::replaceLoggedWaits(qint64 orderId, const std::vector<StageEvent> &waits)
{
    // The same waits as stored: nothing to write (importing the same log again changes nothing).
    if (!m_loggedWaits)
        m_loggedWaits = std::make_unique<FastQuery>(
            m_db, "SELECT kind, at FROM stage_event WHERE order_id = ?1 AND from_log = 1 ORDER BY "
                  "at, id");
    {
        FastQuery &q = *m_loggedWaits;
        q.reset();
        q.bind(1, orderId);
        std::size_t i = 0;
        bool same = true;
        while (q.next()) {
            same = same && i < waits.size() && waits[i].at == q.int64(1) &&
                   StageEvent::kindCode(waits[i].kind) == q.text(0);
            ++i;
        }
        if (!q.status())
            return q.status();
        q.reset();
        if (same && i == waits.size())
            return {};
    }
    if (!m_dropWaits) {
        m_dropWaits = std::make_unique<FastQuery>(
            m_db, "DELETE FROM stage_event WHERE order_id = ?1 AND from_log = 1");
        m_addWait = std::make_unique<FastQuery>(
            m_db, "INSERT INTO stage_event (uid, order_id, kind, at, from_log) VALUES (?1, ?2, "
                  "?3, ?4, 1)");
    }
    m_dropWaits->bind(1, orderId);
    if (auto s = m_dropWaits->exec(); !s)
        return s;
    for (const StageEvent &w : waits) {
        m_addWait->bind(1, m_db.uids().nextAt(w.at * 1000))
            .bind(2, orderId)
            .bind(3, StageEvent::kindCode(w.kind))
            .bind(4, w.at);
        if (auto s = m_addWait->exec(); !s)
            return s;
    }
    return {};
}

} // namespace servicelens::flow
