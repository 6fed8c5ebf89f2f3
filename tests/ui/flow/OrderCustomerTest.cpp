// SPDX-License-Identifier: GPL-3.0-or-later
// The customer on the order form: typed for a new order, matched by phone to an existing one.
#include "TestSupport.h"

#include "flow/CustomerFields.h"
#include "flow/OrderDialog.h"
#include "flow/OrderRepository.h"
#include "storage/AuditLog.h"
#include "storage/SqlQuery.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace servicelens;
using namespace servicelens::test;

namespace {

flow::ServiceOrder draft(Workbook &wb, const Clock &clock, const QString &no)
{
    flow::ServiceOrder o;
    o.branchId = wb.defaultBranch()->id;
    o.orderNo = no;
    o.times.received = clock.nowSecsSinceEpoch() - 600;
    return o;
}

qint64 customers(Database &db)
{
    return *flow::CustomerRepository(db).count();
}

} // namespace

TEST_CASE("A new order takes a customer: matched by phone, or a new person with an address",
          "[ui][orders][customer]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("客户.servicelens")), clock);
    Database &db = wb->database();
    flow::Customer zhang;
    zhang.name = QStringLiteral("张建国");
    zhang.phone = QStringLiteral("13912345678");
    REQUIRE(flow::CustomerRepository(db).create(zhang).ok());
    flow::OrderRepository orders(db);
    for (int i = 1; i <= 3; ++i) {
        flow::ServiceOrder earlier = draft(*wb, clock, QStringLiteral("SO-旧-%1").arg(i));
        earlier.customerId = zhang.id;
        REQUIRE(orders.insert(earlier).ok());
    }

    {
        // The caller's number finds him; one click makes the order his, and the address typed
        // is added to his record.
        ui::OrderDialog form(db, draft(*wb, clock, QStringLiteral("SO-新-1")));
        auto *phone = form.findChild<QLineEdit *>(QStringLiteral("customerPhone"));
        auto *offer = form.findChild<QLabel *>(QStringLiteral("customerMatches"));
        CHECK(offer->isHidden());
        QTest::keyClicks(phone, QStringLiteral("13912345678"));
        CHECK_FALSE(offer->isHidden());
        CHECK(offer->text().contains(QStringLiteral("13912345678 — 张建国, 3 earlier orders")));
        emit offer->linkActivated(QString::number(zhang.id));
        CHECK(form.findChild<QLineEdit *>(QStringLiteral("customerName"))->text() ==
              QStringLiteral("张建国"));
        CHECK(offer->text().contains(QStringLiteral("an existing customer with 3 earlier orders")));
        form.findChild<QLineEdit *>(QStringLiteral("customerAddress"))
            ->setText(QStringLiteral("上海市浦东新区张江路88弄6号"));
        form.accept();
        REQUIRE(form.result() == QDialog::Accepted);
        const auto saved =
            **orders.findByOrderNo(wb->defaultBranch()->id, QStringLiteral("SO-新-1"));
        CHECK(saved.customerId == zhang.id);
        CHECK((*flow::CustomerRepository(db).findById(zhang.id))->address ==
              QStringLiteral("上海市浦东新区张江路88弄6号"));
        CHECK(customers(db) == 1);
    }
    {
        // A new person: created with the order, in the same transaction, audited.
        ui::OrderDialog form(db, draft(*wb, clock, QStringLiteral("SO-新-2")));
        form.findChild<QLineEdit *>(QStringLiteral("customerName"))
            ->setText(QStringLiteral("李梅"));
        QTest::keyClicks(form.findChild<QLineEdit *>(QStringLiteral("customerPhone")),
                         QStringLiteral("13800001111"));
        CHECK(form.findChild<QLabel *>(QStringLiteral("customerMatches"))->isHidden());
        form.findChild<QLineEdit *>(QStringLiteral("customerAddress"))
            ->setText(QStringLiteral("上海市徐汇区漕溪北路399号"));
        form.accept();
        const auto saved =
            **orders.findByOrderNo(wb->defaultBranch()->id, QStringLiteral("SO-新-2"));
        REQUIRE(saved.customerId.has_value());
        const flow::Customer li = **flow::CustomerRepository(db).findById(*saved.customerId);
        CHECK(li.name == QStringLiteral("李梅"));
        CHECK(li.phone == QStringLiteral("13800001111"));
        CHECK(li.address == QStringLiteral("上海市徐汇区漕溪北路399号"));
        CHECK(AuditLog(db).entriesFor(QStringLiteral("customer"), li.uid)->size() == 1);
        CHECK(customers(db) == 2);
    }
    {
        // A duplicate order id refuses the save: no customer is left behind either.
        ui::OrderDialog form(db, draft(*wb, clock, QStringLiteral("SO-新-2")));
        form.findChild<QLineEdit *>(QStringLiteral("customerName"))
            ->setText(QStringLiteral("王五"));
        form.accept();
        CHECK(form.result() != QDialog::Accepted);
        CHECK(customers(db) == 2);
    }
}
