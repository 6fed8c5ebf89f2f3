// SPDX-License-Identifier: GPL-3.0-or-later
// An order's stage times, waits and reopenings from its event log (FORMATS.md, import events),
// each rule with a hand-worked history.
#include <catch2/catch.hpp>

#include "flow/OrderHistory.h"

using namespace servicelens::flow;

namespace {

constexpr qint64 h = 3600;
constexpr qint64 t0 = 1793577600; // 2026-11-02 00:00 UTC

LoggedEvent at(qint64 hours, LoggedState s)
{
    return {t0 + hours * h, s};
}

} // namespace

TEST_CASE("A straight history gives each stage its time", "[flow][events]")
{
    // New -> Active -> Resolved -> Closed, as a helpdesk logs them (mapped).
    auto d = OrderHistory::derive({at(0, LoggedState::Received), at(2, LoggedState::Analysed),
                                   at(30, LoggedState::Implemented), at(150, LoggedState::Closed)});
    CHECK(d.times.received == t0);
    CHECK_FALSE(d.times.responded.has_value()); // a log's states do not say when it was answered
    CHECK(d.times.analysed == t0 + 2 * h);
    CHECK_FALSE(d.times.solution.has_value());
    CHECK(d.times.implemented == t0 + 30 * h);
    CHECK(d.times.closed == t0 + 150 * h);
    CHECK(d.reopened == 0);
    CHECK(d.waits.empty());
    CHECK(d.status == OrderStatus::Closed);
}

TEST_CASE("Events out of order are read in time order, the earliest is the receipt",
          "[flow][events]")
{
    auto d = OrderHistory::derive({at(5, LoggedState::Implemented), at(1, LoggedState::Analysed),
                                   at(-2, LoggedState::Received)});
    CHECK(d.times.received == t0 - 2 * h);
    CHECK(d.times.analysed == t0 + h);
    CHECK(d.times.implemented == t0 + 5 * h);
    CHECK(d.status == OrderStatus::Open);
    CHECK(OrderHistory::derive({}).times.received == 0);
}

TEST_CASE("A move back from resolved or closed is a reopening, stage times restart",
          "[flow][events]")
{
    // Resolved, the caller rejects the fix (back to Active), resolved again, closed, then
    // closed once more (a second Closed event is not a reopening).
    auto d = OrderHistory::derive({at(0, LoggedState::Received), at(1, LoggedState::Analysed),
                                   at(10, LoggedState::Implemented), at(20, LoggedState::Analysed),
                                   at(40, LoggedState::Implemented), at(50, LoggedState::Closed),
                                   at(60, LoggedState::Closed)});
    CHECK(d.reopened == 1);
    CHECK(d.times.analysed == t0 + 20 * h);    // entered last after the reopening
    CHECK(d.times.implemented == t0 + 40 * h); // not the first resolution
    CHECK(d.times.closed == t0 + 60 * h);
    // Analysed after a solution is a step back but not a reopening (not yet implemented);
    // the solution time is forgotten, so times never run backwards.
    auto back = OrderHistory::derive(
        {at(0, LoggedState::Received), at(1, LoggedState::Solution), at(2, LoggedState::Analysed)});
    CHECK(back.reopened == 0);
    CHECK(back.times.analysed == t0 + 2 * h);
    CHECK_FALSE(back.times.solution.has_value());
    // Closed, then reopened to received: every later stage forgotten, counted once.
    auto again =
        OrderHistory::derive({at(0, LoggedState::Received), at(5, LoggedState::Closed),
                              at(9, LoggedState::Received), at(12, LoggedState::Analysed)});
    CHECK(again.reopened == 1);
    CHECK_FALSE(again.times.closed.has_value());
    CHECK(again.times.received == t0);
    CHECK(again.status == OrderStatus::Open);
}

TEST_CASE("Waits last until the next event of another state", "[flow][events]")
{
    // Awaiting Vendor (parts) twice in a row is one wait; then Awaiting User Info (customer)
    // ends it and starts another, ended by Active.
    auto d = OrderHistory::derive(
        {at(0, LoggedState::Received), at(1, LoggedState::Analysed),
         at(3, LoggedState::WaitingParts), at(5, LoggedState::WaitingParts),
         at(8, LoggedState::WaitingCustomer), at(12, LoggedState::Analysed),
         at(20, LoggedState::Implemented), at(30, LoggedState::WaitingCustomer)});
    using K = StageEvent::Kind;
    REQUIRE(d.waits.size() == 5);
    CHECK((d.waits[0].kind == K::WaitPartsStart && d.waits[0].at == t0 + 3 * h));
    CHECK((d.waits[1].kind == K::WaitPartsEnd && d.waits[1].at == t0 + 8 * h));
    CHECK((d.waits[2].kind == K::WaitCustomerStart && d.waits[2].at == t0 + 8 * h));
    CHECK((d.waits[3].kind == K::WaitCustomerEnd && d.waits[3].at == t0 + 12 * h));
    CHECK((d.waits[4].kind == K::WaitCustomerStart && d.waits[4].at == t0 + 30 * h));
    // Still waiting at the last event.
    CHECK(d.status == OrderStatus::WaitingCustomer);
    CHECK(d.times.implemented == t0 + 20 * h);
    CHECK(d.reopened == 0);
}
