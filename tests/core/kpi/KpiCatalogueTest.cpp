// SPDX-License-Identifier: GPL-3.0-or-later
// The KPI catalogue: one definition per figure of KPI.md, read by every view. These tests pin
// what the views rely on: keys, the JSON's order, directions, targets, both languages, and the
// month-end rule for corrective actions.
#include "TestSupport.h"

#include "kpi/KpiCatalogue.h"
#include "kpi/KpiEngine.h"
#include "report/ReportText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <map>
#include <string>

using namespace servicelens;
using namespace servicelens::kpi;

namespace {

// A month in which every scalar figure has a value of its own, so a definition reading the
// wrong field shows.
MonthKpis distinctFigures()
{
    MonthKpis k;
    k.month = QDate(2026, 10, 1);
    k.branchCode = QStringLiteral("SH01");
    OrderKpis &o = k.orders;
    o.received = 101;
    o.closed = 102;
    o.complaints = 103;
    o.complaintRate = 0.104;
    o.backlogEnd = 105;
    o.responseHoursMean = 10.6;
    o.responseWithinTargetRate = 0.107;
    o.resolutionWdMean = 10.8;
    o.resolutionWdMedian = 10.9;
    o.resolutionWdP90 = 11.0;
    o.resolutionWithinTargetRate = 0.111;
    o.slaMetRate = 0.112;
    o.firstTimeFixRate = 0.113;
    o.reopenRate = 0.114;
    k.surveys.invitations = 201;
    k.surveys.responses = 202;
    k.surveys.responseRate = 0.203;
    k.surveys.csat = 0.204;
    k.surveys.nps = 20.5;
    k.inspections.completed = 301;
    k.inspections.meanScore = 30.2;
    k.inspections.failed = 303;
    k.inspections.actionsOpenEnd = 304;
    k.inspections.actionsOverdueEnd = 305;
    k.inspections.actionsOnTimeRate = 0.306;
    k.equipment = EquipmentKpis{401, 402, 403, 404, 40.5, 40.6, 407};
    k.incidents = IncidentKpis{501, 502, 503, 504};
    return k;
}

} // namespace

TEST_CASE("The catalogue names every scalar figure of KPI.md once, in the JSON's order",
          "[kpi][catalogue]")
{
    const auto &all = KpiCatalogue::all();
    // 14 order figures, 5 survey, 6 inspection; a branch's duties: 7 equipment, 4 incidents.
    REQUIRE(all.size() == 36);

    QSet<QString> keys;
    for (const KpiDefinition &d : all) {
        const QString key = QString::fromLatin1(d.key);
        INFO(key.toStdString());
        CHECK_FALSE(keys.contains(key));
        keys.insert(key);
        CHECK(KpiCatalogue::find(key) == &d);
        CHECK(key.endsWith(d.jsonName()));
        CHECK(QString::fromUtf8(d.label).size() > 2);
        CHECK(QString::fromUtf8(d.meaning).endsWith(QLatin1Char('.')));
    }
    CHECK(KpiCatalogue::find(u"orders.nonsense") == nullptr);

    // `kpi --json` writes each section's figures in the catalogue's order, with the values the
    // definitions read (every field distinct, so a crossed wire shows).
    const MonthKpis k = distinctFigures();
    const QString json = KpiEngine::toJson(k);
    const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
    qsizetype lastPosition = -1;
    KpiSection lastSection = KpiSection::Orders;
    for (const KpiDefinition &d : all) {
        const QString section = QString::fromLatin1(d.key).section(QLatin1Char('.'), 0, 0);
        INFO(d.key);
        // A branch's duties are not KPI.md's: `kpi --json` has exactly its keys.
        if (d.section == KpiSection::Equipment || d.section == KpiSection::Incidents) {
            CHECK_FALSE(root.contains(section));
            continue;
        }
        const QJsonValue v = root.value(section).toObject().value(d.jsonName());
        REQUIRE(v.isDouble());
        CHECK(v.toDouble() == Approx(*d.value(k)));
        const qsizetype position =
            json.indexOf(QLatin1Char('"') + d.jsonName() + QStringLiteral("\": "),
                         json.indexOf(QLatin1Char('"') + section));
        if (d.section == lastSection)
            CHECK(position > lastPosition);
        lastPosition = position;
        lastSection = d.section;
    }
    // Each definition reads its own field (written out by hand from distinctFigures()).
    const std::map<std::string, double> expected = {
        {"orders.received", 101},
        {"orders.closed", 102},
        {"orders.complaints", 103},
        {"orders.complaint_rate", 0.104},
        {"orders.backlog_end", 105},
        {"orders.response_hours_mean", 10.6},
        {"orders.response_within_target_rate", 0.107},
        {"orders.resolution_wd_mean", 10.8},
        {"orders.resolution_wd_median", 10.9},
        {"orders.resolution_wd_p90", 11.0},
        {"orders.resolution_within_target_rate", 0.111},
        {"orders.sla_met_rate", 0.112},
        {"orders.first_time_fix_rate", 0.113},
        {"orders.reopen_rate", 0.114},
        {"surveys.invitations", 201},
        {"surveys.responses", 202},
        {"surveys.response_rate", 0.203},
        {"surveys.csat", 0.204},
        {"surveys.nps", 20.5},
        {"inspections.completed", 301},
        {"inspections.mean_score", 30.2},
        {"inspections.failed", 303},
        {"inspections.actions_open_end", 304},
        {"inspections.actions_overdue_end", 305},
        {"inspections.actions_on_time_rate", 0.306},
        {"equipment.maintenance_done", 401},
        {"equipment.overdue_end", 402},
        {"equipment.due_soon_end", 403},
        {"equipment.failures", 404},
        {"equipment.downtime_hours", 40.5},
        {"equipment.mttr_hours", 40.6},
        {"equipment.orders_waited", 407},
        {"incidents.opened", 501},
        {"incidents.closed", 502},
        {"incidents.open_end", 503},
        {"incidents.drills", 504},
    };
    REQUIRE(expected.size() == all.size());
    for (const KpiDefinition &d : all) {
        INFO(d.key);
        REQUIRE(expected.count(d.key) == 1);
        CHECK(*d.value(k) == Approx(expected.at(d.key)));
    }
    // Without the duties computed, their figures are unknown, not zero.
    MonthKpis none = k;
    none.equipment.reset();
    none.incidents.reset();
    CHECK_FALSE(KpiCatalogue::at("equipment.failures").value(none).has_value());
    CHECK_FALSE(KpiCatalogue::at("incidents.opened").value(none).has_value());
    CHECK_FALSE(KpiCatalogue::computed(KpiCatalogue::at("incidents.opened"), none));
    CHECK(KpiCatalogue::computed(KpiCatalogue::at("orders.received"), none));
    CHECK(json.contains(QStringLiteral("\"received\": 101,")));        // counts stay whole
    CHECK(json.contains(QStringLiteral("\"complaint_rate\": 0.104"))); // rates as fractions

    // The views name only figures the catalogue holds.
    for (const char *key : KpiCatalogue::reportRows())
        CHECK(KpiCatalogue::find(QString::fromLatin1(key)) != nullptr);
    CHECK(KpiCatalogue::coverTiles().size() == 6);
    for (const char *key : KpiCatalogue::coverTiles())
        CHECK(KpiCatalogue::find(QString::fromLatin1(key)) != nullptr);
}

