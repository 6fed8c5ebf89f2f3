// SPDX-License-Identifier: GPL-3.0-or-later
// The due list (equipment/DueList, issue 22) on Thursday 9 October 2025, the first working day
// after the National Day break (1–8 October off; Sunday 28 September and Saturday 11 October
// worked), each due date computed by hand.
#include "TestSupport.h"

#include "equipment/DueList.h"

#include "flow/WorkingCalendar.h"
#include <QJsonArray>
#include <QJsonDocument>

#include <QJsonArray>

using namespace servicelens;
using namespace servicelens::equipment;
using flow::WorkingCalendar;

TEST_CASE("The due list holds what is overdue or due within the week, the most overdue first",
          "[equipment]")
{
    WorkingCalendar c;
    c.addCoveredYear(2025);
    for (int d = 1; d <= 8; ++d)
        c.setDay(QDate(2025, 10, d), WorkingCalendar::DayKind::Holiday, QStringLiteral("国庆节"));
    c.setDay(QDate(2025, 9, 28), WorkingCalendar::DayKind::Workday, QStringLiteral("调休"));
    c.setDay(QDate(2025, 10, 11), WorkingCalendar::DayKind::Workday, QStringLiteral("调休"));
    const QDate today(2025, 10, 9);

    std::vector<PlanState> plans(7);
    // Calibrated 10 October 2024 for a year: valid through 9 October 2025, a working day: due
    // today.
    plans[0] = {QStringLiteral("M-01"),
                QStringLiteral("年度校准"),
                {Cadence::Calibration, 12},
                QDate(2024, 10, 10),
                {},
                {},
                0,
                {},
                QStringLiteral("SH01")};
    // Every 5 working days from Friday 26 September: due Friday 10 October, tomorrow.
    plans[1] = {QStringLiteral("D-01"),
                QStringLiteral("诊断仪自检"),
                {Cadence::WorkingDays, 5},
                QDate(2025, 9, 26),
                {},
                {},
                0,
                {},
                QStringLiteral("SH01")};
    // Monthly on the 5th, done 5 September: October's 5th is a holiday, so due today.
    plans[2] = {QStringLiteral("T-01"),
                QStringLiteral("测试台保养"),
                {Cadence::Monthly, 0, 5},
                QDate(2025, 9, 5),
                {},
                {},
                0,
                {},
                QStringLiteral("SH01")};
    // Every 5,000 km from 20,000: reached on the reading of 2 October, 7 days ago.
    plans[3] = {QStringLiteral("V-01"),
                QStringLiteral("服务车保养"),
                {Cadence::Usage, 5000},
                QDate(2025, 6, 1),
                {},
                {},
                20000,
                {{QDate(2025, 9, 20), 24000}, {QDate(2025, 10, 2), 25100}},
                QStringLiteral("SH01")};
    // Never carried out since its start on 30 September: 9 days overdue.
    plans[4] = {QStringLiteral("W-01"),
                QStringLiteral("焊台检查"),
                {Cadence::Monthly, 0, 1},
                QDate(),
                QDate(2025, 9, 30),
                {},
                0,
                {},
                QStringLiteral("SH01")};
    // Quarterly, done today: next 1 January 2026, not listed.
    plans[5] = {QStringLiteral("K-01"),
                QStringLiteral("扭力扳手校验"),
                {Cadence::Quarterly, 0, 1, 1},
                today,
                {},
                {},
                0,
                {},
                QStringLiteral("SH01")};
    // Every 20 working days from 29 September: 3 November, not listed.
    plans[6] = {QStringLiteral("A-01"),
                QStringLiteral("空压机排水"),
                {Cadence::WorkingDays, 20},
                QDate(2025, 9, 29),
                {},
                {},
                0,
                {},
                QStringLiteral("SH01")};

    const std::vector<DueItem> due = DueList::compute(plans, today, c);
    REQUIRE(due.size() == 5);
    QStringList order;
    for (const DueItem &i : due)
        order << QStringLiteral("%1 %2 %3")
                     .arg(i.equipment, i.due.toString(Qt::ISODate))
                     .arg(i.overdueDays);
    CHECK(order ==
          QStringList{QStringLiteral("W-01 2025-09-30 9"), QStringLiteral("V-01 2025-10-02 7"),
                      QStringLiteral("M-01 2025-10-09 0"), QStringLiteral("T-01 2025-10-09 0"),
                      QStringLiteral("D-01 2025-10-10 -1")});

    const QString text = DueList::toJson(today, due).toString(-1);
    // The keys in the documented order (docs/formats.md), the branch last.
    CHECK(text.startsWith(QStringLiteral(
        R"({"date":"2025-10-09","due":[{"equipment":"W-01","plan":"焊台检查","due":"2025-09-30",)"
        R"("overdue_days":9,"branch":"SH01"})")));
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    CHECK(json.value(QStringLiteral("date")).toString() == QStringLiteral("2025-10-09"));
    const QJsonObject first = json.value(QStringLiteral("due")).toArray().first().toObject();
    CHECK(first.value(QStringLiteral("equipment")).toString() == QStringLiteral("W-01"));
    CHECK(first.value(QStringLiteral("plan")).toString() == QStringLiteral("焊台检查"));
    CHECK(first.value(QStringLiteral("due")).toString() == QStringLiteral("2025-09-30"));
    CHECK(first.value(QStringLiteral("overdue_days")).toInt() == 9);
    CHECK(first.value(QStringLiteral("branch")).toString() == QStringLiteral("SH01"));

    // No plan, nothing due.
    CHECK(DueList::compute({}, today, c).empty());
}
