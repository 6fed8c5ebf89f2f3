// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlaImporter.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace servicelens::flow {

using Outcome = io::CsvImport::Outcome;

namespace {
enum Column { PriorityCol, CategoryCol, ResponseCol, ResolutionCol, PauseCol };
}

const io::ImportShape &SlaImporter::shape()
{
    static const io::ImportShape shape{
        {{"priority", "优先级", false, "紧急程度|Priority"},
         {"category", "类别", false, "产品类别|品类|服务类别|Category|Type"},
         {"response_hours", "响应时限", false, "响应时限(小时)|响应小时|Response hours"},
         {"resolution_working_days", "解决时限", false,
          "解决时限(工作日)|完成时限|Resolution working days|resolution_wd"},
         {"pause_while_waiting", "等待时暂停", false, "等待暂停|Pause while waiting"}},
        {ResponseCol, ResolutionCol},
        {QStringLiteral("sla_policy")}};
    return shape;
}

SlaImporter::SlaImporter(Database &db)
    : m_repository(db)
{}

Status SlaImporter::prepare(const io::CsvImport &)
{
    auto before = m_repository.list();
    if (!before)
        return before.error();
    m_before = std::move(*before);
    return {};
}

Result<Outcome> SlaImporter::row(io::CsvImport::Row &row)
{
    SlaPolicy p;
    const QString priorityText = row.cell(PriorityCol);
    if (!priorityText.isEmpty()) {
        p.priority = FlowNames::priority(priorityText);
        if (!p.priority)
            row.issue(PriorityCol, priorityText,
                      tr("expected urgent 紧急, high 高, normal 普通, low 低, or blank for any"));
    }
    p.category = row.cell(CategoryCol);
    const QString hoursText = row.cell(ResponseCol);
    bool ok = false;
    p.responseHours = QLocale::c().toDouble(hoursText, &ok);
    if (!ok || !(p.responseHours > 0) || !std::isfinite(p.responseHours))
        row.issue(ResponseCol, hoursText,
                  tr("expected a number of hours above 0, such as 4 or 0.5"));
    const QString daysText = row.cell(ResolutionCol);
    p.resolutionWorkingDays = daysText.toInt(&ok);
    if (!ok || p.resolutionWorkingDays < 0)
        row.issue(ResolutionCol, daysText,
                  tr("expected a whole number of working days, 0 or more"));
    const QString pauseText = row.cell(PauseCol);
    if (!pauseText.isEmpty()) {
        const auto pause = io::CsvImport::parseBoolean(pauseText);
        if (!pause)
            row.issue(PauseCol, pauseText, tr("expected yes or no (是/否, 1/0)"));
        p.pauseWhileWaiting = pause.value_or(false);
    }
    for (const auto &[earlier, line] : m_rows)
        if (earlier.sameScope(p)) {
            row.issue(-1, QString(),
                      tr("line %1 already sets the targets for %2").arg(line).arg(p.scopeText()));
            break;
        }
    if (!row.ok())
        return Outcome::Unchanged; // rejected by the frame
    m_rows.emplace_back(p, row.line());
    const auto old = std::find_if(m_before.begin(), m_before.end(),
                                  [&](const SlaPolicy &o) { return o.sameScope(p); });
    if (old == m_before.end())
        return Outcome::Inserted;
    return old->sameTargets(p) && old->category == p.category ? Outcome::Unchanged
                                                              : Outcome::Updated;
}

Status SlaImporter::finish(const io::ImportSummary &)
{
    // The file replaces the table: one with no row would silently remove every policy.
    if (m_rows.empty())
        return makeError(ErrorKind::InvalidInput,
                         tr("The file has no policy rows; the SLA policies were left as they "
                            "are."));
    std::vector<SlaPolicy> policies;
    for (const auto &[p, line] : m_rows)
        policies.push_back(p);
    return m_repository.replaceAll(policies);
}

QStringList SlaImporter::notes(const io::CsvImport &frame) const
{
    QStringList removed;
    for (const SlaPolicy &old : m_before)
        if (std::none_of(m_rows.begin(), m_rows.end(),
                         [&](const auto &row) { return row.first.sameScope(old); }))
            removed << old.scopeText();
    if (removed.isEmpty())
        return {};
    const int n = static_cast<int>(removed.size());
    const QString list = removed.join(QStringLiteral("; "));
    if (frame.options().dryRun)
        return {tr("The file would replace the policy table and remove %n earlier row(s) not in "
                   "it (%1).",
                   nullptr, n)
                    .arg(list)};
    return {tr("The file replaces the policy table and removes %n earlier row(s) not in it (%1). "
               "Orders no row matches keep KPI.md's default for their priority.",
               nullptr, n)
                .arg(list)};
}

} // namespace servicelens::flow
