// SPDX-License-Identifier: GPL-3.0-or-later
#include "AffectedOrders.h"

#include "org/ProductLists.h"
#include "org/ProductMatcher.h"
#include "storage/SqlQuery.h"

#include <QHash>
#include <QSet>

#include <map>

namespace servicelens::incident {

namespace {

// The period's condition on `o.received_at`, bound by bindPeriod.
QString periodWhere(const IncidentScope &scope)
{
    QString where;
    if (scope.from)
        where += QStringLiteral(" AND o.received_at >= :from");
    if (scope.to)
        where += QStringLiteral(" AND o.received_at < :to");
    return where;
}

void bindPeriod(SqlQuery &q, const IncidentScope &scope)
{
    if (scope.from)
        q.bind(QStringLiteral(":from"), *scope.from);
    if (scope.to)
        q.bind(QStringLiteral(":to"), *scope.to);
}

// "(expr(0) OR expr(1) …)" for n values.
QString anyOf(std::size_t n, const std::function<QString(std::size_t)> &expr)
{
    QStringList terms;
    for (std::size_t i = 0; i < n; ++i)
        terms << expr(i);
    return QStringLiteral("(%1)").arg(terms.join(QStringLiteral(" OR ")));
}

} // namespace

Result<std::vector<std::pair<QString, QString>>>
AffectedOrders::matchingTexts(const Incident &incident) const
{
    const auto products = incident.scope.valuesOf(ScopeKind::Product);
    const auto categories = incident.scope.valuesOf(ScopeKind::Category);
    std::vector<std::pair<QString, QString>> out;
    if (products.empty() && categories.empty())
        return out;
    auto lists = org::ProductCatalogue(m_db).load();
    if (!lists)
        return lists.error();
    // A product value the lists do not know is taken as a model code of its own, so that an
    // order's text naming it ("洗衣机 XQB90-Z6258") matches as it would a listed model.
    {
        const org::ProductMatcher listed(*lists);
        for (const QString &p : products)
            if (!listed.model(p).matched()) {
                org::ProductModel own;
                own.model = p;
                lists->models.push_back(own);
            }
    }
    const org::ProductMatcher matcher(*lists);
    // What each scope value stands for: its own key, and the model or category it names.
    QSet<QString> productKeys, models, categoryKeys, categoryNames;
    for (const QString &p : products) {
        productKeys.insert(org::ProductLists::key(p));
        if (const auto m = matcher.model(p); m.matched())
            models.insert(m.target);
    }
    for (const QString &c : categories) {
        categoryKeys.insert(org::ProductLists::key(c));
        if (const auto m = matcher.category(c); m.matched())
            categoryNames.insert(m.target);
    }
    SqlQuery q(m_db, QStringLiteral("SELECT DISTINCT o.product, o.category FROM service_order o "
                                    "WHERE o.branch_id = :branch") +
                         periodWhere(incident.scope));
    q.bind(QStringLiteral(":branch"), incident.branchId);
    bindPeriod(q, incident.scope);
    if (auto s = q.exec(); !s)
        return s.error();
    while (q.next()) {
        const QString product = q.value(0).toString();
        const QString category = q.value(1).toString();
        if (!products.empty()) {
            const auto m = matcher.model(product);
            if (!productKeys.contains(org::ProductLists::key(product)) &&
                !(m.matched() && models.contains(m.target)))
                continue;
        }
        if (!categories.empty()) {
            const auto m = matcher.categoryOf(product, category);
            if (!categoryKeys.contains(org::ProductLists::key(category)) &&
                !(m.matched() && categoryNames.contains(m.target)))
                continue;
        }
        out.emplace_back(product, category);
    }
    return out;
}

Result<std::vector<AffectedOrder>> AffectedOrders::orders(const Incident &incident) const
{
    const IncidentScope &scope = incident.scope;
    if (scope.isEmpty())
        return std::vector<AffectedOrder>();
    QString where = periodWhere(scope);
    const bool byText =
        !scope.valuesOf(ScopeKind::Product).empty() || !scope.valuesOf(ScopeKind::Category).empty();
    auto texts = matchingTexts(incident);
    if (!texts)
        return texts.error();
    if (byText && texts->empty())
        return std::vector<AffectedOrder>();
    if (byText)
        where += QStringLiteral(" AND ") + anyOf(texts->size(), [](std::size_t i) {
                     return QStringLiteral("(o.product = :p%1 AND o.category = :c%1)").arg(i);
                 });
    const auto faults = scope.valuesOf(ScopeKind::FaultCode);
    if (!faults.empty())
        where += QStringLiteral(" AND ") + anyOf(faults.size(), [](std::size_t i) {
                     return QStringLiteral("o.fault_code = :f%1").arg(i);
                 });
    const auto batches = scope.valuesOf(ScopeKind::Batch);
    if (!batches.empty())
        where += QStringLiteral(" AND ") + anyOf(batches.size(), [](std::size_t i) {
                     return QStringLiteral("upper(o.description) LIKE :b%1 ESCAPE '\\'").arg(i);
                 });
    SqlQuery q(m_db, QStringLiteral("SELECT o.id, o.order_no, o.received_at, o.product, "
                                    "o.fault_code, o.customer_id, coalesce(c.name, ''), "
                                    "coalesce(c.phone, ''), o.closed_at IS NOT NULL FROM "
                                    "service_order o LEFT JOIN customer c ON c.id = o.customer_id "
                                    "WHERE o.branch_id = :branch%1 ORDER BY o.received_at, o.id")
                         .arg(where));
    q.bind(QStringLiteral(":branch"), incident.branchId);
    bindPeriod(q, scope);
    for (std::size_t i = 0; i < texts->size(); ++i)
        q.bind(QStringLiteral(":p%1").arg(i), (*texts)[i].first)
            .bind(QStringLiteral(":c%1").arg(i), (*texts)[i].second);
    for (std::size_t i = 0; i < faults.size(); ++i)
        q.bind(QStringLiteral(":f%1").arg(i), faults[i]);
    for (std::size_t i = 0; i < batches.size(); ++i)
        q.bind(QStringLiteral(":b%1").arg(i), SqlQuery::likeContains(batches[i].toUpper()));
    return q.all<AffectedOrder>([](const SqlQuery &r) {
        AffectedOrder o;
        o.orderId = r.value(0).toLongLong();
        o.orderNo = r.value(1).toString();
        o.receivedAt = r.value(2).toLongLong();
        o.product = r.value(3).toString();
        o.faultCode = r.value(4).toString();
        if (!r.value(5).isNull())
            o.customerId = r.value(5).toLongLong();
        o.customerName = r.value(6).toString();
        o.phone = r.value(7).toString();
        o.closed = r.value(8).toBool();
        return o;
    });
}

std::vector<AffectedCustomer> AffectedOrders::customers(const std::vector<AffectedOrder> &orders)
{
    std::map<qint64, AffectedCustomer> byId;
    for (const AffectedOrder &o : orders) { // oldest first: the last one seen is the latest
        if (!o.customerId)
            continue;
        AffectedCustomer &c = byId[*o.customerId];
        c.customerId = *o.customerId;
        c.name = o.customerName;
        c.phone = o.phone;
        c.latestOrderId = o.orderId;
        c.latestOrderNo = o.orderNo;
        ++c.orders;
    }
    std::vector<std::pair<std::size_t, AffectedCustomer>> ranked; // by the latest order's place
    std::map<qint64, std::size_t> place;
    for (std::size_t i = 0; i < orders.size(); ++i)
        place[orders[i].orderId] = i;
    for (auto &[id, c] : byId)
        ranked.emplace_back(place[c.latestOrderId], c);
    std::sort(ranked.begin(), ranked.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<AffectedCustomer> out;
    for (auto &[p, c] : ranked)
        out.push_back(c);
    return out;
}

} // namespace servicelens::incident
