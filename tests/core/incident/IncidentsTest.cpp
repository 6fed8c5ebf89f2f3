// SPDX-License-Identifier: GPL-3.0-or-later
// Incidents (issue 22): opened under a contingency plan whose steps they run, a timeline that
// only grows and is audited, the affected orders and customers against a hand query, the
// callback list (drills never call), corrective actions from an incident, closing with lessons.
#include "TestSupport.h"

#include "flow/Customer.h"
#include "flow/OrderRepository.h"
#include "incident/AffectedOrders.h"
#include "incident/IncidentContacts.h"
#include "incident/IncidentPlans.h"
#include "incident/Incidents.h"
#include "inspection/CorrectiveAction.h"
#include "org/ProductLists.h"
#include "storage/AuditLog.h"
#include "storage/SqlQuery.h"

#include <set>

using namespace servicelens;
using namespace servicelens::incident;
using namespace servicelens::flow;
using namespace servicelens::test;

namespace {

qint64 at(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone("Asia/Shanghai")).toSecsSinceEpoch();
}

qint64 customer(Database &db, const char *name, const char *phone)
{
    Customer c;
    c.name = QString::fromUtf8(name);
    c.phone = QString::fromUtf8(phone);
    REQUIRE(CustomerRepository(db).create(c).ok());
    return c.id;
}

qint64 order(Database &db, const Branch &branch, const char *no, qint64 received,
             const char *product, std::optional<qint64> customerId, const char *description = "",
             const char *fault = "", const char *category = "")
{
    ServiceOrder o;
    o.branchId = branch.id;
    o.orderNo = QString::fromUtf8(no);
    o.times.received = received;
    o.product = QString::fromUtf8(product);
    o.category = QString::fromUtf8(category);
    o.customerId = customerId;
    o.description = QString::fromUtf8(description);
    o.faultCode = QString::fromUtf8(fault);
    REQUIRE(OrderRepository(db).insert(o).ok());
    return o.id;
}

Incident openIncident(Database &db, const Branch &branch, const char *title, IncidentScope scope,
                      bool drill = false, std::optional<qint64> planId = std::nullopt)
{
    Incident i;
    i.branchId = branch.id;
    i.title = QString::fromUtf8(title);
    i.scenario = Scenario::Recall;
    i.severity = Severity::Major;
    i.drill = drill;
    i.scope = std::move(scope);
    i.planId = planId;
    i.openedAt = at(2026, 11, 20, 9);
    REQUIRE(Incidents(db).open(i, std::nullopt).ok());
    return i;
}

std::set<qint64> ids(const std::vector<AffectedCustomer> &customers)
{
    std::set<qint64> out;
    for (const AffectedCustomer &c : customers)
        out.insert(c.customerId);
    return out;
}

} // namespace

