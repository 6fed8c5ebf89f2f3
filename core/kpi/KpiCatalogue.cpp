// SPDX-License-Identifier: GPL-3.0-or-later
#include "KpiCatalogue.h"

#include <QString>

namespace servicelens::kpi {

namespace {

std::optional<double> count(qint64 v)
{
    return static_cast<double>(v);
}

// Shorter rows below: the unit, the direction and the section are spelled once each.
constexpr KpiSection O = KpiSection::Orders;
constexpr KpiSection S = KpiSection::Surveys;
constexpr KpiSection I = KpiSection::Inspections;
constexpr KpiSection E = KpiSection::Equipment;
constexpr KpiSection N = KpiSection::Incidents;

// A figure of a branch's duties: none when they were not computed.
template <typename Section, typename Get>
std::optional<double> duty(const std::optional<Section> &section, Get get)
{
    return section ? get(*section) : std::optional<double>();
}
constexpr Better up = Better::Higher;
constexpr Better down = Better::Lower;
constexpr Better neither = Better::Neither;

} // namespace

bool KpiCatalogue::computed(const KpiDefinition &d, const MonthKpis &k)
{
    switch (d.section) {
    case KpiSection::Equipment:
        return k.equipment.has_value();
    case KpiSection::Incidents:
        return k.incidents.has_value();
    default:
        break;
    }
    return true;
}

QString KpiDefinition::jsonName() const
{
    const QString k = QString::fromLatin1(key);
    return k.mid(k.indexOf(QLatin1Char('.')) + 1);
}

const std::vector<KpiDefinition> &KpiCatalogue::all()
{
    // KPI.md's order, which `kpi --json` keeps. Definitions in KPI.md; the meaning is what a
    // manager reads on hovering the figure.
    static const std::vector<KpiDefinition> rows = {
        {"orders.received", O, KpiUnit::Count, neither, QT_TRANSLATE_NOOP("Kpi", "Orders received"),
         QT_TRANSLATE_NOOP("Kpi", "Received"),
         QT_TRANSLATE_NOOP("Kpi", "Orders received in the month."), 0,
         [](const MonthKpis &k) { return count(k.orders.received); }, &KpiTargets::ordersReceived},
        {"orders.closed", O, KpiUnit::Count, neither, QT_TRANSLATE_NOOP("Kpi", "Orders closed"),
         QT_TRANSLATE_NOOP("Kpi", "Closed"),
         QT_TRANSLATE_NOOP("Kpi", "Orders closed in the month."), 0,
         [](const MonthKpis &k) { return count(k.orders.closed); }, nullptr},
        {"orders.complaints", O, KpiUnit::Count, down, QT_TRANSLATE_NOOP("Kpi", "Complaints"),
         QT_TRANSLATE_NOOP("Kpi", "Complaints"),
         QT_TRANSLATE_NOOP("Kpi", "Orders received in the month flagged as complaints."), 0,
         [](const MonthKpis &k) { return count(k.orders.complaints); }, nullptr},
        {"orders.complaint_rate", O, KpiUnit::Rate, down,
         QT_TRANSLATE_NOOP("Kpi", "Complaint rate"), QT_TRANSLATE_NOOP("Kpi", "Complaint rate"),
         QT_TRANSLATE_NOOP("Kpi", "Orders received in the month flagged as complaints, divided "
                                  "by the orders received."),
         1, [](const MonthKpis &k) { return k.orders.complaintRate; }, &KpiTargets::complaintRate},
        {"orders.backlog_end", O, KpiUnit::Count, down,
         QT_TRANSLATE_NOOP("Kpi", "Backlog at month end"),
         QT_TRANSLATE_NOOP("Kpi", "Backlog at month end"),
         QT_TRANSLATE_NOOP("Kpi", "Orders received before the end of the month and not closed "
                                  "before it."),
         0, [](const MonthKpis &k) { return count(k.orders.backlogEnd); }, &KpiTargets::backlogEnd},
        {"orders.response_hours_mean", O, KpiUnit::Hours, down,
         QT_TRANSLATE_NOOP("Kpi", "Mean response (hours)"),
         QT_TRANSLATE_NOOP("Kpi", "Mean response (hours)"),
         QT_TRANSLATE_NOOP("Kpi", "Calendar hours from receiving an order to its first "
                                  "response, averaged over the orders received in the month "
                                  "that were responded to."),
         2, [](const MonthKpis &k) { return k.orders.responseHoursMean; }, nullptr},
        {"orders.response_within_target_rate", O, KpiUnit::Rate, up,
         QT_TRANSLATE_NOOP("Kpi", "Responded within target"),
         QT_TRANSLATE_NOOP("Kpi", "Responded within target"),
         QT_TRANSLATE_NOOP("Kpi", "Orders received in the month that were responded to within "
                                  "their priority's response target (never responded counts as "
                                  "a miss), out of the orders received."),
         1, [](const MonthKpis &k) { return k.orders.responseWithinTargetRate; },
         &KpiTargets::responseWithinTarget},
        {"orders.resolution_wd_mean", O, KpiUnit::WorkingDays, down,
         QT_TRANSLATE_NOOP("Kpi", "Resolution, working days (mean)"),
         QT_TRANSLATE_NOOP("Kpi", "Resolution, working days (mean)"),
         QT_TRANSLATE_NOOP("Kpi", "Working days after the day an order was received up to the "
                                  "day it was closed (closed the same day = 0), averaged over "
                                  "the orders closed in the month."),
         2, [](const MonthKpis &k) { return k.orders.resolutionWdMean; },
         &KpiTargets::resolutionWdMean},
        {"orders.resolution_wd_median", O, KpiUnit::WorkingDays, down,
         QT_TRANSLATE_NOOP("Kpi", "Resolution, working days (median)"),
         QT_TRANSLATE_NOOP("Kpi", "Resolution, working days (median)"),
         QT_TRANSLATE_NOOP("Kpi", "Half the orders closed in the month took at most this many "
                                  "working days."),
         1, [](const MonthKpis &k) { return k.orders.resolutionWdMedian; }, nullptr},
        {"orders.resolution_wd_p90", O, KpiUnit::WorkingDays, down,
         QT_TRANSLATE_NOOP("Kpi", "Resolution, working days (p90)"),
         QT_TRANSLATE_NOOP("Kpi", "Resolution, working days (p90)"),
         QT_TRANSLATE_NOOP("Kpi", "Nine in ten orders closed in the month took at most this "
                                  "many working days."),
         0, [](const MonthKpis &k) { return k.orders.resolutionWdP90; }, nullptr},
        {"orders.resolution_within_target_rate", O, KpiUnit::Rate, up,
         QT_TRANSLATE_NOOP("Kpi", "Resolved within target"),
         QT_TRANSLATE_NOOP("Kpi", "Resolved within target"),
         QT_TRANSLATE_NOOP("Kpi", "Orders closed in the month that met their resolution "
                                  "target: their own deadline, or their SLA policy's working "
                                  "days."),
         1, [](const MonthKpis &k) { return k.orders.resolutionWithinTargetRate; }, nullptr},
        {"orders.sla_met_rate", O, KpiUnit::Rate, up, QT_TRANSLATE_NOOP("Kpi", "SLA met"),
         QT_TRANSLATE_NOOP("Kpi", "SLA met"),
         QT_TRANSLATE_NOOP("Kpi", "Orders closed in the month that met both their response and "
                                  "their resolution target."),
         1, [](const MonthKpis &k) { return k.orders.slaMetRate; }, &KpiTargets::slaMet},
        {"orders.first_time_fix_rate", O, KpiUnit::Rate, up,
         QT_TRANSLATE_NOOP("Kpi", "First-time fix"), QT_TRANSLATE_NOOP("Kpi", "First-time fix"),
         QT_TRANSLATE_NOOP("Kpi", "Orders closed in the month with at most one visit and never "
                                  "reopened."),
         1, [](const MonthKpis &k) { return k.orders.firstTimeFixRate; },
         &KpiTargets::firstTimeFix},
        {"orders.reopen_rate", O, KpiUnit::Rate, down, QT_TRANSLATE_NOOP("Kpi", "Reopened"),
         QT_TRANSLATE_NOOP("Kpi", "Reopened"),
         QT_TRANSLATE_NOOP("Kpi", "Orders closed in the month that had been reopened at "
                                  "least once."),
         1, [](const MonthKpis &k) { return k.orders.reopenRate; }, nullptr},

        {"surveys.invitations", S, KpiUnit::Count, neither,
         QT_TRANSLATE_NOOP("Kpi", "Surveys sent"), QT_TRANSLATE_NOOP("Kpi", "Invitations"),
         QT_TRANSLATE_NOOP("Kpi", "Satisfaction surveys sent in the month."), 0,
         [](const MonthKpis &k) { return count(k.surveys.invitations); }, nullptr},
        {"surveys.responses", S, KpiUnit::Count, neither,
         QT_TRANSLATE_NOOP("Kpi", "Survey responses"), QT_TRANSLATE_NOOP("Kpi", "Responses"),
         QT_TRANSLATE_NOOP("Kpi", "Surveys answered in the month."), 0,
         [](const MonthKpis &k) { return count(k.surveys.responses); }, nullptr},
        {"surveys.response_rate", S, KpiUnit::Rate, up,
         QT_TRANSLATE_NOOP("Kpi", "Survey response rate"),
         QT_TRANSLATE_NOOP("Kpi", "Response rate"),
         QT_TRANSLATE_NOOP("Kpi", "Surveys sent in the month that were answered, out of "
                                  "those sent."),
         1, [](const MonthKpis &k) { return k.surveys.responseRate; }, nullptr},
        {"surveys.csat", S, KpiUnit::Rate, up,
         QT_TRANSLATE_NOOP("Kpi", "Customer satisfaction (CSAT)"), QT_TRANSLATE_NOOP("Kpi", "CSAT"),
         QT_TRANSLATE_NOOP("Kpi", "Share of answers to the overall satisfaction question (1–5) "
                                  "that are 4 or 5, over the survey responses of the month."),
         1, [](const MonthKpis &k) { return k.surveys.csat; }, &KpiTargets::csat},
        {"surveys.nps", S, KpiUnit::Nps, up, QT_TRANSLATE_NOOP("Kpi", "Net promoter score (NPS)"),
         QT_TRANSLATE_NOOP("Kpi", "NPS"),
         QT_TRANSLATE_NOOP("Kpi", "100 × (answers 9–10 minus answers 0–6) / answers to the "
                                  "recommendation question (0–10) in the month."),
         0, [](const MonthKpis &k) { return k.surveys.nps; }, nullptr},

        {"inspections.completed", I, KpiUnit::Count, neither,
         QT_TRANSLATE_NOOP("Kpi", "Inspections completed"), QT_TRANSLATE_NOOP("Kpi", "Completed"),
         QT_TRANSLATE_NOOP("Kpi", "Inspections completed in the month."), 0,
         [](const MonthKpis &k) { return count(k.inspections.completed); }, nullptr},
        {"inspections.mean_score", I, KpiUnit::Score, up,
         QT_TRANSLATE_NOOP("Kpi", "Mean inspection score"), QT_TRANSLATE_NOOP("Kpi", "Mean score"),
         QT_TRANSLATE_NOOP("Kpi", "The mean score (0–100) of the inspections completed in the "
                                  "month."),
         1, [](const MonthKpis &k) { return k.inspections.meanScore; }, nullptr},
        {"inspections.failed", I, KpiUnit::Count, down,
         QT_TRANSLATE_NOOP("Kpi", "Inspections failed"), QT_TRANSLATE_NOOP("Kpi", "Failed"),
         QT_TRANSLATE_NOOP("Kpi", "Inspections completed in the month below the pass score or "
                                  "with a critical item failed."),
         0, [](const MonthKpis &k) { return count(k.inspections.failed); }, nullptr},
        {"inspections.actions_open_end", I, KpiUnit::Count, down,
         QT_TRANSLATE_NOOP("Kpi", "Corrective actions open at month end"),
         QT_TRANSLATE_NOOP("Kpi", "Actions open at month end"),
         QT_TRANSLATE_NOOP("Kpi", "Corrective actions created before the month's end and not "
                                  "done before it."),
         0, [](const MonthKpis &k) { return count(k.inspections.actionsOpenEnd); }, nullptr},
        {"inspections.actions_overdue_end", I, KpiUnit::Count, down,
         QT_TRANSLATE_NOOP("Kpi", "… of them overdue"),
         QT_TRANSLATE_NOOP("Kpi", "… of them overdue"),
         QT_TRANSLATE_NOOP("Kpi", "Of the actions open at the month's end, those due on or "
                                  "before its last day."),
         0, [](const MonthKpis &k) { return count(k.inspections.actionsOverdueEnd); }, nullptr},
        {"inspections.actions_on_time_rate", I, KpiUnit::Rate, up,
         QT_TRANSLATE_NOOP("Kpi", "Corrective actions done on time"),
         QT_TRANSLATE_NOOP("Kpi", "Actions done on time"),
         QT_TRANSLATE_NOOP("Kpi", "Corrective actions due in the month that were done by their "
                                  "due date."),
         1, [](const MonthKpis &k) { return k.inspections.actionsOnTimeRate; }, nullptr},

        {"equipment.maintenance_done", E, KpiUnit::Count, neither,
         QT_TRANSLATE_NOOP("Kpi", "Maintenance done"), QT_TRANSLATE_NOOP("Kpi", "Maintenance done"),
         QT_TRANSLATE_NOOP("Kpi", "Maintenance records of the branch's equipment dated in the "
                                  "month."),
         0,
         [](const MonthKpis &k) {
             return duty(k.equipment,
                         [](const EquipmentKpis &e) { return count(e.maintenanceDone); });
         },
         nullptr},
        {"equipment.overdue_end", E, KpiUnit::Count, down,
         QT_TRANSLATE_NOOP("Kpi", "Maintenance overdue at month end"),
         QT_TRANSLATE_NOOP("Kpi", "Overdue at month end"),
         QT_TRANSLATE_NOOP("Kpi", "Maintenance plans overdue on the month's last day, by the due "
                                  "list computed for that day."),
         0,
         [](const MonthKpis &k) {
             return duty(k.equipment, [](const EquipmentKpis &e) { return count(e.overdueEnd); });
         },
         nullptr},
        {"equipment.due_soon_end", E, KpiUnit::Count, neither,
         QT_TRANSLATE_NOOP("Kpi", "Maintenance due in the week after"),
         QT_TRANSLATE_NOOP("Kpi", "Due in the week after"),
         QT_TRANSLATE_NOOP("Kpi", "Maintenance plans due within the seven days after the month's "
                                  "last day."),
         0,
         [](const MonthKpis &k) {
             return duty(k.equipment, [](const EquipmentKpis &e) { return count(e.dueSoonEnd); });
         },
         nullptr},
        {"equipment.failures", E, KpiUnit::Count, down,
         QT_TRANSLATE_NOOP("Kpi", "Equipment breakdowns"), QT_TRANSLATE_NOOP("Kpi", "Breakdowns"),
         QT_TRANSLATE_NOOP("Kpi", "Breakdowns of the branch's equipment that began in the month."),
         0,
         [](const MonthKpis &k) {
             return duty(k.equipment, [](const EquipmentKpis &e) { return count(e.failures); });
         },
         nullptr},
        {"equipment.downtime_hours", E, KpiUnit::Hours, down,
         QT_TRANSLATE_NOOP("Kpi", "Equipment downtime (working-day h)"),
         QT_TRANSLATE_NOOP("Kpi", "Downtime (working-day hours)"),
         QT_TRANSLATE_NOOP("Kpi", "Hours of the calendar's working days within the month during "
                                  "which a piece was down, summed over the pieces."),
         1,
         [](const MonthKpis &k) {
             return duty(k.equipment, [](const EquipmentKpis &e) {
                 return std::optional<double>(e.downtimeHours);
             });
         },
         nullptr},
        {"equipment.mttr_hours", E, KpiUnit::Hours, down,
         QT_TRANSLATE_NOOP("Kpi", "Mean time to repair (working-day hours)"),
         QT_TRANSLATE_NOOP("Kpi", "MTTR (working-day hours)"),
         QT_TRANSLATE_NOOP("Kpi", "Working-day hours from a breakdown to its repair, averaged over "
                                  "the repairs of the month."),
         1,
         [](const MonthKpis &k) {
             return duty(k.equipment, [](const EquipmentKpis &e) { return e.mttrHours; });
         },
         nullptr},
        {"equipment.orders_waited", E, KpiUnit::Count, down,
         QT_TRANSLATE_NOOP("Kpi", "Orders that waited for equipment"),
         QT_TRANSLATE_NOOP("Kpi", "Orders that waited"),
         QT_TRANSLATE_NOOP("Kpi", "Orders that waited for a broken piece at some time in the "
                                  "month."),
         0,
         [](const MonthKpis &k) {
             return duty(k.equipment, [](const EquipmentKpis &e) { return count(e.ordersWaited); });
         },
         nullptr},

        {"incidents.opened", N, KpiUnit::Count, neither,
         QT_TRANSLATE_NOOP("Kpi", "Incidents opened"), QT_TRANSLATE_NOOP("Kpi", "Opened"),
         QT_TRANSLATE_NOOP("Kpi", "Incidents opened in the month, drills left out."), 0,
         [](const MonthKpis &k) {
             return duty(k.incidents, [](const IncidentKpis &i) { return count(i.opened); });
         },
         nullptr},
        {"incidents.closed", N, KpiUnit::Count, neither,
         QT_TRANSLATE_NOOP("Kpi", "Incidents closed"), QT_TRANSLATE_NOOP("Kpi", "Closed"),
         QT_TRANSLATE_NOOP("Kpi", "Incidents closed in the month, drills left out."), 0,
         [](const MonthKpis &k) {
             return duty(k.incidents, [](const IncidentKpis &i) { return count(i.closed); });
         },
         nullptr},
        {"incidents.open_end", N, KpiUnit::Count, down,
         QT_TRANSLATE_NOOP("Kpi", "Incidents open at month end"),
         QT_TRANSLATE_NOOP("Kpi", "Open at month end"),
         QT_TRANSLATE_NOOP("Kpi", "Incidents opened before the month's end and not closed before "
                                  "it, drills left out."),
         0,
         [](const MonthKpis &k) {
             return duty(k.incidents, [](const IncidentKpis &i) { return count(i.openEnd); });
         },
         nullptr},
        {"incidents.drills", N, KpiUnit::Count, neither, QT_TRANSLATE_NOOP("Kpi", "Drills held"),
         QT_TRANSLATE_NOOP("Kpi", "Drills"),
         QT_TRANSLATE_NOOP("Kpi", "Drills opened in the month: counted here, and in no other "
                                  "figure."),
         0,
         [](const MonthKpis &k) {
             return duty(k.incidents, [](const IncidentKpis &i) { return count(i.drills); });
         },
         nullptr},
    };
    return rows;
}

const KpiDefinition *KpiCatalogue::find(QStringView key)
{
    for (const KpiDefinition &d : all())
        if (key == QLatin1String(d.key))
            return &d;
    return nullptr;
}

const KpiDefinition &KpiCatalogue::at(const char *key)
{
    const KpiDefinition *d = find(QString::fromLatin1(key));
    Q_ASSERT_X(d, "KpiCatalogue::at", key);
    return d ? *d : all().front();
}

std::vector<const KpiDefinition *> KpiCatalogue::section(KpiSection section)
{
    std::vector<const KpiDefinition *> out;
    for (const KpiDefinition &d : all())
        if (d.section == section)
            out.push_back(&d);
    return out;
}

const std::vector<const char *> &KpiCatalogue::reportRows()
{
    static const std::vector<const char *> rows = {
        "orders.received",
        "orders.closed",
        "orders.backlog_end",
        "orders.response_hours_mean",
        "orders.response_within_target_rate",
        "orders.resolution_wd_mean",
        "orders.resolution_wd_p90",
        "orders.sla_met_rate",
        "orders.first_time_fix_rate",
        "orders.reopen_rate",
        "orders.complaints",
        "orders.complaint_rate",
        "surveys.invitations",
        "surveys.response_rate",
        "surveys.csat",
        "surveys.nps",
        "inspections.completed",
        "inspections.mean_score",
        "inspections.failed",
        "inspections.actions_open_end",
        "inspections.actions_overdue_end",
        "equipment.maintenance_done",
        "equipment.overdue_end",
        "equipment.failures",
        "equipment.downtime_hours",
        "equipment.orders_waited",
        "incidents.opened",
        "incidents.closed",
        "incidents.open_end",
        "incidents.drills",
    };
    return rows;
}

const std::vector<const char *> &KpiCatalogue::coverTiles()
{
    static const std::vector<const char *> tiles = {
        "orders.received",       "orders.sla_met_rate", "orders.first_time_fix_rate",
        "orders.complaint_rate", "surveys.csat",        "surveys.nps"};
    return tiles;
}

QString KpiCatalogue::label(const KpiDefinition &d)
{
    return tr(d.label);
}

QString KpiCatalogue::shortLabel(const KpiDefinition &d)
{
    return tr(d.shortLabel);
}

std::optional<QString> KpiCatalogue::missingInputs(const KpiDefinition &d, const MonthKpis &k)
{
    const OrderKpis &o = k.orders;
    struct Need {
        const char *key;
        qint64 OrderKpis::*base;  // the orders the figure is about
        qint64 OrderKpis::*known; // those whose inputs are known
        const char *columns;
    };
    static const Need needs[] = {
        {"orders.response_hours_mean", &OrderKpis::received, &OrderKpis::responseKnown,
         "responded_at"},
        {"orders.response_within_target_rate", &OrderKpis::received, &OrderKpis::responseKnown,
         "responded_at"},
        {"orders.sla_met_rate", &OrderKpis::closed, &OrderKpis::closedResponseKnown,
         "responded_at"},
        {"orders.first_time_fix_rate", &OrderKpis::closed, &OrderKpis::firstTimeFixKnown,
         "visits, reopened"},
        {"orders.reopen_rate", &OrderKpis::closed, &OrderKpis::reopenKnown, "reopened"},
    };
    for (const Need &n : needs)
        if (qstrcmp(d.key, n.key) == 0)
            return o.*(n.base) > 0 && o.*(n.known) == 0
                       ? std::optional<QString>(QLatin1String(n.columns))
                       : std::nullopt;
    return std::nullopt;
}

std::optional<qint64> KpiCatalogue::sampleSize(const KpiDefinition &d, const MonthKpis &k)
{
    static const std::pair<const char *, qint64 OrderKpis::*> denominators[] = {
        {"orders.complaint_rate", &OrderKpis::received},
        {"orders.response_within_target_rate", &OrderKpis::responseKnown},
        {"orders.resolution_within_target_rate", &OrderKpis::closed},
        {"orders.sla_met_rate", &OrderKpis::closedResponseKnown},
        {"orders.first_time_fix_rate", &OrderKpis::firstTimeFixKnown},
        {"orders.reopen_rate", &OrderKpis::reopenKnown},
    };
    for (const auto &[key, n] : denominators)
        if (qstrcmp(d.key, key) == 0)
            return k.orders.*n;
    return std::nullopt;
}

QString KpiCatalogue::notInDataText()
{
    return tr("not in the data");
}

QString KpiCatalogue::notInDataExplanation(const QString &columns)
{
    return tr("Not in the data: the orders of this period came from files without %1, so this "
              "figure cannot be computed (it is not 0).")
        .arg(columns);
}

QString KpiCatalogue::meaning(const KpiDefinition &d)
{
    return tr(d.meaning);
}

std::optional<double> KpiCatalogue::target(const KpiDefinition &d, const KpiTargets &targets)
{
    if (!d.target)
        return std::nullopt;
    // A count's target is optional: 0 means none was set.
    if (d.unit == KpiUnit::Count && targets.*d.target <= 0)
        return std::nullopt;
    return targets.*d.target;
}

std::optional<bool> KpiCatalogue::meetsTarget(const KpiDefinition &d,
                                              const std::optional<double> &value,
                                              const KpiTargets &targets)
{
    const auto t = target(d, targets);
    if (!value || !t)
        return std::nullopt;
    // A volume's target is a capacity: met at or below it.
    return d.better == Better::Higher ? *value >= *t : *value <= *t;
}

KpiTargets::Rating KpiCatalogue::rate(const KpiDefinition &d, const std::optional<double> &value,
                                      const KpiTargets &targets)
{
    const auto t = target(d, targets);
    if (!t)
        return KpiTargets::Rating::Unknown;
    // A volume's target is a capacity: met at or below it.
    return KpiTargets::rate(value, *t, d.better == Better::Higher);
}

} // namespace servicelens::kpi
