// SPDX-License-Identifier: GPL-3.0-or-later
#include "DefectTrends.h"

#include "org/InstalledBase.h"
#include "org/ProductLists.h"
#include "org/ProductMatcher.h"
#include "storage/FastQuery.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <map>

namespace servicelens::kpi {

namespace {

constexpr int monthsRead = ControlChart::historyMonths + 1;

// Counts by month index (0 = the oldest month read).
using Counts = std::vector<long long>;

struct ModelCounts {
    Counts repairs = Counts(monthsRead, 0);
    std::map<QString, Counts> byCode; // '' = without a code
};

int indexOf(int first, int month)
{
    return (month / 100 - first / 100) * 12 + (month % 100 - first % 100);
}

std::vector<ChartInput> chartInput(int first, const Counts &counts,
                                   const std::vector<std::optional<double>> &exposure)
{
    std::vector<ChartInput> in(monthsRead);
    for (int i = 0; i < monthsRead; ++i)
        in[std::size_t(i)] = {ControlChart::addMonths(first, i), counts[std::size_t(i)],
                              exposure[std::size_t(i)]};
    return in;
}

std::optional<int> monthsSince(const QDate &d, int month)
{
    if (!d.isValid())
        return std::nullopt;
    const int launchMonth = d.year() * 100 + d.month();
    if (launchMonth > month)
        return std::nullopt;
    return indexOf(launchMonth, month);
}

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

} // namespace

QStringList signalNames(const ChartMonth &m)
{
    QStringList names;
    if (m.aboveUpper)
        names << QStringLiteral("above_upper");
    if (m.runOf8)
        names << QStringLiteral("run_of_8");
    if (m.cusumSignal)
        names << QStringLiteral("cusum");
    return names;
}

QStringList DefectModel::alarms() const
{
    return signalNames(month());
}

bool DefectModel::signalled() const
{
    return month().signalled() ||
           std::any_of(faults.begin(), faults.end(),
                       [](const DefectFault &f) { return !f.alarms.isEmpty(); });
}

double DefectModel::strength() const
{
    double strongest = 0;
    if (month().signalled())
        strongest = month().excess().value_or(0);
    for (const DefectFault &f : faults)
        if (!f.alarms.isEmpty())
            strongest = std::max(strongest, f.excess.value_or(0));
    return strongest;
}

Result<DefectReport> DefectReport::read(Database &db, int month)
{
    DefectReport report;
    report.month = month;
    const int first = ControlChart::addMonths(month, -(monthsRead - 1));

    auto lists = org::ProductCatalogue(db).load();
    if (!lists)
        return lists.error();
    const org::ProductMatcher matcher(*lists);

    // One grouped read of the months' orders, from the index service_order_defects alone.
    FastQuery q(db, "SELECT received_month, product, category, fault_code, count(*) FROM "
                    "service_order WHERE received_month BETWEEN ?1 AND ?2 GROUP BY "
                    "received_month, product, category, fault_code");
    q.bind(1, qint64(first)).bind(2, qint64(month));
    QHash<QString, ModelCounts> models;
    QHash<QString, Counts> categories; // the category's repairs ('' = every repair)
    categories.insert(QString(), Counts(monthsRead, 0));
    QHash<QString, QString> modelOfText; // product text → model ('' = none)
    QHash<QPair<QString, QString>, QString> categoryOfText;
    while (q.next()) {
        const int i = indexOf(first, int(q.int64(0)));
        const QString product = q.text(1);
        const QString category = q.text(2);
        const QString code = q.text(3);
        const long long n = q.int64(4);
        auto known = modelOfText.constFind(product);
        if (known == modelOfText.cend()) {
            const org::ProductMatch m = matcher.model(product);
            known = modelOfText.insert(product, m.matched() ? m.target : QString());
        }
        auto cat = categoryOfText.constFind({product, category});
        if (cat == categoryOfText.cend()) {
            const org::ProductMatch m = matcher.categoryOf(product, category);
            cat = categoryOfText.insert({product, category}, m.matched() ? m.target : QString());
        }
        categories[QString()][std::size_t(i)] += n;
        if (!cat->isEmpty()) {
            Counts &c = categories[*cat];
            if (c.empty())
                c.assign(monthsRead, 0);
            c[std::size_t(i)] += n;
        }
        if (known->isEmpty())
            continue;
        ModelCounts &m = models[*known];
        m.repairs[std::size_t(i)] += n;
        Counts &byCode = m.byCode[code];
        if (byCode.empty())
            byCode.assign(monthsRead, 0);
        byCode[std::size_t(i)] += n;
    }
    if (!q.status())
        return q.status().error();

    auto base = org::InstalledBase(db).load(first, month);
    if (!base)
        return base.error();

    const int last = monthsRead - 1;
    for (const org::ProductModel &listed : lists->models) {
        const auto found = models.constFind(listed.model);
        if (found == models.cend())
            continue;
        const ModelCounts &counts = *found;
        // Listed: a repair in the month or in the twelve before it.
        bool recent = false;
        for (int i = last - ControlChart::baselineMonths; i <= last && !recent; ++i)
            recent = counts.repairs[std::size_t(i)] > 0;
        if (!recent)
            continue;

        DefectModel d;
        d.model = listed.model;
        d.category = listed.category;
        d.monthsInService = monthsSince(listed.launched, month);
        const auto units = base->constFind(listed.model);
        std::vector<std::optional<double>> exposure(monthsRead);
        if (units != base->cend() && units->count(month)) {
            d.kind = ChartKind::U;
            d.base = units->at(month);
            for (int i = 0; i < monthsRead; ++i)
                if (auto u = units->find(ControlChart::addMonths(first, i)); u != units->end())
                    exposure[std::size_t(i)] = double(u->second);
        } else {
            d.kind = ChartKind::P;
            const Counts &reference =
                categories.contains(listed.category) && !listed.category.isEmpty()
                    ? categories[listed.category]
                    : categories[QString()];
            for (int i = 0; i < monthsRead; ++i)
                if (reference[std::size_t(i)] > 0)
                    exposure[std::size_t(i)] = double(reference[std::size_t(i)]);
        }
        d.series = ControlChart::compute(d.kind, chartInput(first, counts.repairs, exposure));
        for (const auto &[code, series] : counts.byCode) {
            const long long n = series[std::size_t(last)];
            if (code.isEmpty()) {
                d.withoutCode = n;
                continue;
            }
            if (n == 0)
                continue;
            const auto chart = ControlChart::compute(d.kind, chartInput(first, series, exposure));
            d.faults.push_back({code, n, signalNames(chart.back()), chart.back().excess(), chart});
        }
        std::sort(d.faults.begin(), d.faults.end(), [](const DefectFault &a, const DefectFault &b) {
            return a.n != b.n ? a.n > b.n : a.code < b.code;
        });
        report.models.push_back(std::move(d));
    }
    std::sort(report.models.begin(), report.models.end(),
              [](const DefectModel &a, const DefectModel &b) {
                  if (a.signalled() != b.signalled())
                      return a.signalled();
                  if (a.strength() != b.strength())
                      return a.strength() > b.strength();
                  if (a.month().count != b.month().count)
                      return a.month().count > b.month().count;
                  return a.model < b.model;
              });
    return report;
}

Result<std::vector<qint64>> DefectReport::orderIds(Database &db, const QString &model, int month,
                                                   const QString &faultCode, bool uncoded)
{
    auto lists = org::ProductCatalogue(db).load();
    if (!lists)
        return lists.error();
    const org::ProductMatcher matcher(*lists);
    // The month's product texts that name the model (a few dozen), then their orders.
    QStringList texts;
    {
        FastQuery q(db, "SELECT DISTINCT product FROM service_order WHERE received_month = ?1");
        q.bind(1, qint64(month));
        while (q.next()) {
            const QString text = q.text(0);
            const org::ProductMatch m = matcher.model(text);
            if (m.matched() && m.target == model)
                texts << text;
        }
        if (!q.status())
            return q.status().error();
    }
    std::vector<qint64> ids;
    const bool byCode = !faultCode.isEmpty() || uncoded;
    FastQuery q(db, byCode ? "SELECT id FROM service_order WHERE received_month = ?1 AND product "
                             "= ?2 AND fault_code = ?3 ORDER BY received_at, id"
                           : "SELECT id FROM service_order WHERE received_month = ?1 AND product "
                             "= ?2 ORDER BY received_at, id");
    for (const QString &text : texts) {
        q.reset();
        q.bind(1, qint64(month)).bind(2, text);
        if (byCode)
            q.bind(3, uncoded ? QString() : faultCode);
        while (q.next())
            ids.push_back(q.int64(0));
        if (!q.status())
            return q.status().error();
    }
    return ids;
}

QJsonObject DefectReport::toJson() const
{
    QJsonArray list;
    for (const DefectModel &d : models) {
        const ChartMonth &m = d.month();
        QJsonArray faults;
        for (const DefectFault &f : d.faults)
            faults.append(
                QJsonObject{{QStringLiteral("code"), f.code},
                            {QStringLiteral("n"), double(f.n)},
                            {QStringLiteral("signals"), QJsonArray::fromStringList(f.alarms)}});
        list.append(QJsonObject{
            {QStringLiteral("model"), d.model},
            {QStringLiteral("category"), d.category},
            {QStringLiteral("chart"),
             d.kind == ChartKind::U ? QStringLiteral("u") : QStringLiteral("p")},
            {QStringLiteral("months_in_service"),
             d.monthsInService ? QJsonValue(*d.monthsInService) : QJsonValue()},
            {QStringLiteral("repairs"), double(m.count)},
            {QStringLiteral("base"), d.base ? QJsonValue(double(*d.base)) : QJsonValue()},
            {QStringLiteral("rate"), optionalNumber(m.rate)},
            {QStringLiteral("centre"), optionalNumber(m.centre)},
            {QStringLiteral("upper"), optionalNumber(m.upper)},
            {QStringLiteral("signals"), QJsonArray::fromStringList(d.alarms())},
            {QStringLiteral("faults"), faults},
            {QStringLiteral("without_code"), double(d.withoutCode)}});
    }
    return {{QStringLiteral("month"), org::InstalledBase::monthText(month)},
            {QStringLiteral("models"), list}};
}

} // namespace servicelens::kpi