TEST_CASE("An incident's affected customers equal a hand query", "[incident][affected]")
{
    TempWorkbook t(QStringLiteral("召回事件.servicelens"));
    const Branch branch = *t.wb->defaultBranch();
    org::ProductModel model;
    model.model = QStringLiteral("XQB80");
    model.name = QStringLiteral("波轮洗衣机");
    model.category = QString();
    REQUIRE(org::ProductCatalogue(t.db).saveModel(model).ok());

    const qint64 zhang = customer(t.db, "张伟", "13800001111");
    const qint64 li = customer(t.db, "李娜", "13900002222");
    const qint64 wang = customer(t.db, "王芳", "13700003333");
    const qint64 zhao = customer(t.db, "赵磊", "13600004444");
    const qint64 chen = customer(t.db, "陈静", "13500005555");
    // In May 2026: the model written three ways, with and without the batch mark.
    order(t.db, branch, "R-1", at(2026, 5, 3, 10), "XQB80", zhang, "批次 b2405-17 不脱水");
    order(t.db, branch, "R-2", at(2026, 5, 9, 11), "洗衣机XQB80", li, "铭牌 B2405-03");
    order(t.db, branch, "R-3", at(2026, 5, 12, 9), "xqb80", wang, "B2406 噪音");     // other batch
    order(t.db, branch, "R-4", at(2026, 5, 20, 15), "XQB800", zhao, "B2405");        // other model
    order(t.db, branch, "R-5", at(2026, 6, 2, 10), "XQB80", chen, "B2405");          // after May
    order(t.db, branch, "R-6", at(2026, 5, 25, 10), "XQB80", std::nullopt, "B2405"); // no customer
    order(t.db, branch, "R-7", at(2026, 5, 28, 10), "XQB80", zhang, "再次报修 B2405"); // twice

    IncidentScope scope;
    scope.from = at(2026, 5, 1, 0);
    scope.to = at(2026, 6, 1, 0);
    scope.values = {{ScopeKind::Product, QStringLiteral("XQB80")},
                    {ScopeKind::Batch, QStringLiteral("B2405")}};
    const Incident recall = openIncident(t.db, branch, "XQB80 批次 B2405 电机召回", scope);

    auto orders = AffectedOrders(t.db).orders(recall);
    REQUIRE(orders.ok());
    const auto customers = AffectedOrders::customers(*orders);

    // The hand query: May's orders whose product text names the model (its own spellings, not
    // XQB800) and whose description holds the batch mark in any case.
    SqlQuery hand(t.db, QStringLiteral(
                            "SELECT DISTINCT customer_id FROM service_order WHERE branch_id = "
                            ":branch AND received_at >= :from AND received_at < :to AND product IN "
                            "('XQB80', '洗衣机XQB80', 'xqb80') AND upper(description) LIKE "
                            "'%B2405%' AND customer_id IS NOT NULL"));
    hand.bind(QStringLiteral(":branch"), branch.id)
        .bind(QStringLiteral(":from"), *scope.from)
        .bind(QStringLiteral(":to"), *scope.to);
    auto expected = hand.all<qint64>([](const SqlQuery &q) { return q.value(0).toLongLong(); });
    REQUIRE(expected.ok());
    CHECK(ids(customers) == std::set<qint64>(expected->begin(), expected->end()));
    CHECK(ids(customers) == std::set<qint64>{zhang, li});
    // are affected; 张伟 once, with his latest order.
    std::vector<QString> numbers;
    for (const AffectedOrder &o : *orders)
        numbers.push_back(o.orderNo);
    CHECK(numbers == std::vector<QString>{QStringLiteral("R-1"), QStringLiteral("R-2"),
                                          QStringLiteral("R-6"), QStringLiteral("R-7")});
    const auto it =
        std::find_if(customers.begin(), customers.end(),
                     [zhang](const AffectedCustomer &c) { return c.customerId == zhang; });
    REQUIRE(it != customers.end());
    CHECK(it->latestOrderNo == QStringLiteral("R-7"));
    CHECK(it->orders == 2);

    // The callback list holds exactly those customers, once; drawing again adds nobody.
    IncidentContacts contacts(t.db);
    auto drawn = contacts.draw(recall.id, t.db.clock().nowSecsSinceEpoch(), std::nullopt);
    REQUIRE(drawn.ok());
    CHECK(*drawn == 2);
    auto again = contacts.draw(recall.id, t.db.clock().nowSecsSinceEpoch(), std::nullopt);
    REQUIRE(again.ok());
    CHECK(*again == 0);
    auto listed = contacts.ofIncident(recall.id);
    REQUIRE(listed.ok());
    std::set<qint64> listedIds;
    for (const IncidentCall &c : *listed) {
        listedIds.insert(c.customerId);
        CHECK(c.script == recall.script);
    }
    CHECK(listedIds == ids(customers));

    // A fault code narrows: only orders with that code, of the same period.
    order(t.db, branch, "F-1", at(2026, 5, 4, 10), "滚筒洗衣机", wang, "", "E21");
    order(t.db, branch, "F-2", at(2026, 5, 5, 10), "滚筒洗衣机", chen, "", "E30");
    IncidentScope faults;
    faults.from = scope.from;
    faults.to = scope.to;
    faults.values = {{ScopeKind::FaultCode, QStringLiteral("E21")}};
    const Incident wave = openIncident(t.db, branch, "E21 批量投诉", faults);
    auto byFault = AffectedOrders(t.db).orders(wave);
    REQUIRE(byFault.ok());
    REQUIRE(byFault->size() == 1);
    CHECK(byFault->front().orderNo == QStringLiteral("F-1"));
    // An empty scope touches nothing.
    const Incident nothing = openIncident(t.db, branch, "车间小火情", {});
    auto none = AffectedOrders(t.db).orders(nothing);
    REQUIRE(none.ok());
    CHECK(none->empty());
}

