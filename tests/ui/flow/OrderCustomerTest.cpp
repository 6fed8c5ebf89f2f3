// SPDX-License-Identifier: GPL-3.0-or-later
// The customer on the order form: typed for a new order, matched by phone to an existing one.
#include "TestSupport.h"

#include "flow/CustomerFields.h"
#include "flow/OrderDialog.h"
#include "flow/OrderRepository.h"
#include "org/FaultCodes.h"
#include "org/ProductLists.h"
#include "storage/AuditLog.h"
#include "storage/SqlQuery.h"

#include <QComboBox>
#include <QCompleter>
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

TEST_CASE("The order form offers head office's models and says what a product text counts as",
          "[ui][orders][products]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("型号.servicelens")), clock);
    Database &db = wb->database();
    org::ProductCatalogue lists(db);
    REQUIRE(lists
                .saveModel({0,
                            {},
                            QStringLiteral("EG100HB108"),
                            QStringLiteral("滚筒洗衣机"),
                            QStringLiteral("洗衣机"),
                            {}})
                .ok());
    REQUIRE(
        lists.saveModel({0, {}, QStringLiteral("KFR-35GW"), {}, QStringLiteral("空调"), {}}).ok());

    ui::OrderDialog form(db, draft(*wb, clock, QStringLiteral("SO-型号-1")));
    auto *product = form.findChild<QLineEdit *>(QStringLiteral("productEdit"));
    auto *category = form.findChild<QLineEdit *>(QStringLiteral("categoryEdit"));
    auto *note = form.findChild<QLabel *>(QStringLiteral("productNote"));
    REQUIRE(product);
    REQUIRE(category);
    REQUIRE(note);
    REQUIRE(product->completer());
    // Typing part of a code offers the model.
    product->completer()->setCompletionPrefix(QStringLiteral("hb10"));
    CHECK(product->completer()->currentCompletion() == QStringLiteral("EG100HB108"));

    // As a branch writes it, the note says what it counts as; an empty category takes the
    // model's.
    product->setText(QStringLiteral("洗衣机eg100hb108"));
    CHECK(note->text().contains(QStringLiteral("EG100HB108")));
    CHECK(note->text().contains(QStringLiteral("洗衣机")));
    emit product->editingFinished();
    CHECK(category->text() == QStringLiteral("洗衣机"));
    product->setText(QStringLiteral("EG100HB108 和 KFR-35GW"));
    CHECK(note->text().contains(QStringLiteral("KFR-35GW")));
    product->setText(QStringLiteral("小天鹅八公斤"));
    CHECK(note->text().contains(QStringLiteral("Not in the product list")));
    product->clear();
    CHECK(note->isHidden());
    // The text stays as typed.
    product->setText(QStringLiteral("xqb 80 波轮"));
    CHECK(product->text() == QStringLiteral("xqb 80 波轮"));
}

TEST_CASE("The order form picks the diagnosed fault from the fault list, by code or name",
          "[ui][orders][faults]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("故障.servicelens")), clock);
    Database &db = wb->database();
    org::FaultCatalogue faults(db);
    REQUIRE(faults.saveCode({0, {}, QStringLiteral("RF-03"), QStringLiteral("压缩机异响"), {},
                             QStringLiteral("制冷系统")})
                .ok());
    REQUIRE(faults.saveCode({0, {}, QStringLiteral("RF-04"), QStringLiteral("门封不严"), {}, {}})
                .ok());
    flow::OrderRepository orders(db);
    flow::ServiceOrder order = draft(*wb, clock, QStringLiteral("SO-故障-1"));
    order.faultCode = QStringLiteral("OLD-9"); // a code the list no longer has
    REQUIRE(orders.insert(order).ok());
    {
        ui::OrderDialog form(db, order.id);
        auto *box = form.findChild<QComboBox *>(QStringLiteral("faultCodeBox"));
        REQUIRE(box);
        CHECK(box->count() == 4); // none, the two codes, and the order's own
        CHECK(box->currentText().startsWith(QStringLiteral("OLD-9")));
        // Typed by its name, anywhere in it: the completer offers the code.
        box->completer()->setCompletionPrefix(QStringLiteral("异响"));
        REQUIRE(box->completer()->completionCount() == 1);
        box->setCurrentIndex(box->findData(QStringLiteral("RF-03")));
        CHECK(box->currentText() == QStringLiteral("RF-03 压缩机异响 — 制冷系统"));
        form.accept();
        CHECK(form.result() == QDialog::Accepted);
    }
    CHECK((*orders.findById(order.id))->faultCode == QStringLiteral("RF-03"));
}
