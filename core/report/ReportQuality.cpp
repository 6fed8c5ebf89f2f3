// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportQuality.h"

#include "DefectFeedback.h"
#include "ReportText.h"

#include "kpi/CaseEffect.h"
#include "kpi/DefectTrends.h"
#include "org/FaultCodes.h"

namespace servicelens::report {

Status ReportQuality::add(Database &db, QDate month, const ReportText &tx, MonthlyReport &r)
{
    QHash<QString, QString> names;
    auto faults = org::FaultCatalogue(db).load();
    if (!faults)
        return faults.error();
    for (const org::FaultCode &c : faults->codes)
        names.insert(c.code, tx.chinese() || c.nameEn.isEmpty() ? c.name : c.nameEn);
    const auto faultText = [&names](const QString &code) {
        const QString name = names.value(code);
        return name.isEmpty() ? code : code + QLatin1Char(' ') + name;
    };

    auto defects = kpi::DefectReport::read(db, month.year() * 100 + month.month());
    if (!defects)
        return defects.error();
    for (const kpi::DefectModel &d : defects->models) {
        if (!d.signalled())
            break; // the signalled ones come first
        const kpi::ChartMonth &m = d.month();
        ReportDefect row{d.model,  d.category, d.kind == kpi::ChartKind::U, m.count, d.base, m.rate,
                         m.centre, m.upper,    signalWords(tx, d.alarms()), {}};
        QStringList codes;
        for (const kpi::DefectFault &f : d.faults) {
            QString text = QStringLiteral("%1 ×%2").arg(faultText(f.code)).arg(f.n);
            if (!f.alarms.isEmpty())
                text += QStringLiteral(" (%1)").arg(signalWords(tx, f.alarms));
            codes << text;
            if (codes.size() == 3)
                break;
        }
        row.faults = codes.join(QStringLiteral("; "));
        r.defects.push_back(row);
    }

    // The month's orders only: the report shows with against without, not before against after.
    auto knowledge = kpi::KnowledgeReport::compute(db, month, month, false);
    if (!knowledge)
        return knowledge.error();
    for (const kpi::CaseEffectRow &e : knowledge->effects)
        if (e.withCase.orders + e.withoutCase.orders > 0)
            r.caseEffects.push_back({faultText(e.faultCode), e.caseTitle, e.withCase.orders,
                                     e.withCase.resolutionMean(), e.withoutCase.orders,
                                     e.withoutCase.resolutionMean(), e.withCase.firstTimeFix.rate(),
                                     e.withoutCase.firstTimeFix.rate(), e.firstTimeFixDiffers});
    for (const kpi::CaseGap &g : knowledge->gaps) {
        r.caseGaps.push_back({faultText(g.faultCode), g.orders, g.workingDays});
        if (r.caseGaps.size() == 10)
            break;
    }
    return {};
}

} // namespace servicelens::report