TEST_CASE("A drill never calls a customer, and a closed incident calls nobody",
          "[incident][contacts]")
{
    TempWorkbook t(QStringLiteral("演练.servicelens"));
    const Branch branch = *t.wb->defaultBranch();
    order(t.db, branch, "D-1", at(2026, 11, 2, 10), "XQB80", customer(t.db, "周强", "13811112222"));
    IncidentScope scope;
    scope.from = at(2026, 11, 1, 0);
    const Incident drill = openIncident(t.db, branch, "召回演练", scope, true);
    auto drawn =
        IncidentContacts(t.db).draw(drill.id, t.db.clock().nowSecsSinceEpoch(), std::nullopt);
    REQUIRE(!drawn.ok());
    CHECK(drawn.error().message.contains(QStringLiteral("drill")));
    auto listed = IncidentContacts(t.db).ofIncident(drill.id);
    REQUIRE(listed.ok());
    CHECK(listed->empty());

    const Incident real = openIncident(t.db, branch, "真实召回", scope);
    REQUIRE(
        IncidentContacts(t.db).draw(real.id, t.db.clock().nowSecsSinceEpoch(), std::nullopt).ok());
    REQUIRE(Incidents(t.db)
                .close(real.id, QStringLiteral("提前备件"), at(2026, 11, 21, 9), std::nullopt)
                .ok());
    auto calls = IncidentContacts(t.db).toCall(branch.id, t.db.clock().nowSecsSinceEpoch());
    REQUIRE(calls.ok());
    CHECK(calls->empty());
}

TEST_CASE("Calls to affected customers: retried after four hours up to three attempts",
          "[incident][contacts]")
{
    TempWorkbook t(QStringLiteral("回访名单.servicelens"));
    const Branch branch = *t.wb->defaultBranch();
    const qint64 now = t.db.clock().nowSecsSinceEpoch(); // 2026-11-22 10:00
    order(t.db, branch, "C-1", at(2026, 11, 2, 10), "空调", customer(t.db, "孙丽", "13822223333"));
    order(t.db, branch, "C-2", at(2026, 11, 3, 10), "空调", customer(t.db, "吴刚", "13833334444"));
    IncidentScope scope;
    scope.from = at(2026, 11, 1, 0);
    const Incident outage = openIncident(t.db, branch, "系统宕机延误", scope);
    IncidentContacts contacts(t.db);
    REQUIRE(contacts.draw(outage.id, now, std::nullopt).ok());
    auto due = contacts.toCall(branch.id, now);
    REQUIRE(due.ok());
    REQUIRE(due->size() == 2);
    const qint64 first = (*due)[0].contactId;
    const qint64 second = (*due)[1].contactId;

    // No answer at 06:00: off the list until 10:00, then back, until the third attempt.
    REQUIRE(contacts.record(first, ContactStatus::NoAnswer, {}, {}, {}, now - 4 * 3600 + 60).ok());
    auto later = contacts.toCall(branch.id, now);
    REQUIRE(later.ok());
    CHECK(later->size() == 1);
    REQUIRE(contacts.record(first, ContactStatus::NoAnswer, {}, {}, {}, now - 8 * 3600 - 60).ok());
    auto retried = contacts.toCall(branch.id, now);
    REQUIRE(retried.ok());
    CHECK(retried->size() == 2);
    REQUIRE(contacts.record(first, ContactStatus::NoAnswer, {}, {}, {}, now - 5 * 3600).ok());
    // Call back later: back on the list at the time asked, not before.
    REQUIRE(!contacts.record(second, ContactStatus::CallBack, {}, {}, {}, now - 60).ok());
    REQUIRE(contacts
                .record(second, ContactStatus::CallBack, now + 3600, QStringLiteral("下午再打"), {},
                        now - 60)
                .ok());
    auto none = contacts.toCall(branch.id, now);
    REQUIRE(none.ok());
    CHECK(none->empty());
    auto back = contacts.toCall(branch.id, now + 3600);
    REQUIRE(back.ok());
    REQUIRE(back->size() == 1);
    CHECK(back->front().note == QStringLiteral("下午再打"));
    auto tally = contacts.tally(outage.id);
    REQUIRE(tally.ok());
    CHECK(tally->listed == 2);
    CHECK(tally->unreachable == 1);
    CHECK(tally->pending == 1);
    CHECK(tally->reached == 0);
    REQUIRE(contacts.record(second, ContactStatus::Reached, {}, {}, {}, now).ok());
    auto done = contacts.tally(outage.id);
    REQUIRE(done.ok());
    CHECK(done->reached == 1);
    CHECK(done->pending == 0);
}

