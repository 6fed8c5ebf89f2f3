// SPDX-License-Identifier: GPL-3.0-or-later
#include "KpiSection.h"

#include <algorithm>

namespace servicelens::kpi {

void TechnicianFigures::fill(const KpiReference &c, const TechnicianTallies &technicians,
                             MonthKpis &k)
{
    std::map<QString, TechnicianTally> teams;
    for (const auto &[id, tally] : technicians) {
        TechnicianKpis t = tally.figures();
        const auto who = c.staff.find(id);
        t.code = who != c.staff.end() ? who->second.first : QString::number(id);
        t.name = who != c.staff.end() ? who->second.second : QString();
        const auto team = c.teams.find(id);
        t.team = team != c.teams.end() ? team->second : QString();
        k.technicians.push_back(t);
        teams[t.team].add(tally);
    }
    for (const auto &[name, tally] : teams) {
        TechnicianKpis t = tally.figures();
        t.code = name;
        t.name = name;
        t.team = name;
        k.teams.push_back(t);
    }
    std::sort(k.technicians.begin(), k.technicians.end(),
              [](const TechnicianKpis &a, const TechnicianKpis &b) { return a.code < b.code; });
}

} // namespace servicelens::kpi
