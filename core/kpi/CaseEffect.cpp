// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseEffect.h"

#include "flow/CalendarRepository.h"
#include "flow/ServiceOrder.h"
#include "knowledge/CaseLibrary.h"
#include "org/Branch.h"
#include "storage/FastQuery.h"
#include "survey/CommentThemes.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace servicelens::kpi {

namespace {

struct Approval {
    QString title;
    qint64 at = 0;
};

void add(OutcomeGroup &g, int resolutionWd, int visits, int reopened, int unknownInputs)
{
    ++g.orders;
    g.resolutionWd.push_back(resolutionWd);
    const bool visitsKnown = !(unknownInputs & flow::ServiceOrder::VisitsUnknown);
    const bool reopenKnown = !(unknownInputs & flow::ServiceOrder::ReopenedUnknown);
    if (visitsKnown && reopenKnown) {
        ++g.firstTimeFix.n;
        g.firstTimeFix.hits += visits <= 1 && reopened == 0;
    }
    if (reopenKnown) {
        ++g.reopened.n;
        g.reopened.hits += reopened > 0;
    }
}

} // namespace

std::optional<double> OutcomeGroup::resolutionMean() const
{
    if (resolutionWd.empty())
        return std::nullopt;
    double sum = 0;
    for (int d : resolutionWd)
        sum += d;
    return sum / double(resolutionWd.size());
}

