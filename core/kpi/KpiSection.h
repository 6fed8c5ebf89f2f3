// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the KPI engine's sections share: the reference data loaded once per engine, the period
// being computed, and the technicians' tallies that orders and surveys both add to. Each
// section of KPI.md is computed by a class of its own (OrderFigures, SurveyFigures,
// InspectionFigures, TechnicianFigures); KpiEngine runs them in turn.

#include "Kpi.h"
#include "common/LocalTime.h"
#include "common/Statistics.h"
#include "flow/SlaPolicy.h"
#include "flow/WorkingCalendar.h"
#include "storage/Result.h"

#include <array>
#include <map>
#include <unordered_map>
#include <vector>

namespace servicelens {
class Database;
class FastQuery;
} // namespace servicelens

namespace servicelens::kpi {

// The workbook's reference data the figures are measured with: the calendar, the SLA targets
// by priority, who is who, and what each survey question counts for.
struct KpiReference {
    flow::WorkingCalendar calendar;
    flow::SlaPolicySet policies;                         // the targets, by priority and category
    std::map<qint64, std::pair<QString, QString>> staff; // id -> code, name
    std::map<qint64, QString> teams;                     // id -> team
    // Survey questions by id: what an answer counts for, so the month's answers are read
    // without joining the question table or converting text per answer.
    struct QuestionKind {
        enum Type { Other, Csat, Nps, Likert } type = Other;
        int dimension = -1; // index in surveyDimensionCodes()
    };
    std::unordered_map<qint64, QuestionKind> questions;

    // Loads it from the workbook.
    static Result<KpiReference> load(Database &db);
};

// The days being computed: [start, end) in UTC seconds of the branches' local midnights.
struct KpiPeriod {
    LocalTime local;
    QDate first; // the first day
    qint64 start = 0;
    qint64 end = 0;
    bool wholeMonth = false; // backlog and inspections are month figures (KPI.md)
    bool brief = false;      // only what a trend plots (KpiEngine::OrdersBrief)
    // When set, the ids of the orders closed in the period behind the rates' failures (of
    // every branch read: set it for one branch).
    OrdersBehind *behind = nullptr;
};

// One technician's counts over the period, summed into their KPIs at the end.
struct TechnicianTally {
    qint64 closed = 0;
    qint64 firstTimeFixes = 0;
    qint64 complaints = 0;
    std::vector<double> resolution;
    qint64 csatAnswers = 0;
    qint64 csatSatisfied = 0;
    qint64 slaMet = 0;
    qint64 reopened = 0;
    qint64 slaKnown = 0; // closed orders whose inputs each rate needs are known
    qint64 firstTimeFixKnown = 0;
    qint64 reopenKnown = 0;
    qint64 npsAnswers = 0;
    qint64 promoters = 0;
    qint64 detractors = 0;

    void add(const TechnicianTally &o)
    {
        closed += o.closed;
        firstTimeFixes += o.firstTimeFixes;
        complaints += o.complaints;
        resolution.insert(resolution.end(), o.resolution.begin(), o.resolution.end());
        csatAnswers += o.csatAnswers;
        csatSatisfied += o.csatSatisfied;
        slaMet += o.slaMet;
        reopened += o.reopened;
        slaKnown += o.slaKnown;
        firstTimeFixKnown += o.firstTimeFixKnown;
        reopenKnown += o.reopenKnown;
        npsAnswers += o.npsAnswers;
        promoters += o.promoters;
        detractors += o.detractors;
    }
    TechnicianKpis figures() const
    {
        TechnicianKpis t;
        t.closed = closed;
        t.resolutionWdMean = stats::mean(resolution);
        t.resolutionWdP90 = stats::p90(resolution);
        t.firstTimeFixRate = stats::rate(firstTimeFixes, firstTimeFixKnown);
        t.slaMetRate = stats::rate(slaMet, slaKnown);
        t.reopenRate = stats::rate(reopened, reopenKnown);
        t.slaKnown = slaKnown;
        t.firstTimeFixKnown = firstTimeFixKnown;
        t.reopenKnown = reopenKnown;
        t.complaints = complaints;
        t.csat = stats::rate(csatSatisfied, csatAnswers);
        t.csatAnswers = csatAnswers;
        if (npsAnswers > 0)
            t.nps = 100.0 * static_cast<double>(promoters - detractors) /
                    static_cast<double>(npsAnswers);
        t.npsAnswers = npsAnswers;
        return t;
    }
};

// Technicians by staff id.
using TechnicianTallies = std::map<qint64, TechnicianTally>;

// Each section counts into a tally per branch and turns the tally into its figures once: a
// figure over several branches (KPI.md, "Several branches") is then a ratio of sums and a
// percentile over all the orders, never an average of branch figures, each branch's days and
// months taken in its own time zone.

// KPI.md "Service orders": received, closed, the backlog at the month's end.
struct OrderTally {
    qint64 received = 0;
    qint64 complaints = 0;
    qint64 responseKnown = 0;
    // Response times are summed in whole seconds: a mean that does not depend on the order the
    // orders (or the branches) were added in, to the last digit.
    qint64 responded = 0;
    qint64 responseSeconds = 0;
    qint64 responseWithinTarget = 0;
    qint64 closed = 0;
    std::vector<double> resolution;
    std::array<std::vector<double>, dwellStageCount> dwell;
    qint64 resolutionMet = 0;
    qint64 slaMet = 0;
    qint64 firstTimeFixes = 0;
    qint64 reopened = 0;
    qint64 closedResponseKnown = 0;
    qint64 firstTimeFixKnown = 0;
    qint64 reopenKnown = 0;
    qint64 backlogEnd = 0;
    bool detailed = false; // response times, dwell, median and p90 were counted (not brief)

