// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace servicelens::kpi {

// The figures of KPI.md for one branch and one month, as plain values. Rates are fractions in
// [0, 1]; nullopt is KPI.md's null (a denominator of 0, or no data). Nothing is rounded.

// The five dwell stages of KPI.md, in flow order.
enum class DwellStage { Analysis, Solution, Implementation, FollowUp, Closing };
inline constexpr int dwellStageCount = 5;

struct OrderKpis {
    qint64 received = 0;
    qint64 closed = 0;
    qint64 complaints = 0;
    std::optional<double> complaintRate;
    qint64 backlogEnd = 0;
    std::optional<double> responseHoursMean;
    std::optional<double> responseWithinTargetRate;
    std::optional<double> resolutionWdMean;
    std::optional<double> resolutionWdMedian;
    std::optional<double> resolutionWdP90;
    std::optional<double> resolutionWithinTargetRate;
    std::optional<double> slaMetRate;
    std::optional<double> firstTimeFixRate;
    std::optional<double> reopenRate;
    std::array<std::optional<double>, dwellStageCount> stageDwellHoursMedian;
    std::optional<DwellStage> bottleneckStage;
    // The orders each rate counts: those whose inputs are known (KPI.md, "unknown is not
    // zero"). A rate is null with none; with orders but none known the data never had it.
    qint64 responseKnown = 0;       // received in M with a known response
    qint64 closedResponseKnown = 0; // closed in M with a known response (SLA met)
    qint64 firstTimeFixKnown = 0;   // closed in M with known visits and reopen count
    qint64 reopenKnown = 0;         // closed in M with a known reopen count
};

struct DimensionKpis {
    QString code;
    std::optional<double> mean;
    std::optional<double> top2;
    qint64 n = 0;
};

struct SurveyKpis {
    qint64 invitations = 0;
    qint64 responses = 0;
    std::optional<double> responseRate;
    std::optional<double> csat;
    std::optional<double> nps;
    std::vector<DimensionKpis> dimensions; // the seven likert5 dimensions, always present
};

struct InspectionKpis {
    qint64 completed = 0;
    std::optional<double> meanScore;
    qint64 failed = 0;
    qint64 actionsOpenEnd = 0;
    qint64 actionsOverdueEnd = 0;
    std::optional<double> actionsOnTimeRate;
};

// A branch's equipment in a month (docs/kpi.md, "Equipment"): computed for one branch's whole
// month only, never pooled — equipment stays at its branch.
struct EquipmentKpis {
    qint64 maintenanceDone = 0;      // maintenance records dated in the month
    qint64 overdueEnd = 0;           // plans overdue on the month's last day
    qint64 dueSoonEnd = 0;           // plans due within the week after it
    qint64 failures = 0;             // breakdowns that began in the month
    double downtimeHours = 0;        // working-day hours pieces were down within the month
    std::optional<double> mttrHours; // working-day hours to repair, over the month's repairs
    qint64 ordersWaited = 0;         // orders that waited for a broken piece during the month
};

// A branch's incidents in a month (docs/kpi.md, "Incidents"), drills left out and counted on
// their own: computed for one branch's whole month only, never pooled.
struct IncidentKpis {
    qint64 opened = 0;
    qint64 closed = 0;
    qint64 openEnd = 0; // opened before the month's end and not closed before it
    qint64 drills = 0;  // drills opened in the month
};

// A technician's figures (KPI.md "Technicians"), and the scorecard's further ones. The same
// struct carries a team's figures (code = the team's name), from its members' orders.
struct TechnicianKpis {
    QString code;
    QString name;
    qint64 closed = 0;
    std::optional<double> resolutionWdMean;
    std::optional<double> firstTimeFixRate;
    qint64 complaints = 0;
    std::optional<double> csat;
    // Beyond KPI.md's technicians section, for the scorecard (not in `kpi --json`).
    QString team;
    std::optional<double> resolutionWdP90;
    std::optional<double> slaMetRate;
    std::optional<double> reopenRate;
    qint64 csatAnswers = 0;
    std::optional<double> nps;
    qint64 npsAnswers = 0;
    // The closed orders each rate counts: those whose inputs are known.
    qint64 slaKnown = 0;
    qint64 firstTimeFixKnown = 0;
    qint64 reopenKnown = 0;

    // A rate whose inputs no closed order had: "not in the data", never 0 % (KPI.md). With no
    // closed order at all it is simply empty.
    bool notInData(qint64 known) const { return closed > 0 && known == 0; }

    // Below these, a figure is too few to rank anyone on: the scorecard and the monthly report
    // show it grey and say why.
    static constexpr qint64 fewOrders = 20;
    static constexpr qint64 fewAnswers = 30;
    bool fewClosed() const { return closed < fewOrders; }
    bool fewSurveys() const { return csatAnswers < fewAnswers; }
};

struct MonthKpis {
    QDate month; // the first day of the month
    QString branchCode;
    OrderKpis orders;
    SurveyKpis surveys;
    InspectionKpis inspections;
    // Figures of one branch's own duties (KpiEngine::Equipment, ::Incidents): none when not
    // computed — a period that is not a whole month, several branches pooled, a head office.
    std::optional<EquipmentKpis> equipment;
    std::optional<IncidentKpis> incidents;
    std::vector<TechnicianKpis> technicians; // sorted by code
    std::vector<TechnicianKpis> teams;       // the technicians' teams, by name
    // False when the working-day calendar does not know the month's year: working days then
    // count Monday to Friday only, and every display of these figures should say so.
    bool calendarCoversMonth = true;
    // Computed for a trend (KpiEngine::OrdersBrief): response times, stage dwell, resolution
    // median and p90, technicians and teams were not computed and are empty, not zero.
    bool brief = false;
};

// A corrective action as it stood at a month's end (KPI.md): the one place the rule is
// written; the engine counts it (actions_open_end, actions_overdue_end), the report lists it.
struct ActionAtMonthEnd {
    bool existed = false;     // created before the month's end
    bool open = false;        // ... and not done before it
    bool overdue = false;     // ... open, and due on or before the month's last day
    bool doneInMonth = false; // done within the month

    // `start` and `end` are the month's bounds (UTC seconds of its first local midnights),
    // `lastDay` its last local date; `due` may be invalid (no due date).
    static ActionAtMonthEnd of(qint64 createdAt, std::optional<qint64> doneAt, QDate due,
                               qint64 start, qint64 end, QDate lastDay);
};

QString dwellStageCode(DwellStage stage);
// The seven likert5 dimensions of the default survey (FORMATS.md), in its order.
const std::vector<QString> &surveyDimensionCodes();

// The orders closed in a month that its rates count as failures, collected while the figures
// are computed, so what a click on a figure lists is exactly what the figure counted.
struct OrdersBehind {
    std::vector<qint64> slaMissed;       // SLA known, response or resolution target missed
    std::vector<qint64> notFirstTimeFix; // inputs known, more than one visit or reopened
};

} // namespace servicelens::kpi
