// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectionAnalysis.h"

#include "common/LocalTime.h"
#include "common/Statistics.h"
#include "inspection/InspectionRepository.h"
#include "inspection/TemplateRepository.h"
#include "kpi/KpiEngine.h"
#include "org/Branch.h"

#include <QTimeZone>

#include <map>

namespace servicelens::kpi {

Result<InspectionAnalysisData> InspectionAnalysis::compute(Database &db, const Branch &branch,
                                                           const QString &templateCode,
                                                           QDate lastMonth, int months)
{
    InspectionAnalysisData data;
    inspection::TemplateRepository templates(db);
    auto latest = templates.latest(templateCode);
    if (!latest)
        return latest.error();
    if (*latest)
        for (const inspection::TemplateSection &s : (*latest)->sections)
            data.sections.push_back(s.title);

    const QDate last(lastMonth.year(), lastMonth.month(), 1);
    const QDate first = last.addMonths(-(months - 1));
    kpi::KpiEngine engine(db);
    for (QDate m = first; m <= last; m = m.addMonths(1)) {
        InspectionMonth month;
        month.month = m;
        auto k = engine.inspections(branch, m);
        if (!k)
            return k.error();
        month.kpis = *k;
        month.passRate = stats::rate(k->completed - k->failed, k->completed);
        month.sectionMeans.assign(data.sections.size(), std::nullopt);
        data.months.push_back(std::move(month));
    }

    // Per-section means and findings per item, from the completed inspections of the period.
    inspection::InspectionRepository inspections(db);
    auto rows = inspections.list(branch.id);
    if (!rows)
        return rows.error();
    const LocalTime local = branch.localTime();
    std::map<qint64, inspection::InspectionTemplate> cache;
    std::vector<std::vector<std::vector<double>>> sectionScores(
        data.months.size(), std::vector<std::vector<double>>(data.sections.size()));
    std::map<QString, FailedItem> items;
    for (const inspection::InspectionListRow &row : *rows) {
        const inspection::Inspection &i = row.inspection;
        if (row.templateCode != templateCode || i.status != inspection::InspectionStatus::Completed)
            continue;
        const QDate day = local.localDate(*i.completedAt);
        if (day < first || day >= last.addMonths(1))
            continue;
        const std::size_t index = static_cast<std::size_t>((day.year() - first.year()) * 12 +
                                                           day.month() - first.month());
        auto it = cache.find(i.templateId);
        if (it == cache.end()) {
            auto t = templates.byId(i.templateId);
            if (!t)
                return t.error();
            if (!*t)
                continue;
            it = cache.emplace(i.templateId, std::move(**t)).first;
        }
        const inspection::InspectionTemplate &t = it->second;
        auto answers = inspections.answers(i.id);
        if (!answers)
            return answers.error();
        const auto perSection = inspection::Scoring::sectionScores(t, *answers);
        for (std::size_t s = 0; s < t.sections.size(); ++s) {
            if (!perSection[s])
                continue;
            for (std::size_t d = 0; d < data.sections.size(); ++d)
                if (data.sections[d].en == t.sections[s].title.en)
                    sectionScores[index][d].push_back(*perSection[s]);
        }
        for (const inspection::Answer &a : *answers) {
            const inspection::TemplateItem *item = t.itemById(a.itemId);
            if (!item || !inspection::Scoring::fraction(*item, &a))
                continue;
            FailedItem &f = items[item->code];
            f.code = item->code;
            f.text = item->text;
            if (const inspection::TemplateSection *s = t.sectionOf(item->code))
                f.section = s->title;
            ++f.answered;
            f.findings += inspection::Scoring::isFinding(*item, &a) ? 1 : 0;
        }
    }
    for (std::size_t m = 0; m < data.months.size(); ++m)
        for (std::size_t s = 0; s < data.sections.size(); ++s)
            data.months[m].sectionMeans[s] = stats::mean(sectionScores[m][s]);
    for (auto &[code, f] : items)
        if (f.findings > 0)
            data.mostFailed.push_back(f);
    std::stable_sort(
        data.mostFailed.begin(), data.mostFailed.end(),
        [](const FailedItem &a, const FailedItem &b) { return a.findings > b.findings; });
    if (data.mostFailed.size() > 10)
        data.mostFailed.resize(10);
    return data;
}

} // namespace servicelens::kpi
