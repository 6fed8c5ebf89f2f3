// SPDX-License-Identifier: GPL-3.0-or-later
// Exports shaped like the real ones ServiceLens meets (written here, not copied): a city 311
// portal export and a Chinese helpdesk export in GB18030. For each, every figure of the orders
// section of `kpi --json` for two months equals what was worked out by hand, the nulls included.
// (The ServiceNow-shaped event log is in flow/EventImporterTest.cpp.)
#include "TestSupport.h"

#include "kpi/KpiEngine.h"
#include "org/Staff.h"
#include "workbook/Importers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>

using namespace servicelens;
using namespace servicelens::test;

namespace {

QJsonObject ordersJson(Database &db, const Branch &branch, int year, int month)
{
    kpi::KpiEngine engine(db);
    auto k = engine.compute(branch, QDate(year, month, 1));
    REQUIRE(k.ok());
    return QJsonDocument::fromJson(kpi::KpiEngine::toJson(*k).toUtf8())
        .object()
        .value(QStringLiteral("orders"))
        .toObject();
}

// Every key of `expected` in `actual` with the same value (numbers to 1e-9), and no other key.
void requireSame(const QJsonObject &actual, const QJsonObject &expected)
{
    CHECK(actual.keys() == expected.keys());
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        INFO(it.key().toStdString());
        const QJsonValue a = actual.value(it.key());
        if (it->isDouble() && a.isDouble())
            CHECK(std::abs(a.toDouble() - it->toDouble()) < 1e-9);
        else
            CHECK(a == *it);
    }
}

QJsonObject dwell(std::optional<double> analysis = std::nullopt)
{
    return {{QStringLiteral("analysis"), analysis ? QJsonValue(*analysis) : QJsonValue()},
            {QStringLiteral("solution"), QJsonValue()},
            {QStringLiteral("implementation"), QJsonValue()},
            {QStringLiteral("follow_up"), QJsonValue()},
            {QStringLiteral("closing"), QJsonValue()}};
}

} // namespace

TEST_CASE("A 311-style export: unnamed first column, US 12-hour times, due dates, clock changes",
          "[kpi][import][real]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    NewWorkbook spec;
    spec.timeZone = QStringLiteral("America/New_York");
    Database::Options options;
    options.clock = &clock;
    auto wb = Workbook::create(dir.file(QStringLiteral("纽约311.servicelens")), spec, options);
    REQUIRE(wb.ok());
    Database &db = (*wb)->database();
    const Branch branch = *(*wb)->defaultBranch();
    const QString csv = dir.file(QStringLiteral("311.csv"));
    // 9 March 2025: clocks go forward at 2:00 in New York. 5002 is received at 1:30 EST and
    // closed at 3:30 EDT, one real hour later.
    writeFile(csv, ",Unique Key,Created Date,Closed Date,Complaint Type,Status,Due Date,"
                   "Open Data Channel Type\n"
                   "0,5001,03/08/2025 11:30:00 PM,03/10/2025 09:15:00 AM,Noise,Closed,"
                   "03/10/2025 11:30:00 PM,PHONE\n"
                   "1,5002,03/09/2025 01:30:00 AM,03/09/2025 03:30:00 AM,Noise,Closed,N/A,ONLINE\n"
                   "2,5003,03/31/2025 10:00:00 PM,04/01/2025 10:00:00 AM,Heat,Closed,"
                   "03/31/2025 11:00:00 PM,MOBILE\n"
                   "3,5004,03/20/2025 08:00:00 AM,N/A,Heat,Open,03/25/2025 08:00:00 AM,UNKNOWN\n"
                   "4,5005,04/07/2025 09:00:00 AM,04/14/2025 05:00:00 PM,Noise,Closed,N/A,PHONE\n");
    io::ImportOptions o;
    auto mapping = io::ColumnMapping::parse(
        QStringLiteral("@date_format=MM/dd/yyyy hh:mm:ss AP\n@empty=N/A\n"
                       "@value.channel.PHONE=phone\n@value.channel.ONLINE=online\n"
                       "@value.channel.MOBILE=app\n@value.channel.UNKNOWN=phone\n"));
    REQUIRE(mapping.ok());
    o.mapping = *mapping;
    auto imported = Importers::run(ImportKind::Orders, db, csv, o);
    REQUIRE(imported.ok());
    INFO(
        (imported->issues.empty() ? QString() : imported->issues.front().toString()).toStdString());
    REQUIRE(imported->committed);
    CHECK(imported->inserted == 5);

    // March: received 5001-5004 (5001 on Saturday 8 March, local time). Closed 5001 (1 working
    // day: Monday 10th; by its due date: met) and 5002 (0 working days against normal's 3: met).
    // Backlog: 4 received, 2 closed. No responded_at, visits or reopened column: those figures
    // are not in the data.
    requireSame(ordersJson(db, branch, 2025, 3), {{"received", 4},
                                                  {"closed", 2},
                                                  {"complaints", 0},
                                                  {"complaint_rate", 0},
                                                  {"backlog_end", 2},
                                                  {"response_hours_mean", QJsonValue()},
                                                  {"response_within_target_rate", QJsonValue()},
                                                  {"resolution_wd_mean", 0.5},
                                                  {"resolution_wd_median", 0.5},
                                                  {"resolution_wd_p90", 1},
                                                  {"resolution_within_target_rate", 1},
                                                  {"sla_met_rate", QJsonValue()},
                                                  {"first_time_fix_rate", QJsonValue()},
                                                  {"reopen_rate", QJsonValue()},
                                                  {"stage_dwell_hours_median", dwell()},
                                                  {"bottleneck_stage", QJsonValue()}});
    // April: received 5005. Closed 5003 (after its due date: missed; 1 working day) and 5005
    // (8-11, 14 April: 5 working days against 3: missed). Backlog: 5 received, 4 closed.
    requireSame(ordersJson(db, branch, 2025, 4), {{"received", 1},
                                                  {"closed", 2},
                                                  {"complaints", 0},
                                                  {"complaint_rate", 0},
                                                  {"backlog_end", 1},
                                                  {"response_hours_mean", QJsonValue()},
                                                  {"response_within_target_rate", QJsonValue()},
                                                  {"resolution_wd_mean", 3},
                                                  {"resolution_wd_median", 3},
                                                  {"resolution_wd_p90", 5},
                                                  {"resolution_within_target_rate", 0},
                                                  {"sla_met_rate", QJsonValue()},
                                                  {"first_time_fix_rate", QJsonValue()},
                                                  {"reopen_rate", QJsonValue()},
                                                  {"stage_dwell_hours_median", dwell()},
                                                  {"bottleneck_stage", QJsonValue()}});
}

