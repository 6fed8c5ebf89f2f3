// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderHistory.h"

#include <algorithm>
#include <array>

namespace servicelens::flow {

namespace {

constexpr int implementedRank = 3;

bool isWait(LoggedState s)
{
    return s == LoggedState::WaitingParts || s == LoggedState::WaitingCustomer;
}

// The stage times by rank: received, analysed, solution, implemented, followed up, closed.
std::array<std::optional<qint64> *, 6> stageSlots(StageTimes &t)
{
    return {nullptr, &t.analysed, &t.solution, &t.implemented, &t.followedUp, &t.closed};
}

StageEvent waitEvent(LoggedState wait, bool start, qint64 at)
{
    StageEvent e;
    const bool parts = wait == LoggedState::WaitingParts;
    e.kind = start
                 ? (parts ? StageEvent::Kind::WaitPartsStart : StageEvent::Kind::WaitCustomerStart)
                 : (parts ? StageEvent::Kind::WaitPartsEnd : StageEvent::Kind::WaitCustomerEnd);
    e.at = at;
    return e;
}

} // namespace

DerivedHistory OrderHistory::derive(std::vector<LoggedEvent> events)
{
    DerivedHistory h;
    if (events.empty())
        return h;
    std::stable_sort(events.begin(), events.end(),
                     [](const LoggedEvent &a, const LoggedEvent &b) { return a.at < b.at; });
    h.times.received = events.front().at;
    const auto stageTime = stageSlots(h.times);
    int rank = -1; // the stage the order is in
    std::optional<LoggedState> waiting;
    for (const LoggedEvent &e : events) {
        if (isWait(e.state)) {
            if (waiting == e.state)
                continue; // the same wait, logged again
            if (waiting)
                h.waits.push_back(waitEvent(*waiting, false, e.at));
            h.waits.push_back(waitEvent(e.state, true, e.at));
            waiting = e.state;
            continue;
        }
        if (waiting) {
            h.waits.push_back(waitEvent(*waiting, false, e.at));
            waiting.reset();
        }
        const int r = static_cast<int>(e.state);
        if (rank >= implementedRank && r < rank)
            ++h.reopened;
        for (int later = std::max(r, 0) + 1; later < static_cast<int>(stageTime.size()); ++later)
            stageTime[static_cast<std::size_t>(later)]->reset();
        if (r > 0)
            *stageTime[static_cast<std::size_t>(r)] = e.at;
        rank = r;
    }
    h.status = h.times.closed                            ? OrderStatus::Closed
               : waiting == LoggedState::WaitingParts    ? OrderStatus::WaitingParts
               : waiting == LoggedState::WaitingCustomer ? OrderStatus::WaitingCustomer
                                                         : OrderStatus::Open;
    return h;
}

} // namespace servicelens::flow
