// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoFixture.h"
#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "flow/OrderQuery.h"
#include "storage/SqlQuery.h"

#include <set>

using namespace servicelens;
using namespace servicelens::flow;
using namespace servicelens::test;

namespace {

std::vector<OrderRow> everything(OrderQuery &query, const OrderFilter &filter, OrderSortKey key,
                                 Qt::SortOrder order, int pageSize)
{
    std::vector<OrderRow> rows;
    std::optional<OrderCursor> after;
    for (;;) {
        auto page = query.page(filter, key, order, after, pageSize);
        INFO((page.ok() ? QString() : page.error().message + page.error().detail).toStdString());
        REQUIRE(page.ok());
        rows.insert(rows.end(), page->begin(), page->end());
        if (static_cast<int>(page->size()) < pageSize)
            return rows;
        after = OrderQuery::cursorOf(page->back());
    }
}

// Whether b follows a in the sort: by (value, tie, id), the tie being the customer's id when
// sorted by customer and 0 otherwise.
bool inOrder(const OrderRow &a, const OrderRow &b, Qt::SortOrder order)
{
    const auto c = QVariant::compare(a.sortValue, b.sortValue);
    const int cmp = c == QPartialOrdering::Less      ? -1
                    : c == QPartialOrdering::Greater ? 1
                    : a.sortTie != b.sortTie         ? (a.sortTie < b.sortTie ? -1 : 1)
                    : a.id != b.id                   ? (a.id < b.id ? -1 : 1)
                                                     : 0;
    return cmp == (order == Qt::AscendingOrder ? -1 : 1);
}

qint64 sqlCount(Database &db, const QString &where)
{
    SqlQuery q(db, QStringLiteral("SELECT count(*) FROM service_order o WHERE ") + where);
    return q.scalar()->toLongLong();
}

} // namespace

TEST_CASE("Paging by key visits every order once, in order, for any sort", "[flow][query]")
{
    DemoWorkbook demo(QStringLiteral("分页.servicelens"), 1500);
    std::unique_ptr<Workbook> &wb = demo.wb;
    OrderQuery query(wb->database(), *wb->defaultBranch());
    const OrderFilter all;
    REQUIRE(*query.count(all) == 1500);

    for (OrderSortKey key : {OrderSortKey::Received, OrderSortKey::OrderNo, OrderSortKey::Closed,
                             OrderSortKey::Priority, OrderSortKey::Customer,
                             OrderSortKey::Technician, OrderSortKey::Visits}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            INFO(static_cast<int>(key) << " " << static_cast<int>(order));
            const auto rows = everything(query, all, key, order, 97);
            REQUIRE(rows.size() == 1500);
            std::set<qint64> ids;
            for (const OrderRow &r : rows)
                ids.insert(r.id);
            CHECK(ids.size() == 1500);
            for (std::size_t i = 1; i < rows.size(); ++i)
                REQUIRE(inOrder(rows[i - 1], rows[i], order));
        }
    }
}

