// SPDX-License-Identifier: GPL-3.0-or-later
// Head office's product lists (issue 20, item 5; FORMATS.md `import products`): the texts
// branches write matched to the lists by key, remembered spellings and the codes they hold; the
// products file imported as the other imports are; every change audited.
#include "TestSupport.h"

#include "org/ProductLists.h"
#include "org/ProductMatcher.h"
#include "storage/AuditLog.h"
#include "workbook/Importers.h"

using namespace servicelens;
using namespace servicelens::org;
using namespace servicelens::test;

namespace {

ProductLists handLists()
{
    ProductLists lists;
    lists.categories = {{0, {}, QStringLiteral("洗衣机"), QStringLiteral("Washing machine")},
                        {0, {}, QStringLiteral("空调"), {}}};
    lists.models = {{0,
                     {},
                     QStringLiteral("XQB80"),
                     QStringLiteral("波轮洗衣机 8kg"),
                     QStringLiteral("洗衣机"),
                     {}},
                    {0, {}, QStringLiteral("XQB80-1"), {}, QStringLiteral("洗衣机"), {}},
                    {0,
                     {},
                     QStringLiteral("KFR-35GW"),
                     QStringLiteral("挂机 1.5匹"),
                     QStringLiteral("空调"),
                     {}},
                    {0, {}, QStringLiteral("A1"), {}, {}, {}},
                    {0, {}, QStringLiteral("Z9"), QStringLiteral("同名"), {}, {}},
                    {0, {}, QStringLiteral("Z10"), QStringLiteral("同名"), {}, {}}};
    lists.aliases = {{ProductList::Model, ProductLists::key(QStringLiteral("海尔 80")),
                      QStringLiteral("海尔 80"), QStringLiteral("XQB80"), false},
                     {ProductList::Category, ProductLists::key(QStringLiteral("波轮机")),
                      QStringLiteral("波轮机"), QStringLiteral("洗衣机"), true}};
    return lists;
}

} // namespace

TEST_CASE("A branch's text is matched to head office's model by its key, a remembered spelling "
          "or the one code it holds",
          "[org][products]")
{
    const ProductMatcher matcher(handLists());
    const auto model = [&](const char *text) {
        return matcher.model(QString::fromUtf8(text));
    };

    // One key for every spelling of the code: case, full-width letters and digits, spaces.
    CHECK(ProductLists::key(QStringLiteral(" ＸＱＢ８０ ")) == QStringLiteral("xqb80"));
    CHECK(ProductLists::key(QStringLiteral("KFR 35GW/BP·3")) == QStringLiteral("kfr35gwbp3"));
    CHECK(model("kfr35gw").target == QStringLiteral("KFR-35GW")); // a hyphen left out
    CHECK(model("XQB80").how == MatchHow::Exact);
    CHECK(model("xqb80 ").target == QStringLiteral("XQB80"));
    CHECK(model("ＸＱＢ８０").target == QStringLiteral("XQB80"));
    CHECK(model("波轮洗衣机8KG").target == QStringLiteral("XQB80")); // its name, spaced otherwise
    CHECK(model("海尔80").how == MatchHow::Alias);
    CHECK(model("海尔80").target == QStringLiteral("XQB80"));

    // The issue's two spellings are one model.
    CHECK(model("洗衣机XQB80").how == MatchHow::Code);
    CHECK(model("洗衣机XQB80").target == QStringLiteral("XQB80"));
    CHECK(model("XQB80洗衣机").target == QStringLiteral("XQB80"));
    CHECK(model("【美的】kfr-35gw 挂机").target == QStringLiteral("KFR-35GW"));
    // The longer code wins where both stand; a code inside a longer run is another model.
    CHECK(model("XQB80-1洗衣机").target == QStringLiteral("XQB80-1"));
    CHECK(model("XQB800洗衣机").how == MatchHow::Unmatched);
    CHECK(model("AXQB80").how == MatchHow::Unmatched);
    // Two models named: someone must say which.
    const ProductMatch two = model("XQB80 和 KFR-35GW");
    CHECK(two.how == MatchHow::Ambiguous);
    CHECK(two.candidates == QStringList{QStringLiteral("KFR-35GW"), QStringLiteral("XQB80")});
    // A short code is matched whole, never found inside a text by chance.
    CHECK(model("a1").target == QStringLiteral("A1"));
    CHECK(model("A1级能效冰箱").how == MatchHow::Unmatched);
    // A name two models share names neither.
    CHECK(model("同名").how == MatchHow::Unmatched);
    CHECK(model("  ").how == MatchHow::Blank);
    CHECK_FALSE(model("  ").matched());

    CHECK(matcher.category(QStringLiteral("洗衣机 ")).how == MatchHow::Exact);
    CHECK(matcher.category(QStringLiteral("washing MACHINE")).target == QStringLiteral("洗衣机"));
    CHECK(matcher.category(QStringLiteral("波轮机")).how == MatchHow::Alias);
    CHECK(matcher.category(QStringLiteral("其它")).how == MatchHow::Unmatched);
    CHECK(matcher.category(QString()).how == MatchHow::Blank);
    // An order's category is its model's, else what its own category text says.
    CHECK(matcher.categoryOf(QStringLiteral("KFR-35GW"), QStringLiteral("洗衣机")).target ==
          QStringLiteral("空调"));
    CHECK(matcher.categoryOf(QStringLiteral("不知道"), QStringLiteral("空调")).target ==
          QStringLiteral("空调"));
    CHECK(matcher.categoryOf(QStringLiteral("A1"), QStringLiteral("波轮机")).target ==
          QStringLiteral("洗衣机"));
    CHECK(matcher.categoryOf(QStringLiteral("A1"), {}).how == MatchHow::Blank);

    // What a person most likely means by a text nothing matches: proposed, never applied.
    CHECK(matcher.closest(ProductList::Model, QStringLiteral("KFR35 挂机")) ==
          QStringLiteral("KFR-35GW"));
    CHECK(matcher.closest(ProductList::Model, QStringLiteral("A1 冰箱")) == QStringLiteral("A1"));
    CHECK(matcher.closest(ProductList::Category, QStringLiteral("洗衣")) ==
          QStringLiteral("洗衣机"));
    CHECK(matcher.closest(ProductList::Category, QStringLiteral("冰柜")).isEmpty());
}