TEST_CASE("A Chinese helpdesk export in GB18030: its own headers, technicians by name",
          "[kpi][import][real]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("报修.servicelens")), clock);
    Database &db = wb->database();
    const Branch branch = *wb->defaultBranch();
    for (auto [code, name] : {std::pair{"T01", "王师傅"}, {"T02", "李师傅"}}) {
        org::StaffMember m;
        m.code = QString::fromUtf8(code);
        m.name = QString::fromUtf8(name);
        REQUIRE(org::StaffRepository(db).create(m).ok());
    }
    const QString csv = dir.file(QStringLiteral("报修单导出.csv"));
    // October 2025: 1-8 October holidays, Saturday 11 October a make-up working day.
    writeFile(csv, QStringEncoder("GB18030").encode(QStringLiteral(
                       "报修单号,报修时间,接单时间,完成时间,维修师傅,客户姓名,联系电话,产品类别,"
                       "紧急程度,上门次数,返修次数,备注\n"
                       "GD-001,2025-09-30 16:00,2025-09-30 17:00,2025-10-09 10:00,王师傅,张建国,"
                       "13912345678,空调,普通,1,0,室内机漏水\n"
                       "GD-002,2025-10-10 09:00,2025-10-10 15:00,2025-10-13 18:00,李师傅,刘女士,"
                       "13800001111,冰箱,紧急,2,0,不制冷\n"
                       "GD-003,2025-10-20 10:00,,,王师傅,陈先生,13700002222,洗衣机,高,,,异响\n"
                       "GD-004,2025-11-03 09:00,2025-11-03 09:30,2025-11-04 12:00,李师傅,张建国,"
                       "13912345678,空调,低,1,1,返修\n")));
    auto imported = Importers::run(ImportKind::Orders, db, csv, {});
    REQUIRE(imported.ok());
    INFO(
        (imported->issues.empty() ? QString() : imported->issues.front().toString()).toStdString());
    REQUIRE(imported->committed);
    CHECK(imported->encoding == io::Encoding::Gb18030);
    CHECK(imported->unknownPeople.empty()); // 王师傅 and 李师傅 found by name

    // October: received GD-002 and GD-003; GD-002 responded after 6 h against urgent's 4,
    // GD-003 not at all: 0 of 2 in time, mean 6 h. Closed GD-001 (1 working day, 9 October,
    // against 3: met, responded in 1 h: SLA met, one visit: fixed first time) and GD-002
    // (11 and 13 October: 2 against 1: missed; two visits). Backlog: 3 received, 2 closed.
    // Analysis dwell: no diagnosis times.
    requireSame(ordersJson(db, branch, 2025, 10), {{"received", 2},
                                                   {"closed", 2},
                                                   {"complaints", 0},
                                                   {"complaint_rate", 0},
                                                   {"backlog_end", 1},
                                                   {"response_hours_mean", 6},
                                                   {"response_within_target_rate", 0},
                                                   {"resolution_wd_mean", 1.5},
                                                   {"resolution_wd_median", 1.5},
                                                   {"resolution_wd_p90", 2},
                                                   {"resolution_within_target_rate", 0.5},
                                                   {"sla_met_rate", 0.5},
                                                   {"first_time_fix_rate", 0.5},
                                                   {"reopen_rate", 0},
                                                   {"stage_dwell_hours_median", dwell()},
                                                   {"bottleneck_stage", QJsonValue()}});
    // November: GD-004, received, responded in 0.5 h, closed after 1 working day against
    // low's 5, reopened once: SLA met, not fixed first time.
    requireSame(ordersJson(db, branch, 2025, 11), {{"received", 1},
                                                   {"closed", 1},
                                                   {"complaints", 0},
                                                   {"complaint_rate", 0},
                                                   {"backlog_end", 1},
                                                   {"response_hours_mean", 0.5},
                                                   {"response_within_target_rate", 1},
                                                   {"resolution_wd_mean", 1},
                                                   {"resolution_wd_median", 1},
                                                   {"resolution_wd_p90", 1},
                                                   {"resolution_within_target_rate", 1},
                                                   {"sla_met_rate", 1},
                                                   {"first_time_fix_rate", 0},
                                                   {"reopen_rate", 1},
                                                   {"stage_dwell_hours_median", dwell()},
                                                   {"bottleneck_stage", QJsonValue()}});
}
