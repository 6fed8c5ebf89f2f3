// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceSampler.h"

#include "storage/SqlQuery.h"

#include <algorithm>

namespace servicelens::inspection {

namespace {

const char *const columns =
    "o.id, o.order_no, o.received_at, o.closed_at, o.category, o.product, "
    "coalesce(s.code || ' ' || s.name, ''), o.complaint FROM service_order o "
    "LEFT JOIN staff s ON s.id = o.technician_id";

EvidenceOrder orderFrom(const SqlQuery &q)
{
    EvidenceOrder o;
    o.id = q.value(0).toLongLong();
    o.orderNo = q.value(1).toString();
    o.receivedAt = q.value(2).toLongLong();
    o.closedAt = q.value(3).toLongLong();
    o.category = q.value(4).toString();
    o.product = q.value(5).toString();
    o.technician = q.value(6).toString();
    o.complaint = q.value(7).toInt() != 0;
    return o;
}

} // namespace

Result<std::vector<EvidenceOrder>> EvidenceSampler::sampleClosed(qint64 branchId, qint64 from,
                                                                 qint64 to, int count) const
{
    // The month's closed orders come from the covering index; random() orders only them.
    SqlQuery q(m_db, QStringLiteral("SELECT %1 WHERE o.branch_id = :branch AND o.closed_at >= "
                                    ":from AND o.closed_at < :to ORDER BY random() LIMIT :n")
                         .arg(QLatin1String(columns)));
    q.bind(QStringLiteral(":branch"), branchId)
        .bind(QStringLiteral(":from"), from)
        .bind(QStringLiteral(":to"), to)
        .bind(QStringLiteral(":n"), count);
    return q.all<EvidenceOrder>(orderFrom);
}

Result<std::vector<EvidenceOrder>> EvidenceSampler::byIds(const std::vector<qint64> &ids) const
{
    std::vector<EvidenceOrder> orders;
    SqlQuery q(m_db, QStringLiteral("SELECT %1 WHERE o.id = :id").arg(QLatin1String(columns)));
    for (qint64 id : ids) {
        q.bind(QStringLiteral(":id"), id);
        auto one = q.first<EvidenceOrder>(orderFrom);
        if (!one)
            return one.error();
        if (*one)
            orders.push_back(**one);
    }
    return orders;
}

Result<std::vector<EvidenceOrder>>
EvidenceSampler::forInspection(qint64 branchId, const LocalTime &local, qint64 startedAt,
                               qint64 now, const std::vector<qint64> &kept, int count) const
{
    const QDate day = local.localDate(startedAt);
    const QDate first(day.year(), day.month(), 1);
    const qint64 to = std::max(startedAt, now);
    auto sample = sampleClosed(branchId, local.startOfDay(first), to, count);
    if (sample && static_cast<int>(sample->size()) < count)
        sample = sampleClosed(branchId, local.startOfDay(first.addMonths(-1)), to, count);
    if (!sample)
        return sample;
    auto keptOrders = byIds(kept);
    if (!keptOrders)
        return keptOrders.error();
    // Kept orders first, in the order they were kept, each once.
    std::vector<EvidenceOrder> out = std::move(*keptOrders);
    for (const EvidenceOrder &o : *sample)
        if (std::none_of(out.begin(), out.end(),
                         [&](const EvidenceOrder &k) { return k.id == o.id; }))
            out.push_back(o);
    return out;
}

} // namespace servicelens::inspection