TEST_CASE("import products adds and updates models by code, keeps what a file lacks and "
          "refuses a spelling that is another model's",
          "[org][products][import]")
{
    TempWorkbook t(QStringLiteral("产品.servicelens"));
    const QString file = t.dir.file(QStringLiteral("产品型号.csv"));
    writeFile(file, QByteArray("型号,名称,品类,上市日期,别名\n"
                               "XQB80,波轮洗衣机 8kg,洗衣机,2023-03-01,海尔XQB80|80公斤洗衣机\n"
                               "KFR-35GW,挂机 1.5匹,空调,2022-05-20,\n"
                               "XQG100,滚筒洗衣机,洗衣机,,\n"));
    auto first = Importers::run(ImportKind::Products, t.db, file, {});
    REQUIRE(first.ok());
    REQUIRE(first->committed);
    CHECK(first->inserted == 3);
    auto lists = ProductCatalogue(t.db).load();
    REQUIRE(lists.ok());
    REQUIRE(lists->models.size() == 3);
    REQUIRE(lists->categories.size() == 2); // made from the models' categories
    CHECK(lists->models[1].model == QStringLiteral("XQB80"));
    CHECK(lists->models[1].launched == QDate(2023, 3, 1));
    CHECK(lists->aliases.size() == 2);
    CHECK(ProductMatcher(*lists).model(QStringLiteral("80公斤 洗衣机")).target ==
          QStringLiteral("XQB80"));

    // The same file again changes nothing.
    auto again = Importers::run(ImportKind::Products, t.db, file, {});
    REQUIRE(again.ok());
    CHECK(again->unchanged == 3);
    const auto audited = AuditLog(t.db).count();

    // A file of codes and launch dates only: names and categories stay.
    writeFile(file, QByteArray("model,launched\nXQB80,2023-04-01\n"));
    auto dates = Importers::run(ImportKind::Products, t.db, file, {});
    REQUIRE(dates.ok());
    CHECK(dates->updated == 1);
    lists = ProductCatalogue(t.db).load();
    CHECK(lists->models[1].name == QStringLiteral("波轮洗衣机 8kg"));
    CHECK(lists->models[1].category == QStringLiteral("洗衣机"));
    CHECK(lists->models[1].launched == QDate(2023, 4, 1));
    CHECK(*AuditLog(t.db).count() == *audited + 1);

    // Problems name their line and column; nothing of the file is written.
    writeFile(file, QByteArray("型号,上市日期,别名\n"
                               "NEW1,,xqg100\n"
                               "NEW2,明年,\n"
                               "ＸＱＢ８０,,\n"
                               "NEW1,,\n"));
    auto bad = Importers::run(ImportKind::Products, t.db, file, {});
    REQUIRE(bad.ok());
    CHECK(bad->failed());
    REQUIRE(bad->issues.size() == 4);
    CHECK(bad->issues[0].line == 2);
    CHECK(bad->issues[0].column == QStringLiteral("别名"));
    CHECK(bad->issues[0].message.contains(QStringLiteral("XQG100")));
    CHECK(bad->issues[1].line == 3);
    CHECK(bad->issues[1].column == QStringLiteral("上市日期"));
    // A full-width spelling of a known code is that model, not a new one.
    CHECK(bad->issues[2].line == 4);
    CHECK(bad->issues[2].column == QStringLiteral("型号"));
    CHECK(bad->issues[2].message.contains(QStringLiteral("XQB80")));
    CHECK(bad->issues[3].line == 5);
    CHECK(bad->issues[3].column == QStringLiteral("型号"));
    CHECK(ProductCatalogue(t.db).load()->models.size() == 3);
}