TEST_CASE("By customer, walking the customers by name pages exactly as sorting every order",
          "[flow][query]")
{
    // The two ways of paging by customer (OrderQuery::customerWalkFrom) must give the same
    // orders in the same order: by name, then customer, then order id, the orders without a
    // customer first; and the order a hand-made sort of every row gives.
    DemoWorkbook demo(QStringLiteral("按客户.servicelens"), 1200);
    Database &db = demo.wb->database();
    REQUIRE(db.execScript("UPDATE service_order SET customer_id = NULL WHERE id % 50 = 0; "
                          "UPDATE customer SET name = '' WHERE id % 97 = 0; "
                          "UPDATE customer SET name = '张伟' WHERE id % 13 = 0;")
                .ok());
    const Branch branch = *demo.wb->defaultBranch();
    SqlQuery all(db, QStringLiteral("SELECT o.id, coalesce(c.name, ''), coalesce(c.id, 0), "
                                    "o.technician_id, o.received_at FROM service_order o LEFT "
                                    "JOIN customer c ON c.id = o.customer_id"));
    struct Ref {
        qint64 id;
        QString name;
        qint64 customer;
        qint64 technician;
        qint64 received;
    };
    auto refs = all.all<Ref>([](const SqlQuery &r) {
        return Ref{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toLongLong(),
                   r.value(3).toLongLong(), r.value(4).toLongLong()};
    });
    REQUIRE(refs.ok());
    std::sort(refs->begin(), refs->end(), [](const Ref &a, const Ref &b) {
        return std::tie(a.name, a.customer, a.id) < std::tie(b.name, b.customer, b.id);
    });
    OrderFilter byTechnician;
    byTechnician.technicianId = refs->front().technician;
    for (const OrderFilter &filter : {OrderFilter(), byTechnician}) {
        std::vector<qint64> expected;
        for (const Ref &r : *refs)
            if (!filter.technicianId || r.technician == *filter.technicianId)
                expected.push_back(r.id);
        REQUIRE(expected.size() > 50);
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            std::vector<qint64> want = expected;
            if (order == Qt::DescendingOrder)
                std::reverse(want.begin(), want.end());
            for (qint64 walkFrom : {qint64(1), qint64(1000000)}) {
                INFO("technician filter " << filter.technicianId.has_value() << ", order " << order
                                          << ", walk from " << walkFrom);
                OrderQuery query(db, branch);
                query.setCustomerWalkFrom(walkFrom);
                const auto rows = everything(query, filter, OrderSortKey::Customer, order, 37);
                std::vector<qint64> got;
                for (const OrderRow &r : rows)
                    got.push_back(r.id);
                CHECK(got == want);
            }
        }
    }
}

TEST_CASE("Filters match what they say, and the count agrees with the pages", "[flow][query]")
{
    TempFolder dir;
    // Monday 2 November: October's last orders are not due yet, older open ones are overdue.
    FixedClock clock(QDateTime(QDate(2026, 11, 2), QTime(10, 0), QTimeZone("Asia/Shanghai"))
                         .toMSecsSinceEpoch());
    DemoOptions options;
    options.orders = 1500;
    auto wb = DemoGenerator::createDemoWorkbook(dir.file(QStringLiteral("筛选.servicelens")),
                                                options, &clock);
    REQUIRE(wb.ok());
    Database &db = (*wb)->database();
    OrderQuery query(db, *(*wb)->defaultBranch());

    OrderFilter complaints;
    complaints.complaint = true;
    CHECK(*query.count(complaints) == sqlCount(db, QStringLiteral("complaint = 1")));
    CHECK(everything(query, complaints, OrderSortKey::Received, Qt::AscendingOrder, 50).size() ==
          static_cast<std::size_t>(*query.count(complaints)));

    OrderFilter october;
    october.receivedMonth = QDate(2026, 10, 1);
    october.priority = Priority::Urgent;
    CHECK(*query.count(october) ==
          sqlCount(db, QStringLiteral("received_month = 202610 AND priority = 'urgent'")));

    OrderFilter closedInOctober;
    closedInOctober.closedMonth = QDate(2026, 10, 1);
    CHECK(*query.count(closedInOctober) == sqlCount(db, QStringLiteral("closed_month = 202610")));

    OrderFilter open;
    open.openOnly = true;
    const qint64 openCount = *query.count(open);
    CHECK(openCount == sqlCount(db, QStringLiteral("closed_at IS NULL")));
    OrderFilter overdue;
    overdue.overdueOnly = true;
    const qint64 overdueCount = *query.count(overdue);
    CHECK(overdueCount > 0);         // the demo ends with orders past their deadline...
    CHECK(overdueCount < openCount); // ...but not all of them
    for (const OrderRow &r :
         everything(query, overdue, OrderSortKey::Received, Qt::AscendingOrder, 40))
        CHECK_FALSE(r.closed.has_value());

    // Text search: order id, customer or product, with LIKE's wildcards taken literally.
    OrderFilter text;
    text.text = QStringLiteral("KFR-35GW");
    CHECK(*query.count(text) == sqlCount(db, QStringLiteral("product LIKE '%KFR-35GW%'")));
    text.text = QStringLiteral("%");
    CHECK(*query.count(text) == 0);
    text.text = QStringLiteral("SO20261031");
    CHECK(*query.count(text) == sqlCount(db, QStringLiteral("order_no LIKE 'SO20261031%'")));
}
