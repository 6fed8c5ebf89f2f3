// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's incidents (issue 22) on the reference clock (22 November 2026; the demo's last
// month is October 2026): the suggested plans with an owner on every step; an outage drill,
// run through and closed with its lessons, that called nobody; a recall still open, its first
// steps done, its callback list drawn from the affected customers and partly called.
#include "DemoFixture.h"

#include "demo/DemoIncidents.h"
#include "incident/AffectedOrders.h"
#include "incident/IncidentContacts.h"
#include "incident/Incidents.h"
#include "storage/SqlQuery.h"

using namespace servicelens;
using namespace servicelens::incident;
using namespace servicelens::test;

TEST_CASE("The demo has an open recall with its callback list and a closed drill that called "
          "nobody",
          "[demo][incident]")
{
    DemoWorkbook demo(QStringLiteral("事件演示.servicelens"), 3000);
    Database &db = demo.wb->database();
    const qint64 branch = demo.wb->defaultBranch()->id;
    SqlQuery unowned(db, QStringLiteral("SELECT count(*), sum(owner_id IS NULL) FROM "
                                        "incident_plan_step"));
    REQUIRE(unowned.exec().ok());
    REQUIRE(unowned.next());
    CHECK(unowned.value(0).toInt() == 26);
    CHECK(unowned.value(1).toInt() == 0);

    auto incidents = Incidents(db).list(branch);
    REQUIRE(incidents.ok());
    REQUIRE(incidents->size() == 2);
    const Incident &recall = incidents->at(0);
    const Incident &drill = incidents->at(1);
    CHECK(recall.scenario == Scenario::Recall);
    CHECK(recall.isOpen());
    CHECK_FALSE(recall.drill);
    CHECK(recall.severity == Severity::Major);
    CHECK(drill.drill);
    CHECK_FALSE(drill.isOpen());
    CHECK_FALSE(drill.lessons.isEmpty());
    // Both opened before the end of the last month.
    const qint64 end =
        QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone("Asia/Shanghai")).toSecsSinceEpoch();
    CHECK(recall.openedAt < end);
    CHECK(drill.closedAt.value_or(end) < end);

    // The drill touched the orders received during its four hours, and called none of them.
    auto drilled = AffectedOrders(db).orders(drill);
    REQUIRE(drilled.ok());
    CHECK_FALSE(drilled->empty());
    IncidentContacts contacts(db);
    auto drillCalls = contacts.ofIncident(drill.id);
    REQUIRE(drillCalls.ok());
    CHECK(drillCalls->empty());
    auto drillSteps = Incidents(db).steps(drill.id);
    REQUIRE(drillSteps.ok());
    CHECK(std::all_of(drillSteps->begin(), drillSteps->end(),
                      [](const IncidentStep &s) { return s.doneAt.has_value(); }));

    // The recall's list is its affected customers, each once; some still to call.
    auto affected = AffectedOrders(db).orders(recall);
    REQUIRE(affected.ok());
    for (const AffectedOrder &o : *affected)
        CHECK(o.product.contains(QLatin1String(demo::DemoIncidents::recalledModel)));
    auto tally = contacts.tally(recall.id);
    REQUIRE(tally.ok());
    CHECK(tally->listed == int(AffectedOrders::customers(*affected).size()));
    CHECK(tally->reached > 0);
    CHECK(tally->refused > 0);
    CHECK(tally->unreachable > 0);
    CHECK(tally->pending > 0);
    auto steps = Incidents(db).steps(recall.id);
    REQUIRE(steps.ok());
    CHECK(std::count_if(steps->begin(), steps->end(),
                        [](const IncidentStep &s) { return s.doneAt.has_value(); }) == 4);
}
