// SPDX-License-Identifier: GPL-3.0-or-later
#include "Incident.h"

#include <QJsonArray>

namespace servicelens::incident {

namespace {

template <typename E, std::size_t N>
std::optional<E> fromCode(const QString &code, const std::array<E, N> &all, QString (*codeOf)(E))
{
    for (E e : all)
        if (codeOf(e) == code)
            return e;
    return std::nullopt;
}

QJsonValue json(const std::optional<qint64> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue();
}

constexpr std::array<EventKind, 8> allEventKinds = {
    EventKind::Opened, EventKind::Note,     EventKind::Step,   EventKind::Severity,
    EventKind::Scope,  EventKind::Contacts, EventKind::Action, EventKind::Closed};
constexpr std::array<ContactStatus, 5> allContactStatuses = {
    ContactStatus::Due, ContactStatus::Reached, ContactStatus::NoAnswer, ContactStatus::Refused,
    ContactStatus::CallBack};

} // namespace

QString IncidentNames::code(Scenario scenario)
{
    switch (scenario) {
    case Scenario::Recall:
        return QStringLiteral("recall");
    case Scenario::Outage:
        return QStringLiteral("outage");
    case Scenario::Complaints:
        return QStringLiteral("complaints");
    case Scenario::Safety:
        return QStringLiteral("safety");
    case Scenario::Disaster:
        return QStringLiteral("disaster");
    case Scenario::Other:
        break;
    }
    return QStringLiteral("other");
}

QString IncidentNames::label(Scenario scenario)
{
    switch (scenario) {
    case Scenario::Recall:
        return tr("Product recall");
    case Scenario::Outage:
        return tr("System outage");
    case Scenario::Complaints:
        return tr("Mass complaints");
    case Scenario::Safety:
        return tr("Safety accident");
    case Scenario::Disaster:
        return tr("Natural disaster or disruption");
    case Scenario::Other:
        break;
    }
    return tr("Other");
}

std::optional<Scenario> IncidentNames::scenario(const QString &code)
{
    return fromCode<Scenario>(code, allScenarios, &IncidentNames::code);
}

QString IncidentNames::code(Severity severity)
{
    switch (severity) {
    case Severity::Minor:
        return QStringLiteral("minor");
    case Severity::Moderate:
        return QStringLiteral("moderate");
    case Severity::Major:
        return QStringLiteral("major");
    case Severity::Critical:
        break;
    }
    return QStringLiteral("critical");
}

QString IncidentNames::label(Severity severity)
{
    switch (severity) {
    case Severity::Minor:
        return tr("Minor (IV)");
    case Severity::Moderate:
        return tr("Moderate (III)");
    case Severity::Major:
        return tr("Major (II)");
    case Severity::Critical:
        break;
    }
    return tr("Critical (I)");
}

std::optional<Severity> IncidentNames::severity(const QString &code)
{
    return fromCode<Severity>(code, allSeverities, &IncidentNames::code);
}

QString IncidentNames::code(EventKind kind)
{
    switch (kind) {
    case EventKind::Opened:
        return QStringLiteral("opened");
    case EventKind::Note:
        return QStringLiteral("note");
    case EventKind::Step:
        return QStringLiteral("step");
    case EventKind::Severity:
        return QStringLiteral("severity");
    case EventKind::Scope:
        return QStringLiteral("scope");
    case EventKind::Contacts:
        return QStringLiteral("contacts");
    case EventKind::Action:
        return QStringLiteral("action");
    case EventKind::Closed:
        break;
    }
    return QStringLiteral("closed");
}

QString IncidentNames::label(EventKind kind)
{
    switch (kind) {
    case EventKind::Opened:
        return tr("Opened");
    case EventKind::Note:
        return tr("Note");
    case EventKind::Step:
        return tr("Step done");
    case EventKind::Severity:
        return tr("Severity");
    case EventKind::Scope:
        return tr("Scope");
    case EventKind::Contacts:
        return tr("Callback list");
    case EventKind::Action:
        return tr("Corrective action");
    case EventKind::Closed:
        break;
    }
    return tr("Closed");
}

std::optional<EventKind> IncidentNames::eventKind(const QString &code)
{
    return fromCode<EventKind>(code, allEventKinds, &IncidentNames::code);
}

QString IncidentNames::code(ScopeKind kind)
{
    switch (kind) {
    case ScopeKind::Product:
        return QStringLiteral("product");
    case ScopeKind::Category:
        return QStringLiteral("category");
    case ScopeKind::FaultCode:
        return QStringLiteral("fault_code");
    case ScopeKind::Batch:
        break;
    }
    return QStringLiteral("batch");
}

QString IncidentNames::label(ScopeKind kind)
{
    switch (kind) {
    case ScopeKind::Product:
        return tr("Product model");
    case ScopeKind::Category:
        return tr("Category");
    case ScopeKind::FaultCode:
        return tr("Fault code");
    case ScopeKind::Batch:
        break;
    }
    return tr("Batch or serial");
}

std::optional<ScopeKind> IncidentNames::scopeKind(const QString &code)
{
    return fromCode<ScopeKind>(code, allScopeKinds, &IncidentNames::code);
}

QString IncidentNames::code(ContactStatus status)
{
    switch (status) {
    case ContactStatus::Due:
        return QStringLiteral("due");
    case ContactStatus::Reached:
        return QStringLiteral("reached");
    case ContactStatus::NoAnswer:
        return QStringLiteral("no_answer");
    case ContactStatus::Refused:
        return QStringLiteral("refused");
    case ContactStatus::CallBack:
        break;
    }
    return QStringLiteral("call_back");
}

QString IncidentNames::label(ContactStatus status)
{
    switch (status) {
    case ContactStatus::Due:
        return tr("To call");
    case ContactStatus::Reached:
        return tr("Reached");
    case ContactStatus::NoAnswer:
        return tr("No answer");
    case ContactStatus::Refused:
        return tr("Refused");
    case ContactStatus::CallBack:
        break;
    }
    return tr("Call back later");
}

std::optional<ContactStatus> IncidentNames::contactStatus(const QString &code)
{
    return fromCode<ContactStatus>(code, allContactStatuses, &IncidentNames::code);
}

QJsonObject IncidentPlan::toJson() const
{
    QJsonArray stepList;
    for (const PlanStep &s : steps)
        stepList.append(QJsonObject{{QStringLiteral("text"), s.text},
                                    {QStringLiteral("owner_id"), json(s.ownerId)},
                                    {QStringLiteral("within_hours"), s.withinHours}});
    return {{QStringLiteral("scenario"), IncidentNames::code(scenario)},
            {QStringLiteral("name"), name},
            {QStringLiteral("script"), script},
            {QStringLiteral("active"), active},
            {QStringLiteral("steps"), stepList}};
}

std::vector<QString> IncidentScope::valuesOf(ScopeKind kind) const
{
    std::vector<QString> out;
    for (const ScopeValue &v : values)
        if (v.kind == kind)
            out.push_back(v.value);
    return out;
}

QJsonObject IncidentScope::toJson() const
{
    QJsonObject out{{QStringLiteral("from"), json(from)}, {QStringLiteral("to"), json(to)}};
    for (ScopeKind kind : allScopeKinds) {
        QJsonArray list;
        for (const QString &v : valuesOf(kind))
            list.append(v);
        out.insert(IncidentNames::code(kind), list);
    }
    return out;
}

QJsonObject Incident::toJson() const
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("plan_id"), json(planId)},
            {QStringLiteral("scenario"), IncidentNames::code(scenario)},
            {QStringLiteral("title"), title},
            {QStringLiteral("description"), description},
            {QStringLiteral("severity"), IncidentNames::code(severity)},
            {QStringLiteral("drill"), drill},
            {QStringLiteral("owner_id"), json(ownerId)},
            {QStringLiteral("script"), script},
            {QStringLiteral("scope"), scope.toJson()},
            {QStringLiteral("opened_at"), double(openedAt)},
            {QStringLiteral("closed_at"), json(closedAt)},
            {QStringLiteral("lessons"), lessons}};
}

} // namespace servicelens::incident
