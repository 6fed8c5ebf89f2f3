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

const char *IncidentNames::labelSource(Scenario scenario)
{
    switch (scenario) {
    case Scenario::Recall:
        return QT_TRANSLATE_NOOP("IncidentNames", "Product recall");
    case Scenario::Outage:
        return QT_TRANSLATE_NOOP("IncidentNames", "System outage");
    case Scenario::Complaints:
        return QT_TRANSLATE_NOOP("IncidentNames", "Mass complaints");
    case Scenario::Safety:
        return QT_TRANSLATE_NOOP("IncidentNames", "Safety accident");
    case Scenario::Disaster:
        return QT_TRANSLATE_NOOP("IncidentNames", "Natural disaster or disruption");
    case Scenario::Other:
        break;
    }
    return QT_TRANSLATE_NOOP("IncidentNames", "Other");
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

const char *IncidentNames::labelSource(Severity severity)
{
    switch (severity) {
    case Severity::Minor:
        return QT_TRANSLATE_NOOP("IncidentNames", "Minor (IV)");
    case Severity::Moderate:
        return QT_TRANSLATE_NOOP("IncidentNames", "Moderate (III)");
    case Severity::Major:
        return QT_TRANSLATE_NOOP("IncidentNames", "Major (II)");
    case Severity::Critical:
        break;
    }
    return QT_TRANSLATE_NOOP("IncidentNames", "Critical (I)");
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

const char *IncidentNames::labelSource(EventKind kind)
{
    switch (kind) {
    case EventKind::Opened:
        return QT_TRANSLATE_NOOP("IncidentNames", "Opened");
    case EventKind::Note:
        return QT_TRANSLATE_NOOP("IncidentNames", "Note");
    case EventKind::Step:
        return QT_TRANSLATE_NOOP("IncidentNames", "Step done");
    case EventKind::Severity:
        return QT_TRANSLATE_NOOP("IncidentNames", "Severity");
    case EventKind::Scope:
        return QT_TRANSLATE_NOOP("IncidentNames", "Scope");
    case EventKind::Contacts:
        return QT_TRANSLATE_NOOP("IncidentNames", "Callback list");
    case EventKind::Action:
        return QT_TRANSLATE_NOOP("IncidentNames", "Corrective action");
    case EventKind::Closed:
        break;
    }
    return QT_TRANSLATE_NOOP("IncidentNames", "Closed");
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

const char *IncidentNames::labelSource(ScopeKind kind)
{
    switch (kind) {
    case ScopeKind::Product:
        return QT_TRANSLATE_NOOP("IncidentNames", "Product model");
    case ScopeKind::Category:
        return QT_TRANSLATE_NOOP("IncidentNames", "Category");
    case ScopeKind::FaultCode:
        return QT_TRANSLATE_NOOP("IncidentNames", "Fault code");
    case ScopeKind::Batch:
        break;
    }
    return QT_TRANSLATE_NOOP("IncidentNames", "Batch or serial");
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

const char *IncidentNames::labelSource(ContactStatus status)
{
    switch (status) {
    case ContactStatus::Due:
        return QT_TRANSLATE_NOOP("IncidentNames", "To call");
    case ContactStatus::Reached:
        return QT_TRANSLATE_NOOP("IncidentNames", "Reached");
    case ContactStatus::NoAnswer:
        return QT_TRANSLATE_NOOP("IncidentNames", "No answer");
    case ContactStatus::Refused:
        return QT_TRANSLATE_NOOP("IncidentNames", "Refused");
    case ContactStatus::CallBack:
        break;
    }
    return QT_TRANSLATE_NOOP("IncidentNames", "Call back later");
}

std::optional<ContactStatus> IncidentNames::contactStatus(const QString &code)
{
    return fromCode<ContactStatus>(code, allContactStatuses, &IncidentNames::code);
}

QString IncidentNames::label(Scenario scenario)
{
    return tr(labelSource(scenario));
}

QString IncidentNames::label(Severity severity)
{
    return tr(labelSource(severity));
}

QString IncidentNames::label(EventKind kind)
{
    return tr(labelSource(kind));
}

QString IncidentNames::label(ScopeKind kind)
{
    return tr(labelSource(kind));
}

QString IncidentNames::label(ContactStatus status)
{
    return tr(labelSource(status));
}

QString IncidentNames::describe(const IncidentEvent &e, const Translate &words)
{
    switch (e.kind) {
    case EventKind::Opened:
        return e.text.isEmpty()
                   ? words(QT_TRANSLATE_NOOP("IncidentNames", "Opened without a plan"))
                   : words(QT_TRANSLATE_NOOP("IncidentNames", "Opened under the plan %1"))
                         .arg(e.text);
    case EventKind::Severity:
        if (const auto s = severity(e.text))
            return words(QT_TRANSLATE_NOOP("IncidentNames", "Severity now %1"))
                .arg(words(labelSource(*s)));
        break;
    case EventKind::Contacts: {
        const QStringList counts = e.text.split(QLatin1Char('/'));
        if (counts.size() == 2)
            return words(QT_TRANSLATE_NOOP("IncidentNames",
                                           "Callback list drawn: %1 customers added, %2 "
                                           "affected in all"))
                .arg(counts[0], counts[1]);
        break;
    }
    case EventKind::Step:
        return words(QT_TRANSLATE_NOOP("IncidentNames", "Step done: %1")).arg(e.text);
    case EventKind::Scope:
        return words(QT_TRANSLATE_NOOP("IncidentNames", "Scope now: %1")).arg(e.text);
    case EventKind::Action:
        return words(QT_TRANSLATE_NOOP("IncidentNames", "Corrective action: %1")).arg(e.text);
    case EventKind::Closed:
        return words(QT_TRANSLATE_NOOP("IncidentNames", "Closed. Lessons learnt: %1")).arg(e.text);
    case EventKind::Note:
        break;
    }
    return e.text;
}

QString IncidentNames::describe(const IncidentEvent &e)
{
    return describe(e, [](const char *source) { return tr(source); });
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