TEST_CASE("An incident runs its plan's steps, keeps an append-only audited timeline, and closes "
          "with its lessons",
          "[incident][plan][timeline]")
{
    TempWorkbook t(QStringLiteral("应急预案.servicelens"));
    const Branch branch = *t.wb->defaultBranch();
    IncidentPlans plans(t.db);
    auto added = plans.addSuggested(branch.id);
    REQUIRE(added.ok());
    CHECK(*added == 5);
    auto again = plans.addSuggested(branch.id);
    REQUIRE(again.ok());
    CHECK(*again == 0);
    auto list = plans.list(branch.id);
    REQUIRE(list.ok());
    const auto recallPlan = std::find_if(list->begin(), list->end(), [](const IncidentPlan &p) {
        return p.scenario == Scenario::Recall;
    });
    REQUIRE(recallPlan != list->end());
    REQUIRE(recallPlan->steps.size() == 6);

    // A plan without steps, or with a name taken, is refused.
    IncidentPlan empty;
    empty.branchId = branch.id;
    empty.name = QStringLiteral("空预案");
    CHECK(!plans.save(empty).ok());
    IncidentPlan twin = *recallPlan;
    twin.id = 0;
    CHECK(!plans.save(twin).ok());

    Incident first = openIncident(t.db, branch, "XQB80 召回", {}, false, recallPlan->id);
    Incident second = openIncident(t.db, branch, "第二起", {});
    CHECK(first.code == QStringLiteral("2026-001"));
    CHECK(second.code == QStringLiteral("2026-002"));
    CHECK(first.script == recallPlan->script);
    Incidents incidents(t.db);
    auto steps = incidents.steps(first.id);
    REQUIRE(steps.ok());
    REQUIRE(steps->size() == 6);
    // Due the plan's hours after the opening (09:00): 2 h, 2 h, 4 h, 48 h, 72 h, 168 h.
    CHECK((*steps)[0].dueAt == first.openedAt + 2 * 3600);
    CHECK((*steps)[5].dueAt == first.openedAt + 168 * 3600);
    CHECK((*steps)[2].overdueAt(t.db.clock().nowSecsSinceEpoch()));

    REQUIRE(incidents.completeStep((*steps)[0].id, at(2026, 11, 20, 10), std::nullopt).ok());
    CHECK(!incidents.completeStep((*steps)[0].id, at(2026, 11, 20, 11), std::nullopt).ok());
    REQUIRE(incidents
                .setSeverity(first.id, Severity::Critical, t.db.clock().nowSecsSinceEpoch(),
                             std::nullopt)
                .ok());
    REQUIRE(incidents
                .addNote(first.id, QStringLiteral("总部已确认召回范围"), at(2026, 11, 20, 12),
                         std::nullopt)
                .ok());
    inspection::CorrectiveAction action;
    action.description = QStringLiteral("来料检验增加电机抽检");
    action.due = QDate(2026, 12, 15);
    REQUIRE(incidents.addAction(first.id, action, std::nullopt).ok());
    inspection::ActionFilter filter;
    filter.branchId = branch.id;
    filter.incidentId = first.id;
    auto actions = inspection::ActionRepository(t.db).list(filter);
    REQUIRE(actions.ok());
    REQUIRE(actions->size() == 1);
    CHECK(actions->front().action.source == inspection::ActionSource::Incident);
    filter.incidentId = second.id;
    auto none = inspection::ActionRepository(t.db).list(filter);
    REQUIRE(none.ok());
    CHECK(none->empty());

    // Closing asks for the lessons; a closed incident no longer changes.
    CHECK(!incidents.close(first.id, QStringLiteral("  "), at(2026, 11, 21, 9), std::nullopt).ok());
    REQUIRE(incidents
                .close(first.id, QStringLiteral("供应商批次需到货抽检"),
                       t.db.clock().nowSecsSinceEpoch(), std::nullopt)
                .ok());
    CHECK(!incidents.addNote(first.id, QStringLiteral("晚了"), at(2026, 11, 21, 10), std::nullopt)
               .ok());
    CHECK(
        !incidents
             .setSeverity(first.id, Severity::Minor, t.db.clock().nowSecsSinceEpoch(), std::nullopt)
             .ok());

    auto timeline = incidents.timeline(first.id);
    REQUIRE(timeline.ok());
    std::vector<EventKind> kinds;
    for (const IncidentEvent &e : *timeline)
        kinds.push_back(e.kind);
    // In time order; the severity, the action and the closing were all recorded "now".
    CHECK(kinds == std::vector<EventKind>{EventKind::Opened, EventKind::Step, EventKind::Note,
                                          EventKind::Severity, EventKind::Action,
                                          EventKind::Closed});
    CHECK(timeline->back().text == QStringLiteral("供应商批次需到货抽检"));

    // The timeline refuses any change, and each entry is in the audit chain.
    SqlQuery edit(t.db, QStringLiteral("UPDATE incident_event SET text = 'x' WHERE incident_id = "
                                       ":id"));
    edit.bind(QStringLiteral(":id"), first.id);
    CHECK(!edit.exec().ok());
    SqlQuery erase(t.db, QStringLiteral("DELETE FROM incident_event WHERE incident_id = :id"));
    erase.bind(QStringLiteral(":id"), first.id);
    CHECK(!erase.exec().ok());
    SqlQuery audited(t.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = "
                                          "'incident_event'"));
    auto count = audited.scalar();
    REQUIRE(count.ok());
    CHECK(count->toInt() == 6 + 1); // the first incident's six, and the second's opening
}
