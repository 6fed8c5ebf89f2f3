// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlaPolicy.h"

#include "storage/AuditLog.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <algorithm>

namespace servicelens::flow {

namespace {
const QString entity = QStringLiteral("sla_policy");

int priorityIndex(Priority p)
{
    return static_cast<int>(p);
}
} // namespace

int SlaPolicy::specificity() const
{
    return (category.isEmpty() ? 0 : 2) + (priority ? 1 : 0);
}

bool SlaPolicy::sameScope(const SlaPolicy &other) const
{
    return priority == other.priority && category.compare(other.category, Qt::CaseInsensitive) == 0;
}

bool SlaPolicy::sameTargets(const SlaPolicy &other) const
{
    return responseHours == other.responseHours &&
           resolutionWorkingDays == other.resolutionWorkingDays &&
           pauseWhileWaiting == other.pauseWhileWaiting;
}

QString SlaPolicy::scopeText() const
{
    if (builtIn)
        return SlaPolicyRepository::tr("KPI.md's default for priority %1")
            .arg(FlowNames::label(priority.value_or(Priority::Normal)));
    if (priority && !category.isEmpty())
        return SlaPolicyRepository::tr("category %1, priority %2")
            .arg(category, FlowNames::label(*priority));
    if (!category.isEmpty())
        return SlaPolicyRepository::tr("category %1").arg(category);
    if (priority)
        return SlaPolicyRepository::tr("priority %1").arg(FlowNames::label(*priority));
    return SlaPolicyRepository::tr("any order");
}

QJsonObject SlaPolicy::toJson() const
{
    return {{QStringLiteral("priority"),
             priority ? QJsonValue(FlowNames::code(*priority)) : QJsonValue()},
            {QStringLiteral("category"), category.isEmpty() ? QJsonValue() : QJsonValue(category)},
            {QStringLiteral("response_hours"), responseHours},
            {QStringLiteral("resolution_wd"), resolutionWorkingDays},
            {QStringLiteral("pause_while_waiting"), pauseWhileWaiting}};
}

std::vector<SlaPolicy> SlaPolicy::defaults()
{
    auto make = [](Priority p, double hours, int days) {
        SlaPolicy s;
        s.priority = p;
        s.responseHours = hours;
        s.resolutionWorkingDays = days;
        return s;
    };
    return {make(Priority::Urgent, 4, 1), make(Priority::High, 8, 2), make(Priority::Normal, 24, 3),
            make(Priority::Low, 48, 5)};
}

SlaPolicySet::SlaPolicySet()
    : SlaPolicySet(std::vector<SlaPolicy>{})
{}

SlaPolicySet::SlaPolicySet(std::vector<SlaPolicy> rows)
    : m_rows(std::move(rows))
    , m_builtIn(SlaPolicy::defaults())
{
    for (SlaPolicy &p : m_builtIn)
        p.builtIn = true;
    m_byCategory = std::any_of(m_rows.begin(), m_rows.end(),
                               [](const SlaPolicy &p) { return !p.category.isEmpty(); });
    for (Priority p : {Priority::Urgent, Priority::High, Priority::Normal, Priority::Low})
        m_noCategory[static_cast<std::size_t>(priorityIndex(p))] = resolve(p, QString());
}

int SlaPolicySet::resolve(Priority priority, const QString &folded) const
{
    int best = -1 - priorityIndex(priority);
    int bestSpecificity = -1;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const SlaPolicy &p = m_rows[i];
        if (p.priority && *p.priority != priority)
            continue;
        if (!p.category.isEmpty() && p.category.toCaseFolded() != folded)
            continue;
        if (p.specificity() > bestSpecificity) {
            bestSpecificity = p.specificity();
            best = static_cast<int>(i);
        }
    }
    return best;
}

