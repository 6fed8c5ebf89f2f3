// SPDX-License-Identifier: GPL-3.0-or-later
#include "KpiSection.h"

#include "common/Statistics.h"
#include "storage/Database.h"
#include "storage/FastQuery.h"

namespace servicelens::kpi {

void SurveyTally::add(const SurveyTally &other)
{
    invitations += other.invitations;
    invitationsAnswered += other.invitationsAnswered;
    responses += other.responses;
    csatN += other.csatN;
    csatHigh += other.csatHigh;
    npsN += other.npsN;
    promoters += other.promoters;
    detractors += other.detractors;
    if (dimensionValues.size() < other.dimensionValues.size()) {
        dimensionValues.resize(other.dimensionValues.size());
        dimensionTop2.resize(other.dimensionValues.size(), 0);
    }
    for (std::size_t i = 0; i < other.dimensionValues.size(); ++i) {
        dimensionValues[i].insert(dimensionValues[i].end(), other.dimensionValues[i].begin(),
                                  other.dimensionValues[i].end());
        dimensionTop2[i] += other.dimensionTop2[i];
    }
}

void SurveyTally::finish(SurveyKpis &sv) const
{
    sv.invitations = invitations;
    sv.responseRate = stats::rate(invitationsAnswered, invitations);
    sv.responses = responses;
    sv.csat = stats::rate(csatHigh, csatN);
    if (npsN > 0)
        sv.nps = 100.0 * static_cast<double>(promoters - detractors) / static_cast<double>(npsN);
    for (std::size_t i = 0; i < sv.dimensions.size() && i < dimensionValues.size(); ++i) {
        DimensionKpis &d = sv.dimensions[i];
        d.n = static_cast<qint64>(dimensionValues[i].size());
        d.mean = stats::mean(dimensionValues[i]);
        d.top2 = stats::rate(dimensionTop2[i], d.n);
    }
}

Status SurveyFigures::add(Database &db, const KpiReference &c, const KpiPeriod &p,
                          std::size_t dimensionCount, BranchTallies &branches)
{
    if (branches.ids().empty())
        return {};
    for (const qint64 id : branches.ids()) {
        SurveyTally &t = branches.of(id).surveys;
        t.dimensionValues.resize(dimensionCount);
        t.dimensionTop2.resize(dimensionCount, 0);
    }
    // Surveys (KPI.md): invitations by sent_at, responses and their answers by responded_at.
    {
        FastQuery q = branches.select(db,
                                      "SELECT count(*), count(responded_at), branch_id FROM "
                                      "survey_response WHERE ",
                                      "branch_id",
                                      " AND sent_at >= ?1 AND sent_at < ?2 GROUP BY branch_id", 3);
        q.bind(1, p.start).bind(2, p.end);
        while (q.next()) {
            SurveyTally &t = branches.of(q.int64(2)).surveys;
            t.invitations += q.int64(0);
            t.invitationsAnswered += q.int64(1);
        }
        if (!q.status())
            return q.status();
    }
    {
        FastQuery q = branches.select(
            db, "SELECT count(*), branch_id FROM survey_response WHERE ", "branch_id",
            " AND responded_at >= ?1 AND responded_at < ?2 GROUP BY branch_id", 3);
        q.bind(1, p.start).bind(2, p.end);
        while (q.next())
            branches.of(q.int64(1)).surveys.responses += q.int64(0);
        if (!q.status())
            return q.status();
    }
    {
        // Whose order an answer is about comes with it: one query, not one per order (a
        // round trip each on a head office's PostgreSQL server).
        FastQuery q = branches.select(
            db,
            "SELECT a.question_id, a.value, r.order_id, o.technician_id, r.branch_id FROM "
            "survey_response r JOIN survey_answer a ON a.response_id = r.id LEFT JOIN "
            "service_order o ON o.id = r.order_id WHERE ",
            "r.branch_id",
            " AND r.responded_at >= ?1 AND r.responded_at < ?2 AND a.value IS NOT NULL", 3);
        q.bind(1, p.start).bind(2, p.end);
        while (q.next()) {
            auto kind = c.questions.find(q.int64(0));
            if (kind == c.questions.end())
                continue; // a question added since the cache was loaded: reload() to see it
            BranchTally &branch = branches.of(q.int64(4));
            SurveyTally &t = branch.surveys;
            TechnicianTally *who = nullptr;
            if (!branch.technicians.empty() && !q.isNull(3))
                if (const auto found = branch.technicians.find(q.int64(3));
                    found != branch.technicians.end())
                    who = &found->second;
            const double v = q.real(1);
            switch (kind->second.type) {
            case KpiReference::QuestionKind::Csat:
                ++t.csatN;
                t.csatHigh += v >= 4 ? 1 : 0;
                if (who) {
                    ++who->csatAnswers;
                    who->csatSatisfied += v >= 4 ? 1 : 0;
                }
                break;
            case KpiReference::QuestionKind::Nps:
                ++t.npsN;
                t.promoters += v >= 9 ? 1 : 0;
                t.detractors += v <= 6 ? 1 : 0;
                if (who) {
                    ++who->npsAnswers;
                    who->promoters += v >= 9 ? 1 : 0;
                    who->detractors += v <= 6 ? 1 : 0;
                }
                break;
            case KpiReference::QuestionKind::Likert:
                if (kind->second.dimension >= 0 &&
                    static_cast<std::size_t>(kind->second.dimension) < dimensionCount) {
                    const auto d = static_cast<std::size_t>(kind->second.dimension);
                    t.dimensionValues[d].push_back(v);
                    t.dimensionTop2[d] += v >= 4 ? 1 : 0;
                }
                break;
            case KpiReference::QuestionKind::Other:
                break;
            }
        }
        if (!q.status())
            return q.status();
    }
    return {};
}

} // namespace servicelens::kpi