TEST_CASE("Targets are met in each figure's own direction", "[kpi][catalogue]")
{
    KpiTargets
        t; // the defaults: CSAT >= 90 %, resolution <= 3 wd, response >= 80 %, complaints <= 3 %
    const auto &csat = KpiCatalogue::at("surveys.csat");
    const auto &resolution = KpiCatalogue::at("orders.resolution_wd_mean");
    const auto &response = KpiCatalogue::at("orders.response_within_target_rate");
    const auto &complaints = KpiCatalogue::at("orders.complaint_rate");
    CHECK(csat.better == Better::Higher);
    CHECK(resolution.better == Better::Lower);
    CHECK(response.better == Better::Higher);
    CHECK(complaints.better == Better::Lower);

    // Exactly on target meets it, both ways round.
    CHECK(KpiCatalogue::meetsTarget(csat, 0.90, t) == true);
    CHECK(KpiCatalogue::meetsTarget(csat, 0.89, t) == false);
    CHECK(KpiCatalogue::meetsTarget(resolution, 3.0, t) == true);
    CHECK(KpiCatalogue::meetsTarget(resolution, 3.01, t) == false);
    CHECK(KpiCatalogue::meetsTarget(complaints, 0.02, t) == true);
    CHECK(KpiCatalogue::meetsTarget(complaints, 0.031, t) == false);
    // Unknown is not a miss, and a figure without a target has no verdict.
    CHECK_FALSE(KpiCatalogue::meetsTarget(csat, std::nullopt, t).has_value());
    CHECK_FALSE(
        KpiCatalogue::meetsTarget(KpiCatalogue::at("orders.reopen_rate"), 0.5, t).has_value());
    // Every tile has a target: SLA met >= 90 % and first-time fix >= 80 % by default; the
    // counts none until one is set (0), the backlog at most, the orders received a capacity.
    const auto &sla = KpiCatalogue::at("orders.sla_met_rate");
    const auto &ftf = KpiCatalogue::at("orders.first_time_fix_rate");
    const auto &backlog = KpiCatalogue::at("orders.backlog_end");
    const auto &received = KpiCatalogue::at("orders.received");
    CHECK(KpiCatalogue::meetsTarget(sla, 0.507, t) == false);
    CHECK(KpiCatalogue::rate(sla, 0.507, t) == KpiTargets::Rating::Bad);
    CHECK(KpiCatalogue::meetsTarget(ftf, 0.80, t) == true);
    CHECK_FALSE(KpiCatalogue::meetsTarget(backlog, 40, t).has_value());
    CHECK_FALSE(KpiCatalogue::meetsTarget(received, 300, t).has_value());
    KpiTargets counts = t;
    counts.backlogEnd = 40;
    counts.ordersReceived = 250;
    CHECK(KpiCatalogue::meetsTarget(backlog, 40, counts) == true);
    CHECK(KpiCatalogue::meetsTarget(backlog, 41, counts) == false);
    CHECK(KpiCatalogue::meetsTarget(received, 260, counts) == false);
    CHECK(KpiCatalogue::rate(received, 260, counts) == KpiTargets::Rating::Warning);

    // Within 10 % of the target is a warning: 3 wd + 0.3 = 3.3 wd; 90 % - 9 pt = 81 %.
    CHECK(KpiCatalogue::rate(resolution, 3.3, t) == KpiTargets::Rating::Warning);
    CHECK(KpiCatalogue::rate(resolution, 3.31, t) == KpiTargets::Rating::Bad);
    CHECK(KpiCatalogue::rate(csat, 0.81, t) == KpiTargets::Rating::Warning);
    CHECK(KpiCatalogue::rate(csat, 0.80, t) == KpiTargets::Rating::Bad);
    CHECK(KpiCatalogue::rate(csat, std::nullopt, t) == KpiTargets::Rating::Unknown);

    // The stored targets are the ones the figures name.
    t.csat = 0.95;
    t.complaintRate = 0.01;
    CHECK(KpiCatalogue::target(csat, t) == 0.95);
    CHECK(KpiCatalogue::target(complaints, t) == 0.01);
    CHECK_FALSE(KpiCatalogue::target(KpiCatalogue::at("orders.received"), t).has_value());
}

