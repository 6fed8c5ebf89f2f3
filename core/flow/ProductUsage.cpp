// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProductUsage.h"

#include "storage/FastQuery.h"

#include <QHash>
#include <QJsonArray>

#include <set>

namespace servicelens::flow {

using org::ProductList;
using org::ProductMatch;

namespace {

struct Tally {
    qint64 orders = 0;
    std::set<qint64> branches;
    void add(qint64 branch, qint64 n)
    {
        orders += n;
        branches.insert(branch);
    }
};

// The spellings of one key: shown as the one most orders use, counted together (a mapping
// applies to the key, so to them all).
struct Spellings {
    Tally tally;
    std::map<QString, qint64> written;
    QStringList candidates;
    void add(const QString &text, qint64 branch, qint64 n)
    {
        tally.add(branch, n);
        written[text] += n;
    }
    QString shown() const
    {
        auto best = written.begin();
        for (auto it = written.begin(); it != written.end(); ++it)
            if (it->second > best->second)
                best = it;
        return best->first;
    }
};

QJsonArray entriesJson(const std::vector<ProductUsage::Entry> &entries, const char *name)
{
    QJsonArray out;
    for (const ProductUsage::Entry &e : entries)
        out.append(QJsonObject{{QLatin1String(name), e.target},
                               {QStringLiteral("orders"), e.orders},
                               {QStringLiteral("branches"), e.branches}});
    return out;
}

} // namespace

Result<ProductUsage> ProductUsage::read(const Database &db, const org::ProductLists &lists,
                                        std::optional<int> month)
{
    ProductUsage usage;
    usage.month = month;
    const org::ProductMatcher matcher(lists);
    QHash<QString, ProductMatch> modelOf;    // by product text: each text matched once
    QHash<QString, ProductMatch> categoryOf; // by category text
    QHash<QString, Tally> models;
    QHash<QString, Tally> categories;
    std::map<std::pair<int, QString>, Spellings> unmapped; // by list and key

    FastQuery q(db, month ? "SELECT branch_id, product, category, count(*) FROM service_order "
                            "WHERE received_month = ?1 GROUP BY branch_id, product, category"
                          : "SELECT branch_id, product, category, count(*) FROM service_order "
                            "GROUP BY branch_id, product, category");
    if (month)
        q.bind(1, qint64(*month));
    while (q.next()) {
        const qint64 branch = q.int64(0);
        const QString product = q.text(1);
        const QString category = q.text(2);
        const qint64 n = q.int64(3);
        usage.orders += n;
        auto m = modelOf.constFind(product);
        if (m == modelOf.cend())
            m = modelOf.insert(product, matcher.model(product));
        QString categoryName;
        if (m->matched()) {
            usage.modelMatched += n;
            models[m->target].add(branch, n);
            categoryName = matcher.categoryOfModel(m->target);
        } else if (m->how == org::MatchHow::Blank) {
            usage.modelBlank += n;
        } else {
            Spellings &s = unmapped[{int(ProductList::Model), org::ProductLists::key(product)}];
            s.add(product, branch, n);
            s.candidates = m->candidates;
        }
        if (categoryName.isEmpty()) {
            auto c = categoryOf.constFind(category);
            if (c == categoryOf.cend())
                c = categoryOf.insert(category, matcher.category(category));
            if (c->matched())
                categoryName = c->target;
            else if (c->how == org::MatchHow::Blank)
                usage.categoryBlank += n;
            else
                unmapped[{int(ProductList::Category), org::ProductLists::key(category)}].add(
                    category, branch, n);
        }
        if (!categoryName.isEmpty()) {
            usage.categoryMatched += n;
            categories[categoryName].add(branch, n);
        }
    }
    if (!q.status())
        return q.status().error();

    for (const org::ProductModel &m : lists.models) {
        const Tally t = models.value(m.model);
        usage.models.push_back({m.model, t.orders, int(t.branches.size())});
    }
    for (const org::ProductCategory &c : lists.categories) {
        const Tally t = categories.value(c.name);
        usage.categories.push_back({c.name, t.orders, int(t.branches.size())});
    }
    for (const auto &[key, s] : unmapped)
        usage.unmapped.push_back({ProductList(key.first), s.shown(), s.tally.orders,
                                  int(s.tally.branches.size()), s.candidates});
    // Most orders first; then models before categories, then by text, so that every run and
    // both engines list them alike.
    std::stable_sort(usage.unmapped.begin(), usage.unmapped.end(),
                     [](const Unmapped &a, const Unmapped &b) {
                         if (a.orders != b.orders)
                             return a.orders > b.orders;
                         if (a.list != b.list)
                             return a.list < b.list;
                         return a.value < b.value;
                     });
    return usage;
}

QJsonObject ProductUsage::toJson() const
{
    QJsonArray open;
    for (const Unmapped &u : unmapped) {
        QJsonObject o{{QStringLiteral("list"), org::ProductLists::listCode(u.list)},
                      {QStringLiteral("value"), u.value},
                      {QStringLiteral("orders"), u.orders},
                      {QStringLiteral("branches"), u.branches}};
        if (!u.candidates.isEmpty())
            o.insert(QStringLiteral("candidates"), QJsonArray::fromStringList(u.candidates));
        open.append(o);
    }
    return {{QStringLiteral("month"),
             month ? QJsonValue(QStringLiteral("%1-%2")
                                    .arg(*month / 100, 4, 10, QLatin1Char('0'))
                                    .arg(*month % 100, 2, 10, QLatin1Char('0')))
                   : QJsonValue()},
            {QStringLiteral("orders"), orders},
            {QStringLiteral("model_matched"), modelMatched},
            {QStringLiteral("model_blank"), modelBlank},
            {QStringLiteral("category_matched"), categoryMatched},
            {QStringLiteral("category_blank"), categoryBlank},
            {QStringLiteral("models"), entriesJson(models, "model")},
            {QStringLiteral("categories"), entriesJson(categories, "category")},
            {QStringLiteral("unmapped"), open}};
}

} // namespace servicelens::flow
