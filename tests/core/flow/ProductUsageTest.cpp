// SPDX-License-Identifier: GPL-3.0-or-later
// The orders of a head office's store seen through its product lists (issue 20, item 5): each
// model and category with its orders and branches, unknown kept apart from unmapped, the texts
// to map most orders first, and a mapping applying at once to every order already merged: the
// same counts, by hand, on a workbook and on PostgreSQL.
#include "HeadOfficeStore.h"

#include "flow/ProductUsage.h"
#include "org/ProductLists.h"

using namespace servicelens;
using namespace servicelens::flow;
using namespace servicelens::org;
using namespace servicelens::test;

namespace {

// Two branches' orders as their packs brought them: (branch, product text, category text,
// month received).
const char *const branchesAndOrders = R"SQL(
INSERT INTO branch (uid, code, name, time_zone, created_at, updated_at)
VALUES ('b-hz', 'HZ02', '杭州二号', 'Asia/Shanghai', 1, 1),
       ('b-sh', 'SH01', '上海一号', 'Asia/Shanghai', 1, 1);
INSERT INTO service_order (uid, branch_id, order_no, product, category, received_at,
                           received_month, created_at, updated_at)
VALUES ('o1', 1, 'HZ-1', 'XQB80', '洗衣机', 1791000000, 202610, 1, 1),
       ('o2', 1, 'HZ-2', '洗衣机XQB80', '', 1791000000, 202610, 1, 1),
       ('o3', 1, 'HZ-3', 'XQB80洗衣机', '洗衣机', 1793600000, 202611, 1, 1),
       ('o4', 1, 'HZ-4', '小天鹅八公斤', '洗衣机', 1791000000, 202610, 1, 1),
       ('o5', 1, 'HZ-5', '', '空调', 1791000000, 202610, 1, 1),
       ('o6', 1, 'HZ-6', '', '', 1791000000, 202610, 1, 1),
       ('o7', 2, 'SH-1', 'xqb80', '波轮', 1791000000, 202610, 1, 1),
       ('o8', 2, 'SH-2', '小天鹅 八公斤', '家电', 1791000000, 202610, 1, 1),
       ('o9', 2, 'SH-3', 'KFR-35GW 和 XQB80', '空调', 1791000000, 202610, 1, 1),
       ('o10', 2, 'SH-4', 'KFR-35GW', '', 1791000000, 202610, 1, 1);
)SQL";

const ProductUsage::Entry &entry(const std::vector<ProductUsage::Entry> &entries,
                                 const char *target)
{
    for (const ProductUsage::Entry &e : entries)
        if (e.target == QString::fromUtf8(target))
            return e;
    FAIL("no entry " << target);
    return entries.front();
}

} // namespace

TEST_CASE("Head office counts each model and category across branches and lists the texts to "
          "map",
          "[flow][products][network]")
{
    const bool onPostgres = GENERATE(false, true);
    INFO((onPostgres ? "PostgreSQL" : "workbook"));
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto ho = createHeadOfficeStore(dir, QStringLiteral("总部产品"), clock, onPostgres);
    Database &store = ho->database();
    REQUIRE(store.execScript(branchesAndOrders).ok());
    ProductCatalogue catalogue(store);
    REQUIRE(catalogue.saveModel({0, {}, QStringLiteral("XQB80"), {}, QStringLiteral("洗衣机"), {}})
                .ok());
    REQUIRE(catalogue.saveModel({0, {}, QStringLiteral("KFR-35GW"), {}, QStringLiteral("空调"), {}})
                .ok());
    REQUIRE(
        catalogue.saveModel({0, {}, QStringLiteral("BCD-1"), {}, QStringLiteral("冰箱"), {}}).ok());

    auto usage = ProductUsage::read(store, *catalogue.load());
    REQUIRE(usage.ok());
    CHECK(usage->orders == 10);
    CHECK(usage->modelMatched == 5); // o1 o2 o3 o7 o10
    CHECK(usage->modelBlank == 2);   // o5 o6: unknown, not unmapped
    CHECK(usage->categoryMatched == 8);
    CHECK(usage->categoryBlank == 1); // o6
    CHECK(entry(usage->models, "XQB80").orders == 4);
    CHECK(entry(usage->models, "XQB80").branches == 2);
    CHECK(entry(usage->models, "KFR-35GW").orders == 1);
    CHECK(entry(usage->models, "BCD-1").orders == 0);
    // o7's category is its model's (洗衣机), whatever its own text (波轮) says.
    CHECK(entry(usage->categories, "洗衣机").orders == 5);
    CHECK(entry(usage->categories, "洗衣机").branches == 2);
    CHECK(entry(usage->categories, "空调").orders == 3);
    CHECK(entry(usage->categories, "冰箱").orders == 0);
    REQUIRE(usage->unmapped.size() == 3);
    // Spellings of one key together (a mapping applies to them all), the most orders first.
    CHECK(usage->unmapped[0].value.remove(QLatin1Char(' ')) == QStringLiteral("小天鹅八公斤"));
    CHECK(usage->unmapped[0].orders == 2);
    CHECK(usage->unmapped[0].branches == 2);
    CHECK(usage->unmapped[1].value == QStringLiteral("KFR-35GW 和 XQB80"));
    CHECK(usage->unmapped[1].candidates ==
          QStringList{QStringLiteral("KFR-35GW"), QStringLiteral("XQB80")});
    CHECK(usage->unmapped[2].list == ProductList::Category);
    CHECK(usage->unmapped[2].value == QStringLiteral("家电"));
    CHECK(usage->unmapped[2].orders == 1);

    // One month: only what was received in it.
    auto november = ProductUsage::read(store, *catalogue.load(), 202611);
    REQUIRE(november.ok());
    CHECK(november->orders == 1);
    CHECK(entry(november->models, "XQB80").orders == 1);
    CHECK(november->toJson().value(QStringLiteral("month")).toString() ==
          QStringLiteral("2026-11"));

    // Mapped once, both spellings and both branches' orders follow, and o8's category with
    // its model: nothing of the orders was rewritten.
    REQUIRE(catalogue
                .remember(ProductList::Model, QStringLiteral("小天鹅八公斤"),
                          QStringLiteral("XQB80"), true)
                .ok());
    usage = ProductUsage::read(store, *catalogue.load());
    REQUIRE(usage.ok());
    CHECK(usage->modelMatched == 7);
    CHECK(entry(usage->models, "XQB80").orders == 6);
    CHECK(entry(usage->categories, "洗衣机").orders == 6);
    REQUIRE(usage->unmapped.size() == 1);
    CHECK(usage->unmapped[0].value == QStringLiteral("KFR-35GW 和 XQB80"));
}