TEST_CASE("Every figure has its name and meaning in Chinese", "[kpi][catalogue][i18n]")
{
    const report::ReportText zh(QStringLiteral("zh_CN"));
    for (const KpiDefinition &d : KpiCatalogue::all()) {
        INFO(d.key);
        for (const char *text : {d.label, d.shortLabel, d.meaning}) {
            const QString translated = zh.translate("Kpi", text);
            if (QString::fromUtf8(text) != QLatin1String("NPS"))
                CHECK(translated != QString::fromUtf8(text));
            CHECK_FALSE(translated.isEmpty());
        }
    }
    CHECK(zh.translate("Kpi", "Orders received") == QStringLiteral("受理工单"));
}

TEST_CASE("A corrective action's state at a month's end follows KPI.md", "[kpi][actions]")
{
    // October 2026 in Shanghai: [start, end) in UTC seconds, last day 31 October.
    const QTimeZone shanghai("Asia/Shanghai");
    auto at = [&](int month, int day, int hour = 12) {
        return QDateTime(QDate(2026, month, day), QTime(hour, 0), shanghai).toSecsSinceEpoch();
    };
    const qint64 start = at(10, 1, 0);
    const qint64 end = at(11, 1, 0);
    const QDate last(2026, 10, 31);

    // Created in September, never done, due 31 October: open and overdue at the end.
    auto a = ActionAtMonthEnd::of(at(9, 20), std::nullopt, last, start, end, last);
    CHECK(a.existed);
    CHECK(a.open);
    CHECK(a.overdue);
    CHECK_FALSE(a.doneInMonth);
    // Due 1 November: open, not yet overdue.
    a = ActionAtMonthEnd::of(at(9, 20), std::nullopt, QDate(2026, 11, 1), start, end, last);
    CHECK(a.open);
    CHECK_FALSE(a.overdue);
    // Without a due date it can never be overdue.
    a = ActionAtMonthEnd::of(at(9, 20), std::nullopt, QDate(), start, end, last);
    CHECK(a.open);
    CHECK_FALSE(a.overdue);
    // Done on 15 October: closed in the month, not open.
    a = ActionAtMonthEnd::of(at(9, 20), at(10, 15), last, start, end, last);
    CHECK_FALSE(a.open);
    CHECK(a.doneInMonth);
    // Done at the very first second of November: still open at October's end.
    a = ActionAtMonthEnd::of(at(9, 20), end, last, start, end, last);
    CHECK(a.open);
    CHECK_FALSE(a.doneInMonth);
    // Created at the first second of November: not part of October at all.
    a = ActionAtMonthEnd::of(end, std::nullopt, last, start, end, last);
    CHECK_FALSE(a.existed);
    CHECK_FALSE(a.open);
    // Done in September: neither open nor done in October.
    a = ActionAtMonthEnd::of(at(9, 1), at(9, 30), last, start, end, last);
    CHECK(a.existed);
    CHECK_FALSE(a.open);
    CHECK_FALSE(a.doneInMonth);
}
