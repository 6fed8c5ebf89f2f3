// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkFigures.h"

#include "kpi/KpiEngine.h"
#include "storage/Database.h"
#include "storage/FastQuery.h"

#include <QDateTime>

#include <unordered_map>

namespace servicelens::network {

using io::OrderedJson;

QStringList BranchMonth::flags() const
{
    QStringList out;
    for (const RateStanding &r : rates)
        if (r.beyond998 != 0)
            out << QStringLiteral("%1 %2 the 99.8 % limit")
                       .arg(r.kpi->jsonName(),
                            r.beyond998 < 0 ? QStringLiteral("below") : QStringLiteral("above"));
    return out;
}

std::vector<const kpi::KpiDefinition *> NetworkFigures::comparedRates()
{
    std::vector<const kpi::KpiDefinition *> rates;
    kpi::MonthKpis probe;
    for (const kpi::KpiDefinition *d : kpi::KpiCatalogue::section(kpi::KpiSection::Orders))
        if (kpi::KpiCatalogue::sampleSize(*d, probe))
            rates.push_back(d);
    return rates;
}

Result<std::vector<NetworkFigures::Freshness>> NetworkFigures::freshness(QDate month) const
{
    auto branches = BranchRepository(m_db).list();
    if (!branches)
        return branches.error();
    std::sort(branches->begin(), branches->end(),
              [](const Branch &a, const Branch &b) { return a.code < b.code; });
    const QDate next = QDate(month.year(), month.month(), 1).addMonths(1);
    // Every branch's in one statement (one round trip at head office, whatever the branches).
    std::unordered_map<qint64, qint64> newest;
    FastQuery until(m_db, "SELECT branch_id, max(created_at) FROM merged_pack GROUP BY branch_id");
    while (until.next())
        newest.emplace(until.int64(0), until.int64(1));
    if (!until.status())
        return until.status().error();
    std::vector<Freshness> out;
    for (const Branch &b : *branches) {
        Freshness f;
        f.branch = b;
        if (const auto found = newest.find(b.id); found != newest.end())
            f.dataUntil = found->second;
        // Complete once a pack written after the month's last day (in the branch's zone) came.
        f.complete = f.dataUntil && *f.dataUntil >= b.localTime().startOfDay(next);
        out.push_back(std::move(f));
    }
    return out;
}

Result<NetworkMonth> NetworkFigures::compute(QDate month, int sections)
{
    NetworkMonth m;
    m.month = QDate(month.year(), month.month(), 1);
    auto fresh = freshness(m.month);
    if (!fresh)
        return fresh.error();
    std::vector<Branch> branches;
    for (const Freshness &f : *fresh)
        branches.push_back(f.branch);
    kpi::KpiEngine engine(m_db);
    auto network = engine.computeNetwork(branches, m.month, sections | kpi::KpiEngine::Orders);
    if (!network)
        return network.error();
    m.pooled = std::move(network->pooled);

    const auto rates = comparedRates();
    for (std::size_t i = 0; i < fresh->size(); ++i) {
        const Freshness &f = (*fresh)[i];
        BranchMonth bm;
        bm.branch = f.branch;
        bm.dataUntil = f.dataUntil;
        bm.complete = f.complete;
        m.provisional = m.provisional || !bm.complete;
        bm.kpis = std::move(network->branches[i]);
        for (const kpi::KpiDefinition *d : rates) {
            RateStanding r;
            r.kpi = d;
            r.rate = d->value(bm.kpis);
            r.n = kpi::KpiCatalogue::sampleSize(*d, bm.kpis).value_or(0);
            const std::optional<double> p = d->value(m.pooled);
            if (r.rate && p && r.n > 0) {
                r.limits = stats::funnelLimits(*p, r.n);
                r.beyond998 = *r.rate < r.limits.lower998 ? -1 : *r.rate > r.limits.upper998;
                r.beyond95 = *r.rate < r.limits.lower95 ? -1 : *r.rate > r.limits.upper95;
            }
            bm.rates.push_back(r);
        }
        m.branches.push_back(std::move(bm));
    }
    return m;
}

Result<NetworkTrend> NetworkFigures::trend(const kpi::KpiDefinition &rate, QDate lastMonth,
                                           int count)
{
    NetworkTrend t;
    t.kpi = &rate;
    const QDate last(lastMonth.year(), lastMonth.month(), 1);
    for (int i = count - 1; i >= 0; --i)
        t.months.push_back(last.addMonths(-i));
    auto fresh = freshness(last);
    if (!fresh)
        return fresh.error();
    // A brief month has every order rate but the response ones (KpiEngine::OrdersBrief).
    const int sections = QByteArray(rate.key).contains("response")
                             ? int(kpi::KpiEngine::Orders)
                             : int(kpi::KpiEngine::OrdersBrief);
    std::vector<Branch> branches;
    for (const Freshness &f : *fresh) {
        branches.push_back(f.branch);
        t.lines.push_back(NetworkTrend::Line{f.branch, {}});
    }
    NetworkTrend::Line network;
    // A month at a time, every branch and the network from the same reading.
    kpi::KpiEngine engine(m_db);
    for (const QDate &month : t.months) {
        auto figures = engine.computeNetwork(branches, month, sections);
        if (!figures)
            return figures.error();
        for (std::size_t b = 0; b < branches.size(); ++b)
            t.lines[b].values.push_back(rate.value(figures->branches[b]));
        network.values.push_back(rate.value(figures->pooled));
    }
    t.lines.push_back(std::move(network));
    return t;
}

QString NetworkFigures::toJson(const NetworkMonth &m, int indent)
{
    OrderedJson branches = OrderedJson::array();
    for (const BranchMonth &b : m.branches) {
        OrderedJson flags = OrderedJson::array();
        for (const QString &f : b.flags())
            flags.append(OrderedJson::string(f));
        OrderedJson entry = OrderedJson::object();
        entry.add(QStringLiteral("code"), OrderedJson::string(b.branch.code))
            .add(QStringLiteral("name"), OrderedJson::string(b.branch.name))
            .add(QStringLiteral("data_until"),
                 b.dataUntil
                     ? OrderedJson::string(QDateTime::fromSecsSinceEpoch(*b.dataUntil, Qt::UTC)
                                               .toString(Qt::ISODate))
                     : OrderedJson::null())
            .add(QStringLiteral("complete"), OrderedJson::boolean(b.complete))
            .add(QStringLiteral("kpi"), kpi::KpiEngine::ordersJson(b.kpis))
            .add(QStringLiteral("flags"), std::move(flags));
        branches.append(std::move(entry));
    }
    OrderedJson root = OrderedJson::object();
    root.add(QStringLiteral("month"),
             OrderedJson::string(m.month.toString(QStringLiteral("yyyy-MM"))))
        .add(QStringLiteral("provisional"), OrderedJson::boolean(m.provisional))
        .add(QStringLiteral("branches"), std::move(branches))
        .add(QStringLiteral("network"), kpi::KpiEngine::ordersJson(m.pooled));
    return root.toString(indent);
}

} // namespace servicelens::network
