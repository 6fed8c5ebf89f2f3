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
}

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

// The days being computed: [start, end) in UTC seconds of the branch's local midnights.
struct KpiPeriod {
    qint64 branchId = 0;
    LocalTime local;
    QDate first; // the first day
    qint64 start = 0;
    qint64 end = 0;
    bool wholeMonth = false; // backlog and inspections are month figures (KPI.md)
    bool brief = false;      // only what a trend plots (KpiEngine::OrdersBrief)
    // When set, the ids of the orders closed in the period behind the rates' failures.
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

// KPI.md "Service orders": received, closed, the backlog at the month's end.
class OrderFigures final {
public:
    static Status compute(Database &db, const KpiReference &ref, const KpiPeriod &p, OrderKpis &o,
                          TechnicianTallies &technicians);
};

// KPI.md "Surveys": invitations by sent_at, responses and their answers by responded_at.
class SurveyFigures final {
public:
    static Status compute(Database &db, const KpiReference &ref, const KpiPeriod &p, SurveyKpis &sv,
                          TechnicianTallies &technicians);
};

// KPI.md "Inspections and corrective actions", for one month.
class InspectionFigures final {
public:
    static Status compute(Database &db, qint64 branchId, const LocalTime &local, QDate first,
                          InspectionKpis &in);
};

// KPI.md "Technicians", and the teams they belong to, from the tallies.
class TechnicianFigures final {
public:
    static void fill(const KpiReference &ref, const TechnicianTallies &technicians, MonthKpis &k);
};

} // namespace servicelens::kpi
