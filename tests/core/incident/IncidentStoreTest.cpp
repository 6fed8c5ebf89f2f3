// SPDX-License-Identifier: GPL-3.0-or-later
// An incident's statements on PostgreSQL (issue 22): the same steps on a head-office store on a
// real server of the test's own and on a workbook file — plans, opening under a plan, the scope
// and its affected customers, the callback list and its calls, a corrective action, closing —
// give the same rows, and the timeline refuses a change on both.
#include "PostgresServer.h"
#include "TestSupport.h"

#include "flow/Customer.h"
#include "flow/OrderRepository.h"
#include "incident/AffectedOrders.h"
#include "incident/IncidentContacts.h"
#include "incident/IncidentPlans.h"
#include "incident/Incidents.h"
#include "inspection/CorrectiveAction.h"
#include "org/Branch.h"
#include "report/SituationReport.h"
#include "storage/SqlQuery.h"
#include "workbook/Workbook.h"

using namespace servicelens;
using namespace servicelens::incident;
using namespace servicelens::test;

namespace {

qint64 at(int d, int h)
{
    return QDateTime(QDate(2026, 11, d), QTime(h, 0), QTimeZone("Asia/Shanghai"))
        .toSecsSinceEpoch();
}

// Runs an incident through on `db` and says what came of it, line by line.
QStringList runIncident(Database &db)
{
    Branch branch;
    branch.code = QStringLiteral("SH09");
    branch.name = QStringLiteral("上海九号网点");
    REQUIRE(BranchRepository(db).create(branch).ok());
    const char *orders[][3] = {{"P-1", "洗衣机 XQB90-Z6258", "批次 B2405"},
                               {"P-2", "XQB90-Z6258", "b2405-2"},
                               {"P-3", "XQB90-Z6258", "B2406"},
                               {"P-4", "KFR-35GW", "B2405"}};
    int day = 2;
    for (const auto &o : orders) {
        flow::Customer c;
        c.name = QStringLiteral("客户%1").arg(day);
        c.phone = QStringLiteral("1380000%1").arg(day, 4, 10, QLatin1Char('0'));
        REQUIRE(flow::CustomerRepository(db).create(c).ok());
        flow::ServiceOrder s;
        s.branchId = branch.id;
        s.orderNo = QString::fromUtf8(o[0]);
        s.product = QString::fromUtf8(o[1]);
        s.description = QString::fromUtf8(o[2]);
        s.customerId = c.id;
        s.times.received = at(day++, 10);
        REQUIRE(flow::OrderRepository(db).insert(s).ok());
    }
    IncidentPlans plans(db);
    REQUIRE(plans.addSuggested(branch.id).ok());
    auto list = plans.list(branch.id);
    REQUIRE(list.ok());
    Incident i;
    i.branchId = branch.id;
    i.title = QStringLiteral("召回");
    i.planId = std::find_if(list->begin(), list->end(), [](const IncidentPlan &p) {
                   return p.scenario == Scenario::Recall;
               })->id;
    i.openedAt = at(20, 9);
    i.scope.values = {{ScopeKind::Product, QStringLiteral("XQB90-Z6258")},
                      {ScopeKind::Batch, QStringLiteral("B2405")}};
    Incidents incidents(db);
    REQUIRE(incidents.open(i, std::nullopt).ok());
    IncidentContacts contacts(db);
    auto drawn = contacts.draw(i.id, at(20, 10), std::nullopt);
    REQUIRE(drawn.ok());
    auto calls = contacts.toCall(branch.id, at(20, 11));
    REQUIRE(calls.ok());
    REQUIRE_FALSE(calls->empty());
    REQUIRE(contacts
                .record(calls->front().contactId, ContactStatus::NoAnswer, std::nullopt, QString(),
                        std::nullopt, at(20, 11))
                .ok());
    auto steps = incidents.steps(i.id);
    REQUIRE(steps.ok());
    REQUIRE(incidents.completeStep(steps->front().id, at(20, 12), std::nullopt).ok());
    REQUIRE(incidents.setSeverity(i.id, Severity::Critical, at(20, 13), std::nullopt).ok());
    inspection::CorrectiveAction action;
    action.description = QStringLiteral("来料抽检");
    action.due = QDate(2026, 12, 1);
    REQUIRE(incidents.addAction(i.id, action, std::nullopt).ok());
    REQUIRE(incidents.close(i.id, QStringLiteral("提前备件"), at(21, 9), std::nullopt).ok());

    QStringList out;
    auto found = incidents.find(i.id);
    REQUIRE(found.ok());
    out << found->code << IncidentNames::code(found->severity) << QString::number(*found->closedAt);
    auto affected = AffectedOrders(db).orders(*found);
    REQUIRE(affected.ok());
    for (const AffectedOrder &o : *affected)
        out << o.orderNo;
    auto listed = contacts.ofIncident(i.id);
    REQUIRE(listed.ok());
    for (const IncidentCall &c : *listed)
        out << c.customerName + QLatin1Char(' ') + IncidentNames::code(c.status);
    auto timeline = incidents.timeline(i.id);
    REQUIRE(timeline.ok());
    for (const IncidentEvent &e : *timeline)
        out << IncidentNames::code(e.kind) + QLatin1Char(' ') + e.text;
    auto report = report::SituationReport::build(db, i.id, QStringLiteral("zh_CN"));
    REQUIRE(report.ok());
    out << QString::number(report->actions.size()) << QString::number(report->affectedCustomers);
    // The timeline refuses a change.
    SqlQuery edit(db, QStringLiteral("UPDATE incident_event SET text = 'x'"));
    CHECK_FALSE(edit.exec().ok());
    return out;
}

} // namespace

TEST_CASE("An incident runs on a PostgreSQL store as on a workbook file", "[incident][postgres]")
{
    PostgresServer &server = PostgresServer::shared();
    INFO(server.failure().toStdString());
    REQUIRE(server.running());
    const QString url = server.createDatabase(QStringLiteral("incident_store"));
    REQUIRE_FALSE(url.isEmpty());
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    QStringList results[2];
    int n = 0;
    for (const QString &store : {url, dir.file(QStringLiteral("总部.servicelens"))}) {
        NewWorkbook spec;
        spec.headOffice = true;
        Database::Options o;
        o.clock = &clock;
        auto wb = Workbook::create(store, spec, o);
        INFO((wb ? QString() : wb.error().message + wb.error().detail).toStdString());
        REQUIRE(wb.ok());
        results[n++] = runIncident((*wb)->database());
    }
    CHECK(results[0] == results[1]);
    // P-1 and P-2: the model and the batch mark, in any case; P-3 another batch, P-4 another model.
    CHECK(results[0].mid(3, 2) == QStringList{QStringLiteral("P-1"), QStringLiteral("P-2")});
}