    // Another branch's tally added to this one, as if counted after it (ratios of sums,
    // percentiles over every order: KPI.md, "Several branches").
    void add(const OrderTally &other);
    void finish(OrderKpis &o) const;
};

class BranchTallies;

class OrderFigures final {
public:
    // Adds the period's orders to each branch's tally.
    static Status add(Database &db, const KpiReference &ref, const KpiPeriod &p,
                      BranchTallies &branches);
};

// KPI.md "Surveys": invitations by sent_at, responses and their answers by responded_at.
struct SurveyTally {
    qint64 invitations = 0;
    qint64 invitationsAnswered = 0;
    qint64 responses = 0;
    qint64 csatN = 0;
    qint64 csatHigh = 0;
    qint64 npsN = 0;
    qint64 promoters = 0;
    qint64 detractors = 0;
    std::vector<std::vector<double>> dimensionValues;
    std::vector<qint64> dimensionTop2;

    void add(const SurveyTally &other);
    // Fills sv's figures; its dimensions list says which dimensions there are.
    void finish(SurveyKpis &sv) const;
};

class SurveyFigures final {
public:
    static Status add(Database &db, const KpiReference &ref, const KpiPeriod &p,
                      std::size_t dimensionCount, BranchTallies &branches);
};

// KPI.md "Inspections and corrective actions", for one month.
struct InspectionTally {
    qint64 completed = 0;
    qint64 scored = 0;
    double scoreTotal = 0;
    qint64 failed = 0;
    qint64 actionsOpenEnd = 0;
    qint64 actionsOverdueEnd = 0;
    qint64 actionsDue = 0;
    qint64 actionsOnTime = 0;

    void add(const InspectionTally &other);
    void finish(InspectionKpis &in) const;
};

class InspectionFigures final {
public:
    static Status add(Database &db, const LocalTime &local, QDate first, BranchTallies &branches);
};

// What one branch's rows add up to over a period, section by section.
struct BranchTally {
    OrderTally orders;
    SurveyTally surveys;
    InspectionTally inspections;
    TechnicianTallies technicians; // figures of their own branch: never pooled
};

// The branches one statement reads at once, all on the same local time (so the period is the
// same UTC interval for each), each branch's rows counted in its own tally. A statement per
// section for all of them, not one per branch: on a head office's PostgreSQL server each
// statement costs a round trip and a plan, which at two hundred branches were most of the
// network's figures' time. The rows are told apart by their branch_id.
class BranchTallies final {
public:
    explicit BranchTallies(std::vector<qint64> ids);

    const std::vector<qint64> &ids() const { return m_ids; }
    // The tally of one of the branches (ids()).
    BranchTally &of(qint64 branchId);
    // The statement `head` + "<column> IN (?first, ?first+1, …)" + `tail`, the ids bound to
    // those placeholders; the caller binds the parameters before `first`. `column` is
    // qualified as the statement needs.
    FastQuery select(const Database &db, const QByteArray &head, const char *column,
                     const QByteArray &tail, int first) const;

private:
    QByteArray inList(const char *column, int first) const;
    void bind(FastQuery &q, int first) const;

    std::vector<qint64> m_ids;
    std::vector<BranchTally> m_tallies; // in the order of m_ids
    std::unordered_map<qint64, std::size_t> m_index;
    // The rows of a statement come mostly a branch at a time: the last one found is tried
    // first.
    qint64 m_lastId = 0;
    BranchTally *m_last = nullptr;
};

// KPI.md "Technicians", and the teams they belong to, from the tallies.
class TechnicianFigures final {
public:
    static void fill(const KpiReference &ref, const TechnicianTallies &technicians, MonthKpis &k);
};

} // namespace servicelens::kpi