TEST_CASE("A mapping a user confirms is remembered, moves a spelling only when confirmed and is "
          "audited",
          "[org][products]")
{
    TempWorkbook t(QStringLiteral("映射.servicelens"));
    ProductCatalogue catalogue(t.db);
    REQUIRE(catalogue.saveModel({0, {}, QStringLiteral("XQB80"), {}, QStringLiteral("洗衣机"), {}})
                .ok());
    REQUIRE(catalogue.saveModel({0, {}, QStringLiteral("XQB90"), {}, QStringLiteral("洗衣机"), {}})
                .ok());
    // Saving the same model again changes nothing.
    CHECK_FALSE(
        *catalogue.saveModel({0, {}, QStringLiteral("XQB80"), {}, QStringLiteral("洗衣机"), {}}));

    auto mapped = catalogue.remember(ProductList::Model, QStringLiteral("小天鹅 八公斤"),
                                     QStringLiteral("XQB80"), true);
    REQUIRE(mapped.ok());
    CHECK(*mapped);
    // A file cannot move a user's mapping; the user can.
    CHECK(catalogue
              .remember(ProductList::Model, QStringLiteral("小天鹅八公斤"), QStringLiteral("XQB90"),
                        false)
              .error()
              .kind == ErrorKind::Conflict);
    REQUIRE(catalogue
                .remember(ProductList::Model, QStringLiteral("小天鹅八公斤"),
                          QStringLiteral("XQB90"), true)
                .ok());
    auto lists = catalogue.load();
    REQUIRE(lists->aliases.size() == 1);
    CHECK(lists->aliases[0].target == QStringLiteral("XQB90"));
    CHECK(lists->aliases[0].spelling == QStringLiteral("小天鹅 八公斤")); // as first written

    // A model's own code is not another spelling; an unknown target is named.
    CHECK(catalogue
              .remember(ProductList::Model, QStringLiteral("xqb80"), QStringLiteral("XQB90"), true)
              .error()
              .kind == ErrorKind::Conflict);
    auto unknown = catalogue.remember(ProductList::Category, QStringLiteral("冰柜"),
                                      QStringLiteral("冷柜"), true);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("冷柜")));

    const QString aliasUid =
        QStringLiteral("model:") + ProductLists::key(QStringLiteral("小天鹅八公斤"));
    auto trail = AuditLog(t.db).entriesFor(QStringLiteral("product_alias"), aliasUid);
    REQUIRE(trail.ok());
    REQUIRE(trail->size() == 2);
    CHECK(trail->at(1).before.value(QStringLiteral("target")).toString() ==
          QStringLiteral("XQB80"));
    REQUIRE(catalogue.forget(ProductList::Model, ProductLists::key(QStringLiteral("小天鹅八公斤")))
                .ok());
    CHECK(catalogue.load()->aliases.empty());
    CHECK(AuditLog(t.db).entriesFor(QStringLiteral("product_alias"), aliasUid)->size() == 3);
}
