// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "flow/OrderRepository.h"
#include "org/Staff.h"
#include "storage/AuditLog.h"

using namespace servicelens;
using namespace servicelens::test;

TEST_CASE("Inserts, updates and deletes of staff leave audit records", "[storage][audit]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("审计.servicelens")), clock);
    Database &db = wb->database();
    org::StaffRepository staff(db);
    AuditLog audit(db);

    org::StaffMember m;
    m.code = QStringLiteral("T01");
    m.name = QStringLiteral("王师傅");
    m.role = org::Role::TechnicalSupport;
    m.team = QStringLiteral("技术支持一组");
    m.hireDate = QDate(2020, 3, 1);
    REQUIRE(staff.create(m).ok());
    clock.advance(60'000);
    m.name = QStringLiteral("王建国");
    REQUIRE(staff.update(m).ok());
    clock.advance(60'000);
    REQUIRE(staff.remove(m.id).ok());

    auto entries = audit.entriesFor(QStringLiteral("staff"), m.uid);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 3);
    const auto &ins = (*entries)[0];
    const auto &upd = (*entries)[1];
    const auto &del = (*entries)[2];
    CHECK(ins.action == AuditLog::Action::Insert);
    CHECK(ins.actor == QStringLiteral("测试员"));
    CHECK(ins.at == referenceNowMsecs() / 1000);
    CHECK(ins.before.isEmpty());
    CHECK(ins.after.value(QStringLiteral("name")).toString() == QStringLiteral("王师傅"));
    CHECK(upd.action == AuditLog::Action::Update);
    CHECK(upd.at == referenceNowMsecs() / 1000 + 60);
    CHECK(upd.before.value(QStringLiteral("name")).toString() == QStringLiteral("王师傅"));
    CHECK(upd.after.value(QStringLiteral("name")).toString() == QStringLiteral("王建国"));
    CHECK(del.action == AuditLog::Action::Delete);
    CHECK(del.before.value(QStringLiteral("code")).toString() == QStringLiteral("T01"));
    CHECK(del.after.isEmpty());
}

TEST_CASE("A failed change leaves neither the change nor its audit record", "[storage][audit]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("回滚.servicelens")), clock);
    Database &db = wb->database();
    org::StaffRepository staff(db);
    AuditLog audit(db);

    org::StaffMember a;
    a.code = QStringLiteral("C01");
    a.name = QStringLiteral("李娜");
    a.role = org::Role::CustomerService;
    REQUIRE(staff.create(a).ok());
    const qint64 before = *audit.count();

    org::StaffMember b = a;
    b.id = 0;
    b.name = QStringLiteral("李四");
    const Status dup = staff.create(b);
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().kind == ErrorKind::Conflict);
    CHECK(dup.error().message.contains(QStringLiteral("C01")));
    CHECK(*audit.count() == before);

    // Writing an audit record outside a transaction is a programming error, refused.
    CHECK_FALSE(
        audit.record(AuditLog::Action::Insert, QStringLiteral("x"), QStringLiteral("y"), {}, {})
            .ok());
}

TEST_CASE("Staff with orders are deactivated, not deleted", "[team][audit]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("停用.servicelens")), clock);
    Database &db = wb->database();
    org::StaffRepository staff(db);
    org::StaffMember t;
    t.code = QStringLiteral("T07");
    t.name = QStringLiteral("韩强");
    REQUIRE(staff.create(t).ok());

    flow::ServiceOrder o;
    o.branchId = wb->defaultBranch()->id;
    o.orderNo = QStringLiteral("SO-1");
    o.technicianId = t.id;
    o.times.received = referenceNowMsecs() / 1000;
    REQUIRE(flow::OrderRepository(db).insert(o).ok());

    const Status removed = staff.remove(t.id);
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().kind == ErrorKind::Conflict);
    REQUIRE(staff.setActive(t.id, false).ok());
    auto found = staff.findByCode(QStringLiteral("T07"));
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK_FALSE((*found)->active);
}
