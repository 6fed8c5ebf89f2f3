// SPDX-License-Identifier: GPL-3.0-or-later
#include "KpiTargets.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QJsonObject>

namespace servicelens::kpi {

namespace {

struct Key {
    const char *name;
    double KpiTargets::*member;
};

const Key keys[] = {{"target.csat", &KpiTargets::csat},
                    {"target.resolution_wd_mean", &KpiTargets::resolutionWdMean},
                    {"target.response_within_target_rate", &KpiTargets::responseWithinTarget},
                    {"target.complaint_rate", &KpiTargets::complaintRate},
                    {"target.sla_met_rate", &KpiTargets::slaMet},
                    {"target.first_time_fix_rate", &KpiTargets::firstTimeFix},
                    {"target.orders_received", &KpiTargets::ordersReceived},
                    {"target.backlog_end", &KpiTargets::backlogEnd}};

QJsonObject toJson(const KpiTargets &t)
{
    QJsonObject o;
    for (const Key &k : keys)
        o.insert(QLatin1String(k.name), t.*k.member);
    return o;
}

} // namespace

KpiTargets::Rating KpiTargets::rate(const std::optional<double> &value, double target,
                                    bool higherIsBetter)
{
    if (!value)
        return Rating::Unknown;
    const double v = *value;
    if (higherIsBetter ? v >= target : v <= target)
        return Rating::Good;
    const double margin = 0.10 * target;
    if (higherIsBetter ? v >= target - margin : v <= target + margin)
        return Rating::Warning;
    return Rating::Bad;
}

Result<KpiTargets> KpiTargetRepository::load() const
{
    KpiTargets t;
    SqlQuery q(m_db, QStringLiteral("SELECT key, value FROM setting WHERE key LIKE 'target.%'"));
    if (auto s = q.exec(); !s)
        return s.error();
    while (q.next()) {
        const QString key = q.value(0).toString();
        bool ok = false;
        const double v = q.value(1).toReal(&ok);
        for (const Key &k : keys)
            if (ok && key == QLatin1String(k.name))
                t.*k.member = v;
    }
    return t;
}

Status KpiTargetRepository::save(const KpiTargets &targets)
{
    for (double rate : {targets.csat, targets.responseWithinTarget, targets.complaintRate,
                        targets.slaMet, targets.firstTimeFix})
        if (rate < 0 || rate > 1)
            return makeError(ErrorKind::InvalidInput,
                             tr("Rate targets are between 0 % and 100 %."));
    if (targets.ordersReceived < 0 || targets.backlogEnd < 0)
        return makeError(ErrorKind::InvalidInput,
                         tr("A count's target is a number of orders (0: no target)."));
    if (targets.resolutionWdMean <= 0)
        return makeError(ErrorKind::InvalidInput,
                         tr("The resolution target must be more than 0 working days."));
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto before = load();
    if (!before)
        return before.error();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO setting (key, value) VALUES (:key, :value) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    for (const Key &k : keys) {
        q.bind(QStringLiteral(":key"), QString::fromLatin1(k.name))
            .bind(QStringLiteral(":value"), QString::number(targets.*k.member, 'g', 17));
        if (auto s = q.exec(); !s)
            return s;
    }
    if (auto s = AuditLog(m_db).record(AuditLog::Action::Update, QStringLiteral("kpi_targets"),
                                       QStringLiteral("targets"), toJson(*before), toJson(targets));
        !s)
        return s;
    return tx.commit();
}

} // namespace servicelens::kpi