const SlaPolicy &SlaPolicySet::forOrder(Priority priority, const QString &category) const
{
    int index = m_noCategory[static_cast<std::size_t>(priorityIndex(priority))];
    if (m_byCategory && !category.isEmpty()) {
        const QString folded = category.trimmed().toCaseFolded();
        const QString key = QString::number(priorityIndex(priority)) + QLatin1Char('|') + folded;
        auto it = m_memo.constFind(key);
        if (it == m_memo.constEnd())
            it = m_memo.insert(key, resolve(priority, folded));
        index = *it;
    }
    return index >= 0 ? m_rows[static_cast<std::size_t>(index)]
                      : m_builtIn[static_cast<std::size_t>(-1 - index)];
}

bool SlaPolicySet::anyPauses() const
{
    return std::any_of(m_rows.begin(), m_rows.end(),
                       [](const SlaPolicy &p) { return p.pauseWhileWaiting; });
}

Status SlaPolicyRepository::validate(const SlaPolicy &policy)
{
    if (!(policy.responseHours > 0))
        return makeError(ErrorKind::InvalidInput,
                         tr("The response target must be more than 0 hours."));
    if (policy.resolutionWorkingDays < 0)
        return makeError(ErrorKind::InvalidInput, tr("The resolution target cannot be negative."));
    if (policy.category != policy.category.trimmed())
        return makeError(ErrorKind::InvalidInput,
                         tr("A category must not begin or end with spaces."));
    return {};
}

Status SlaPolicyRepository::validate(const std::vector<SlaPolicy> &policies)
{
    for (std::size_t i = 0; i < policies.size(); ++i) {
        if (auto s = validate(policies[i]); !s)
            return s;
        for (std::size_t j = 0; j < i; ++j)
            if (policies[i].sameScope(policies[j]))
                return makeError(
                    ErrorKind::InvalidInput,
                    tr("Two policies are for the same orders: %1.").arg(policies[i].scopeText()));
    }
    return {};
}

Result<std::vector<SlaPolicy>> SlaPolicyRepository::list() const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT id, uid, priority, category, response_hours, resolution_wd, "
                              "pause_while_waiting FROM sla_policy ORDER BY category IS NOT NULL, "
                              "category, priority IS NULL, CASE priority WHEN 'urgent' THEN 0 "
                              "WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END"));
    if (auto s = q.exec(); !s)
        return s.error();
    std::vector<SlaPolicy> policies;
    while (q.next()) {
        SlaPolicy p;
        p.id = q.value(0).toLongLong();
        p.uid = q.value(1).toString();
        if (!q.value(2).isNull())
            p.priority = FlowNames::priority(q.value(2).toString()).value_or(Priority::Normal);
        p.category = q.value(3).toString();
        p.responseHours = q.value(4).toReal();
        p.resolutionWorkingDays = q.value(5).toInt();
        p.pauseWhileWaiting = q.value(6).toInt() != 0;
        policies.push_back(p);
    }
    // "Any order" after the priority rows, before the categories.
    std::stable_partition(policies.begin(), policies.end(), [](const SlaPolicy &p) {
        return p.priority.has_value() && p.category.isEmpty();
    });
    return policies;
}

Result<SlaPolicySet> SlaPolicyRepository::load() const
{
    auto rows = list();
    if (!rows)
        return rows.error();
    return SlaPolicySet(std::move(*rows));
}

