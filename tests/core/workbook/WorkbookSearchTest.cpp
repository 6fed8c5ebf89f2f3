// SPDX-License-Identifier: GPL-3.0-or-later
// One search over the whole workbook: every kind found by its text, newest first, only the
// branch's own, at most the number asked per kind.
#include "DemoFixture.h"

#include "flow/Customer.h"
#include "flow/OrderRepository.h"
#include "storage/SqlQuery.h"
#include "workbook/WorkbookSearch.h"

using namespace servicelens;
using namespace servicelens::test;

namespace {

QString first(Database &db, const char *sql)
{
    SqlQuery q(db, QString::fromUtf8(sql));
    auto v = q.scalar();
    REQUIRE(v.ok());
    REQUIRE(v->isValid());
    return v->toString();
}

std::vector<WorkbookSearch::Hit> of(const std::vector<WorkbookSearch::Hit> &hits,
                                    WorkbookSearch::Kind kind)
{
    std::vector<WorkbookSearch::Hit> out;
    for (const auto &h : hits)
        if (h.kind == kind)
            out.push_back(h);
    return out;
}

} // namespace

TEST_CASE("Find in Workbook finds orders, customers, inspections, actions and comments",
          "[workbook][search]")
{
    DemoWorkbook demo(QStringLiteral("查找.servicelens"), 1500);
    Database &db = demo.wb->database();
    const qint64 branch = demo.wb->defaultBranch()->id;
    const WorkbookSearch search(db, branch);

    // A customer's phone: the customer and every order of theirs.
    const QString phone = first(db, "SELECT c.phone FROM customer c JOIN service_order o ON "
                                    "o.customer_id = c.id GROUP BY c.id HAVING count(*) >= 2 "
                                    "ORDER BY c.id LIMIT 1");
    auto hits = search.find(phone);
    REQUIRE(hits.ok());
    const auto orders = of(*hits, WorkbookSearch::Kind::Order);
    const auto customers = of(*hits, WorkbookSearch::Kind::Customer);
    const QString expectedOrders =
        first(db, QStringLiteral("SELECT count(*) FROM service_order o JOIN customer c ON c.id = "
                                 "o.customer_id WHERE c.phone = '%1'")
                      .arg(phone)
                      .toUtf8()
                      .constData());
    CHECK(static_cast<qint64>(orders.size()) == qMin<qint64>(20, expectedOrders.toLongLong()));
    for (std::size_t i = 1; i < orders.size(); ++i)
        CHECK(orders[i - 1].at >= orders[i].at); // newest first
    REQUIRE_FALSE(customers.empty());
    CHECK(customers.front().detail.contains(phone));
    CHECK(customers.front().ordersSearch == phone); // what opens the customer's orders

    // A word of a survey comment: the comment, with the order it is about.
    const QString comment =
        first(db, "SELECT substr(text, 1, 4) FROM survey_answer WHERE length(text) >= 6 LIMIT 1");
    hits = search.find(comment);
    const auto comments = of(*hits, WorkbookSearch::Kind::Comment);
    REQUIRE_FALSE(comments.empty());
    CHECK(comments.front().detail.contains(comment));
    CHECK(comments.front().order.has_value());

    // A corrective action's words, and an inspection's template name.
    const QString action =
        first(db, "SELECT substr(description, 1, 5) FROM corrective_action LIMIT 1");
    hits = search.find(action);
    CHECK_FALSE(of(*hits, WorkbookSearch::Kind::Action).empty());
    const QString templateName = first(db, "SELECT coalesce(nullif(t.name_zh, ''), t.name) FROM "
                                           "inspection i JOIN inspection_template t ON t.id = "
                                           "i.template_id LIMIT 1");
    hits = search.find(templateName);
    CHECK_FALSE(of(*hits, WorkbookSearch::Kind::Inspection).empty());

    // A customer without a phone (an English name with a space) is opened by the whole name.
    flow::Customer smith;
    smith.name = QStringLiteral("John Smith");
    REQUIRE(flow::CustomerRepository(db).create(smith).ok());
    flow::ServiceOrder order;
    order.branchId = branch;
    order.orderNo = QStringLiteral("SO-SMITH");
    order.customerId = smith.id;
    order.times.received = demo.clock.nowSecsSinceEpoch() - 3600;
    REQUIRE(flow::OrderRepository(db).insert(order).ok());
    const auto smiths =
        of(*search.find(QStringLiteral("John Smith")), WorkbookSearch::Kind::Customer);
    REQUIRE(smiths.size() == 1);
    CHECK(smiths.front().ordersSearch == QStringLiteral("John Smith"));

    // At most the number asked per kind; one character is not a search; another branch sees
    // nothing of this one.
    hits = search.find(QStringLiteral("SO"), 5);
    CHECK(of(*hits, WorkbookSearch::Kind::Order).size() == 5);
    CHECK(search.find(QStringLiteral("S"))->empty());
    CHECK(WorkbookSearch(db, branch + 1000).find(phone)->empty());
}

TEST_CASE("A search excerpt is cut around the match", "[workbook][search]")
{
    const QString text =
        QStringLiteral("客户反映空调外机异响，上门检查后发现压缩机支架松动，已紧固并"
                       "测试运行正常，客户表示满意，建议半年后回访确认效果如何");
    const QString cut = WorkbookSearch::excerpt(text, QStringLiteral("回访"), 20);
    CHECK(cut.contains(QStringLiteral("回访")));
    CHECK(cut.startsWith(QChar(0x2026)));
    CHECK(cut.size() <= 22);
    CHECK(WorkbookSearch::excerpt(QStringLiteral("短文本"), QStringLiteral("文本")) ==
          QStringLiteral("短文本"));
}