Result<KnowledgeReport> KnowledgeReport::compute(Database &db, QDate firstMonth, QDate lastMonth,
                                                 bool history)
{
    KnowledgeReport report;
    report.from = QDate(firstMonth.year(), firstMonth.month(), 1);
    report.to = QDate(lastMonth.year(), lastMonth.month(), 1).addMonths(1).addDays(-1);
    auto calendar = flow::CalendarRepository(db).load();
    if (!calendar)
        return calendar.error();
    auto branches = BranchRepository(db).list();
    if (!branches)
        return branches.error();
    std::map<qint64, LocalTime> zones;
    for (const Branch &b : *branches)
        zones.emplace(b.id, b.localTime());

    // The first approved case of each fault code, and when it was approved.
    QHash<QString, Approval> approved;
    {
        FastQuery q(db, "SELECT fault_code, title, approved_at FROM service_case WHERE status = "
                        "'approved' AND fault_code <> '' AND approved_at IS NOT NULL ORDER BY "
                        "approved_at, id");
        while (q.next())
            if (!approved.contains(q.text(0)))
                approved.insert(q.text(0), {q.text(1), q.int64(2)});
        if (!q.status())
            return q.status().error();
    }

    // The orders closed in the months, and, for a code with a case, those closed in the twelve
    // months before its approval: branch by branch, through the index of closed orders
    // (branch_id, closed_at), from the earliest of those starts to the period's end.
    const int fromMonth = LocalTime::monthKey(report.from);
    const int toMonth = LocalTime::monthKey(report.to);
    constexpr qint64 yearBefore = 366 * 86400LL;
    std::map<QString, CaseEffectRow> effects;
    std::map<QString, CaseGap> gaps;
    FastQuery q(db, "SELECT o.fault_code, o.received_at, o.closed_at, o.visits, o.reopened, "
                    "o.unknown_inputs, o.closed_month, EXISTS (SELECT 1 FROM service_case_use u "
                    "WHERE u.order_id = o.id) FROM service_order o WHERE o.branch_id = ?1 AND "
                    "o.closed_at >= ?2 AND o.closed_at < ?3");
    for (const auto &[branchId, zone] : zones) {
        qint64 start = zone.startOfDay(report.from);
        if (history)
            for (const Approval &a : approved)
                start = std::min(start, a.at - yearBefore);
        q.reset();
        q.bind(1, branchId).bind(2, start).bind(3, zone.startOfDay(report.to.addDays(1)));
        while (q.next()) {
            const QString code = q.text(0);
            const qint64 closedAt = q.int64(2);
            const int closedMonth = int(q.int64(6));
            const bool inPeriod = closedMonth >= fromMonth && closedMonth <= toMonth;
            const auto approval = approved.constFind(code);
            const bool beforeCase = approval != approved.cend() && closedAt < approval->at &&
                                    closedAt >= approval->at - yearBefore;
            if (!inPeriod && !beforeCase)
                continue; // read for another code's year before its case
            const int wd =
                calendar->workingDaysAfter(zone.localDate(q.int64(1)), zone.localDate(closedAt));
            const int visits = int(q.int64(3));
            const int reopened = int(q.int64(4));
            const int unknown = int(q.int64(5));
            if (code.isEmpty()) {
                ++report.ordersWithoutCode;
                continue;
            }
            if (approval == approved.cend()) {
                CaseGap &g = gaps[code];
                g.faultCode = code;
                ++g.orders;
                g.workingDays += wd;
                continue;
            }
            CaseEffectRow &row = effects[code];
            if (beforeCase)
                add(row.before, wd, visits, reopened, unknown);
            else if (closedAt >= approval->at)
                add(row.after, wd, visits, reopened, unknown);
            if (inPeriod)
                add(q.int64(7) != 0 ? row.withCase : row.withoutCase, wd, visits, reopened,
                    unknown);
        }
        if (!q.status())
            return q.status().error();
    }

    for (auto &[code, row] : effects) {
        const Approval &a = approved[code];
        row.faultCode = code;
        row.caseTitle = a.title;
        row.approved = branches->empty() ? QDate() : branches->front().localTime().localDate(a.at);
        row.firstTimeFixDiffers =
            TrainingEffect::differs(row.withCase.firstTimeFix, row.withoutCase.firstTimeFix);
        row.reopenDiffers =
            TrainingEffect::differs(row.withCase.reopened, row.withoutCase.reopened);
        report.effects.push_back(std::move(row));
    }
    std::sort(report.effects.begin(), report.effects.end(),
              [](const CaseEffectRow &a, const CaseEffectRow &b) {
                  return a.withCase.orders != b.withCase.orders
                             ? a.withCase.orders > b.withCase.orders
                             : a.faultCode < b.faultCode;
              });
    for (auto &[code, g] : gaps) {
        g.resolutionMean =
            g.orders > 0 ? std::optional<double>(double(g.workingDays) / g.orders) : std::nullopt;
        report.gaps.push_back(g);
    }
    std::sort(report.gaps.begin(), report.gaps.end(), [](const CaseGap &a, const CaseGap &b) {
        return a.workingDays != b.workingDays ? a.workingDays > b.workingDays
                                              : a.faultCode < b.faultCode;
    });

    // Orders without a code: the phrases their descriptions repeat that no case holds.
    // (Branch by branch through the index of closed orders, newest first.)
    std::vector<std::pair<qint64, QString>> newest;
    {
        FastQuery d(db, "SELECT closed_at, description FROM service_order WHERE branch_id = ?1 AND "
                        "closed_at >= ?2 AND closed_at < ?3 AND fault_code = '' AND description "
                        "<> '' ORDER BY closed_at DESC LIMIT ?4");
        for (const auto &[branchId, zone] : zones) {
            d.reset();
            d.bind(1, branchId)
                .bind(2, zone.startOfDay(report.from))
                .bind(3, zone.startOfDay(report.to.addDays(1)))
                .bind(4, qint64(descriptionsLimit));
            while (d.next())
                newest.emplace_back(d.int64(0), d.text(1));
            if (!d.status())
                return d.status().error();
        }
    }
    std::sort(newest.begin(), newest.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    if (newest.size() > std::size_t(descriptionsLimit))
        newest.resize(std::size_t(descriptionsLimit));
    QStringList descriptions;
    for (const auto &[at, text] : newest)
        descriptions << text;
    report.descriptionsRead = descriptions.size();
    const knowledge::CaseLibrary library(db);
    // (The phrase finder loads its dictionary: not for nothing.)
    const auto themes = descriptions.isEmpty() ? std::vector<survey::CommentTheme>()
                                               : survey::CommentThemes::find(descriptions, 30);
    for (const survey::CommentTheme &theme : themes) {
        if (theme.comments.size() < 3)
            continue;
        auto held = library.search(theme.text, 1);
        if (!held)
            return held.error();
        if (held->empty())
            report.phrases.push_back({theme.text, qint64(theme.comments.size())});
    }
    std::stable_sort(report.phrases.begin(), report.phrases.end(),
                     [](const PhraseGap &a, const PhraseGap &b) { return a.orders > b.orders; });
    return report;
}

} // namespace servicelens::kpi