Status SlaPolicyRepository::replaceAll(const std::vector<SlaPolicy> &policies)
{
    if (auto s = validate(policies); !s)
        return s;
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto before = list();
    if (!before)
        return before.error();
    AuditLog audit(m_db);
    const qint64 now = m_db.clock().nowSecsSinceEpoch();
    // A row of the same scope is updated in place (its uid stays); the others go or come.
    for (const SlaPolicy &old : *before) {
        const auto kept = std::find_if(policies.begin(), policies.end(),
                                       [&](const SlaPolicy &p) { return p.sameScope(old); });
        if (kept != policies.end())
            continue;
        SqlQuery del(m_db, QStringLiteral("DELETE FROM sla_policy WHERE id = :id"));
        del.bind(QStringLiteral(":id"), old.id);
        if (auto s = del.exec(); !s)
            return s;
        if (auto s = audit.record(AuditLog::Action::Delete, entity, old.uid, old.toJson(), {}); !s)
            return s;
    }
    for (const SlaPolicy &p : policies) {
        const auto old = std::find_if(before->begin(), before->end(),
                                      [&](const SlaPolicy &o) { return o.sameScope(p); });
        if (old != before->end()) {
            if (old->sameTargets(p) && old->category == p.category)
                continue;
            SqlQuery q(m_db, QStringLiteral("UPDATE sla_policy SET category = :category, "
                                            "response_hours = :hours, resolution_wd = :days, "
                                            "pause_while_waiting = :pause, updated_at = :now "
                                            "WHERE id = :id"));
            q.bind(QStringLiteral(":category"),
                   p.category.isEmpty() ? QVariant() : QVariant(p.category))
                .bind(QStringLiteral(":hours"), p.responseHours)
                .bind(QStringLiteral(":days"), p.resolutionWorkingDays)
                .bind(QStringLiteral(":pause"), p.pauseWhileWaiting ? 1 : 0)
                .bind(QStringLiteral(":now"), now)
                .bind(QStringLiteral(":id"), old->id);
            if (auto s = q.exec(); !s)
                return s;
            if (auto s = audit.record(AuditLog::Action::Update, entity, old->uid, old->toJson(),
                                      p.toJson());
                !s)
                return s;
            continue;
        }
        const QString uid = m_db.uids().next();
        SqlQuery q(m_db,
                   QStringLiteral("INSERT INTO sla_policy (uid, priority, category, "
                                  "response_hours, resolution_wd, pause_while_waiting, "
                                  "updated_at) VALUES (:uid, :priority, :category, :hours, :days, "
                                  ":pause, :now)"));
        q.bind(QStringLiteral(":uid"), uid)
            .bind(QStringLiteral(":priority"),
                  p.priority ? QVariant(FlowNames::code(*p.priority)) : QVariant())
            .bind(QStringLiteral(":category"),
                  p.category.isEmpty() ? QVariant() : QVariant(p.category))
            .bind(QStringLiteral(":hours"), p.responseHours)
            .bind(QStringLiteral(":days"), p.resolutionWorkingDays)
            .bind(QStringLiteral(":pause"), p.pauseWhileWaiting ? 1 : 0)
            .bind(QStringLiteral(":now"), now);
        if (auto s = q.exec(); !s)
            return s;
        if (auto s = audit.record(AuditLog::Action::Insert, entity, uid, {}, p.toJson()); !s)
            return s;
    }
    return tx.commit();
}

Status SlaPolicyRepository::installDefaults()
{
    // Only the columns of the first format: tests build workbooks of every earlier format with
    // this (the upgrade fixtures), and those have no category column yet.
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    AuditLog audit(m_db);
    for (const SlaPolicy &p : SlaPolicy::defaults()) {
        const QString uid = m_db.uids().next();
        SqlQuery q(m_db,
                   QStringLiteral("INSERT INTO sla_policy (uid, priority, response_hours, "
                                  "resolution_wd, pause_while_waiting, updated_at) VALUES (:uid, "
                                  ":priority, :hours, :days, 0, :now) ON CONFLICT DO NOTHING"));
        q.bind(QStringLiteral(":uid"), uid)
            .bind(QStringLiteral(":priority"), FlowNames::code(*p.priority))
            .bind(QStringLiteral(":hours"), p.responseHours)
            .bind(QStringLiteral(":days"), p.resolutionWorkingDays)
            .bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch());
        if (auto s = q.exec(); !s)
            return s;
        if (q.rowsAffected() > 0)
            if (auto s = audit.record(AuditLog::Action::Insert, entity, uid, {}, p.toJson()); !s)
                return s;
    }
    return tx.commit();
}

} // namespace servicelens::flow
