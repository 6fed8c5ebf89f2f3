// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <array>
#include <functional>
#include <optional>
#include <vector>

namespace servicelens::incident {

// What kind of bad day a plan prepares for (应急场景).
enum class Scenario { Recall, Outage, Complaints, Safety, Disaster, Other };
inline constexpr std::array<Scenario, 6> allScenarios = {Scenario::Recall,     Scenario::Outage,
                                                         Scenario::Complaints, Scenario::Safety,
                                                         Scenario::Disaster,   Scenario::Other};

// The four grades of China's emergency classification: 一般 (IV) to 特别重大 (I).
enum class Severity { Minor, Moderate, Major, Critical };
inline constexpr std::array<Severity, 4> allSeverities = {Severity::Minor, Severity::Moderate,
                                                          Severity::Major, Severity::Critical};

// What an entry of an incident's timeline records.
enum class EventKind { Opened, Note, Step, Severity, Scope, Contacts, Action, Closed };

// What the incident touched, beside the period: values of one kind widen the scope, kinds
// narrow it.
enum class ScopeKind { Product, Category, FaultCode, Batch };
inline constexpr std::array<ScopeKind, 4> allScopeKinds = {ScopeKind::Product, ScopeKind::Category,
                                                           ScopeKind::FaultCode, ScopeKind::Batch};

// Where a call to an affected customer stands.
enum class ContactStatus { Due, Reached, NoAnswer, Refused, CallBack };

struct IncidentEvent;

// The codes stored and written in files, and the labels a person reads: in the interface's
// language (label), or in any language through a report's translator (labelSource, the
// untranslated words of the "IncidentNames" context).
class IncidentNames final {
    Q_DECLARE_TR_FUNCTIONS(IncidentNames)

public:
    static QString code(Scenario scenario);
    static QString label(Scenario scenario);
    static std::optional<Scenario> scenario(const QString &code);
    static QString code(Severity severity);
    static QString label(Severity severity);
    static std::optional<Severity> severity(const QString &code);
    static QString code(EventKind kind);
    static QString label(EventKind kind);
    static std::optional<EventKind> eventKind(const QString &code);
    static QString code(ScopeKind kind);
    static QString label(ScopeKind kind);
    static std::optional<ScopeKind> scopeKind(const QString &code);
    static QString code(ContactStatus status);
    static QString label(ContactStatus status);
    static std::optional<ContactStatus> contactStatus(const QString &code);

    static const char *labelSource(Scenario scenario);
    static const char *labelSource(Severity severity);
    static const char *labelSource(EventKind kind);
    static const char *labelSource(ScopeKind kind);
    static const char *labelSource(ContactStatus status);

    // What a timeline entry says, in words: "Severity now Major (II)", "Step done: …".
    using Translate = std::function<QString(const char *source)>;
    static QString describe(const IncidentEvent &event, const Translate &words);
    static QString describe(const IncidentEvent &event); // in the interface's language
};

// A step of a contingency plan: what to do, who does it, within how many hours of the opening.
struct PlanStep {
    QString text;
    std::optional<qint64> ownerId;
    int withinHours = 24;
};

// A contingency plan (应急预案) for a scenario: its steps in order, and the script the callers
// read to the customers an incident touched.
struct IncidentPlan {
    qint64 id = 0;
    QString uid;
    qint64 branchId = 0;
    Scenario scenario = Scenario::Other;
    QString name;
    QString script;
    bool active = true;
    std::vector<PlanStep> steps;

    QJsonObject toJson() const; // the audit record's view
};

struct ScopeValue {
    ScopeKind kind = ScopeKind::Product;
    QString value;
    bool operator==(const ScopeValue &o) const { return kind == o.kind && value == o.value; }
};

// What an incident touched: the orders received in [from, to) (either end open) that match the
// scope's values. An empty scope without a period touches no order.
struct IncidentScope {
    std::optional<qint64> from; // UTC seconds
    std::optional<qint64> to;
    std::vector<ScopeValue> values;

    bool isEmpty() const { return !from && !to && values.empty(); }
    std::vector<QString> valuesOf(ScopeKind kind) const;
    QJsonObject toJson() const;
    bool operator==(const IncidentScope &o) const
    {
        return from == o.from && to == o.to && values == o.values;
    }
};

// An incident (突发事件), real or a drill (演练), numbered per branch and year ("2026-001").
struct Incident {
    qint64 id = 0;
    QString uid;
    qint64 branchId = 0;
    QString code;
    std::optional<qint64> planId;
    Scenario scenario = Scenario::Other;
    QString title;
    QString description;
    Severity severity = Severity::Moderate;
    bool drill = false;
    std::optional<qint64> ownerId;
    QString script;
    IncidentScope scope;
    qint64 openedAt = 0;
    std::optional<qint64> closedAt;
    QString lessons;

    bool isOpen() const { return !closedAt.has_value(); }
    QJsonObject toJson() const; // the audit record's view
};

// A plan's step as an incident runs it.
struct IncidentStep {
    qint64 id = 0;
    int position = 0;
    QString text;
    std::optional<qint64> ownerId;
    QString ownerName;
    qint64 dueAt = 0;
    std::optional<qint64> doneAt;
    std::optional<qint64> doneBy;
    QString doneByName;

    bool overdueAt(qint64 now) const { return !doneAt && dueAt < now; }
};

// An entry of the timeline.
struct IncidentEvent {
    qint64 id = 0;
    qint64 at = 0;
    EventKind kind = EventKind::Note;
    QString text;
    std::optional<qint64> staffId;
    QString staffName;
};

} // namespace servicelens::incident
