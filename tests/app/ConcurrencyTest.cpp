// SPDX-License-Identifier: GPL-3.0-or-later
// Two programs writing to one workbook at once (WAL, busy waits, BEGIN IMMEDIATE): every change
// of both is there, none overwrote the other, and the audit trail is one intact chain.
#include "TestSupport.h"

#include "ServicelensProcess.h"

#include "flow/OrderRepository.h"
#include "storage/SqlQuery.h"
#include "workbook/Workbook.h"

#include <QProcess>

using namespace servicelens;
using namespace servicelens::test;

TEST_CASE("Two processes editing the same order lose no update", "[cli][concurrency]")
{
    TempFolder dir;
    const QString db = dir.file(QStringLiteral("两个窗口.servicelens"));
    REQUIRE(runServicelens({QStringLiteral("init"), QStringLiteral("--db"), db}).status == 0);
    {
        auto wb = Workbook::open(db);
        REQUIRE(wb.ok());
        flow::ServiceOrder order;
        order.branchId = (*wb)->defaultBranch()->id;
        order.orderNo = QStringLiteral("并发-1");
        order.times.received = 1790000000;
        order.visits = 1;
        REQUIRE(flow::OrderRepository((*wb)->database()).insert(order).ok());
    }
    constexpr int rounds = 120;
    QProcess first;
    QProcess second;
    for (auto [process, tag] : {std::pair{&first, "甲"}, std::pair{&second, "乙"}})
        process->start(QStringLiteral(SERVICELENS_TEST_WRITER),
                       {QStringLiteral("edit-order"), db, QStringLiteral("并发-1"),
                        QString::fromUtf8(tag), QString::number(rounds)});
    for (QProcess *p : {&first, &second}) {
        REQUIRE(p->waitForFinished(120000));
        INFO(p->readAllStandardError().toStdString());
        CHECK(p->exitStatus() == QProcess::NormalExit);
        CHECK(p->exitCode() == 0);
    }
    const QString firstSaid = QString::fromUtf8(first.readAllStandardOutput());
    const QString secondSaid = QString::fromUtf8(second.readAllStandardOutput());
    INFO("first: " << firstSaid.toStdString() << " second: " << secondSaid.toStdString());

    auto wb = Workbook::open(db);
    REQUIRE(wb.ok());
    auto order = flow::OrderRepository((*wb)->database())
                     .findByOrderNo((*wb)->defaultBranch()->id, QStringLiteral("并发-1"));
    REQUIRE(order.ok());
    REQUIRE(order->has_value());
    // Every round of both is in the order: none was written over a stale read.
    CHECK((*order)->description.count(QStringLiteral("甲")) == rounds);
    CHECK((*order)->description.count(QStringLiteral("乙")) == rounds);
    CHECK((*order)->visits == 1 + 2 * rounds);
    SqlQuery staff((*wb)->database(),
                   QStringLiteral("SELECT count(*) FROM staff WHERE name LIKE '并发%'"));
    CHECK(staff.scalar()->toInt() == 2 * rounds);
    SqlQuery audits((*wb)->database(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'service_order' "
                                   "AND action = 'update'"));
    CHECK(audits.scalar()->toInt() == 2 * rounds);
    wb->reset();
    const Run check = runServicelens({QStringLiteral("check"), QStringLiteral("--db"), db});
    INFO(check.err.toStdString());
    CHECK(check.status == 0);
    CHECK(check.out.contains(QStringLiteral("hash chain intact")));
}
