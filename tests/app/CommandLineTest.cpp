// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real servicelens binary, headless, and checks FORMATS.md's exit statuses.
#include "TestSupport.h"

#include "ServicelensProcess.h"

#include "demo/DemoRandom.h"
#include "storage/SqlQuery.h"
#include "workbook/Workbook.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringEncoder>

#include <sqlite3.h>

using namespace servicelens::test;

TEST_CASE("The version and help options answer without a window", "[cli]")
{
    const Run v = runServicelens({QStringLiteral("--version")});
    CHECK(v.status == 0);
    CHECK(v.out.contains(QStringLiteral(SERVICELENS_VERSION)));
    const Run h = runServicelens({QStringLiteral("--help")});
    CHECK(h.status == 0);
    CHECK(h.out.contains(QStringLiteral("Exit status")));
    const Run ih = runServicelens({QStringLiteral("init"), QStringLiteral("--help")});
    CHECK(ih.status == 0);
    CHECK(ih.out.contains(QStringLiteral("--orders")));
}

TEST_CASE("init, check and backup succeed with status 0", "[cli]")
{
    TempFolder dir;
    const QString db = dir.file(QStringLiteral("网点 工作簿.servicelens"));
    const Run init =
        runServicelens({QStringLiteral("init"), QStringLiteral("--db"), db,
                        QStringLiteral("--branch"), QStringLiteral("BJ02"),
                        QStringLiteral("--branch-name"), QStringLiteral("北京朝阳服务中心"),
                        QStringLiteral("--timezone"), QStringLiteral("Asia/Shanghai")});
    INFO(init.err.toStdString());
    CHECK(init.status == 0);
    CHECK(init.out.contains(QStringLiteral("BJ02")));

    const Run check = runServicelens({QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(check.status == 0);
    CHECK(check.out.contains(QStringLiteral("integrity ok")));

    const QString copy = dir.file(QStringLiteral("备份.servicelens"));
    const Run backup = runServicelens(
        {QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), copy});
    CHECK(backup.status == 0);
    CHECK(runServicelens({QStringLiteral("check"), QStringLiteral("--db"), copy}).status == 0);

    const Run demo =
        runServicelens({QStringLiteral("init"), QStringLiteral("--db"),
                        dir.file(QStringLiteral("演示.servicelens")), QStringLiteral("--demo"),
                        QStringLiteral("--orders"), QStringLiteral("800"), QStringLiteral("--seed"),
                        QStringLiteral("5")});
    INFO(demo.err.toStdString());
    CHECK(demo.status == 0);
    CHECK(demo.out.contains(QStringLiteral("800 orders")));
}

TEST_CASE("Wrong usage exits with status 2", "[cli]")
{
    TempFolder dir;
    const QString db = dir.file(QStringLiteral("用法.servicelens"));
    CHECK(runServicelens({QStringLiteral("init")}).status == 2); // no --db
    CHECK(runServicelens(
              {QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--bogus")})
              .status == 2);
    CHECK(runServicelens({QStringLiteral("init"), QStringLiteral("--db"), db,
                          QStringLiteral("--orders"), QStringLiteral("5")})
              .status == 2);
    CHECK(runServicelens({QStringLiteral("init"), QStringLiteral("--db"), db,
                          QStringLiteral("--demo"), QStringLiteral("--orders"),
                          QStringLiteral("many")})
              .status == 2);
    CHECK(runServicelens({QStringLiteral("init"), QStringLiteral("--db"), db,
                          QStringLiteral("--timezone"), QStringLiteral("Mars/Olympus")})
              .status == 2);
    CHECK(runServicelens({QStringLiteral("frobnicate")}).status == 2);
    CHECK_FALSE(QFileInfo::exists(db));

    REQUIRE(runServicelens({QStringLiteral("init"), QStringLiteral("--db"), db}).status == 0);
    CHECK(runServicelens({QStringLiteral("backup"), QStringLiteral("--db"), db}).status ==
          2); // no --out
    CHECK(runServicelens(
              {QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), db})
              .status == 2);
    // export-training-copy without --out, or onto an existing file.
    CHECK(runServicelens({QStringLiteral("export-training-copy"), QStringLiteral("--db"), db})
              .status == 2);
    CHECK(runServicelens({QStringLiteral("export-training-copy"), QStringLiteral("--db"), db,
                          QStringLiteral("--out"), db})
              .status == 2);
    // inspection without its action, or without --in.
    CHECK(runServicelens({QStringLiteral("inspection"), QStringLiteral("--db"), db}).status == 2);
    CHECK(runServicelens(
              {QStringLiteral("inspection"), QStringLiteral("import"), QStringLiteral("--db"), db})
              .status == 2);
}

TEST_CASE("Invalid input data exits with status 3", "[cli]")
{
    TempFolder dir;
    const QString db = dir.file(QStringLiteral("空白编码.servicelens"));
    const Run r = runServicelens({QStringLiteral("init"), QStringLiteral("--db"), db,
                                  QStringLiteral("--branch"), QStringLiteral("   ")});
    CHECK(r.status == 3);
    CHECK(r.err.contains(QStringLiteral("code")));
    CHECK_FALSE(QFileInfo::exists(db)); // nothing half-written
}

TEST_CASE("Database problems exit with status 4 and leave the file alone", "[cli]")
{
    TempFolder dir;
    const QString db = dir.file(QStringLiteral("问题.servicelens"));
    REQUIRE(runServicelens({QStringLiteral("init"), QStringLiteral("--db"), db}).status == 0);

    SECTION("a newer version")
    {
        sqlite3 *raw = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(db).constData(), &raw) == SQLITE_OK);
        REQUIRE(sqlite3_exec(raw, "PRAGMA journal_mode=DELETE; PRAGMA user_version=42;", nullptr,
                             nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(raw);
        const QByteArray before = fileHash(db);
        const Run r = runServicelens({QStringLiteral("check"), QStringLiteral("--db"), db});
        CHECK(r.status == 4);
        CHECK(r.err.contains(QStringLiteral("newer version")));
        CHECK(fileHash(db) == before);
    }
    SECTION("a damaged file")
    {
        QFile f(db);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.resize(f.size() * 2 / 3));
        f.close();
        const QByteArray before = fileHash(db);
        CHECK(runServicelens({QStringLiteral("check"), QStringLiteral("--db"), db}).status == 4);
        CHECK(runServicelens({QStringLiteral("backup"), QStringLiteral("--db"), db,
                              QStringLiteral("--out"), dir.file(QStringLiteral("x.servicelens"))})
                  .status == 4);
        CHECK(fileHash(db) == before);
    }
    SECTION("not a workbook")
    {
        const QString text = dir.file(QStringLiteral("orders.csv"));
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("order_id\nSO1\n");
        f.close();
        CHECK(runServicelens({QStringLiteral("check"), QStringLiteral("--db"), text}).status == 4);
    }
    SECTION("a missing file")
    {
        CHECK(runServicelens({QStringLiteral("check"), QStringLiteral("--db"),
                              dir.file(QStringLiteral("无.servicelens"))})
                  .status == 4);
    }
}

TEST_CASE("Other failures exit with status 1", "[cli]")
{
    TempFolder dir;
    const QString db = dir.file(QStringLiteral("已存在.servicelens"));
    REQUIRE(runServicelens({QStringLiteral("init"), QStringLiteral("--db"), db}).status == 0);
    const QByteArray before = fileHash(db);
    const Run again = runServicelens({QStringLiteral("init"), QStringLiteral("--db"), db});
    CHECK(again.status == 1);
    CHECK(again.err.contains(QStringLiteral("already exists")));
    CHECK(fileHash(db) == before);
}

TEST_CASE("kpi prints the month's figures as JSON or as a table", "[cli][kpi]")
{
    TempFolder dir;
    const QString db = dir.file(QStringLiteral("指标.servicelens"));
    REQUIRE(runServicelens({QStringLiteral("init"), QStringLiteral("--db"), db,
                            QStringLiteral("--demo"), QStringLiteral("--orders"),
                            QStringLiteral("1500")})
                .status == 0);
    // The demo ends with last month; the clock of this process is the real one, so ask for the
    // last month it generated.
    const QDate last =
        QDateTime::currentDateTime().toTimeZone(QTimeZone("Asia/Shanghai")).date().addMonths(-1);
    const QString month = last.toString(QStringLiteral("yyyy-MM"));

    const Run json = runServicelens({QStringLiteral("kpi"), QStringLiteral("--db"), db,
                                     QStringLiteral("--month"), month, QStringLiteral("--json")});
    INFO(json.err.toStdString());
    REQUIRE(json.status == 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(root.value(QStringLiteral("month")).toString() == month);
    CHECK(root.value(QStringLiteral("branch")).toString() == QStringLiteral("SH01"));
    CHECK(
        root.value(QStringLiteral("orders")).toObject().value(QStringLiteral("received")).toInt() >
        50);
    CHECK(root.value(QStringLiteral("technicians")).toArray().size() >= 10);

    const Run table = runServicelens({QStringLiteral("kpi"), QStringLiteral("--db"), db,
                                      QStringLiteral("--month"), month, QStringLiteral("--branch"),
                                      QStringLiteral("SH01")});
    CHECK(table.status == 0);
    CHECK(table.out.contains(QStringLiteral("First-time fix")));
    CHECK(table.out.contains(QStringLiteral("bottleneck")));

    CHECK(runServicelens({QStringLiteral("kpi"), QStringLiteral("--db"), db,
                          QStringLiteral("--month"), QStringLiteral("2026-13")})
              .status == 2);
    CHECK(runServicelens({QStringLiteral("kpi"), QStringLiteral("--db"), db}).status == 2);
    CHECK(runServicelens({QStringLiteral("kpi"), QStringLiteral("--db"), db,
                          QStringLiteral("--month"), month, QStringLiteral("--branch"),
                          QStringLiteral("XX99")})
              .status == 2);
    CHECK(runServicelens({QStringLiteral("kpi"), QStringLiteral("--db"),
                          dir.file(QStringLiteral("无.servicelens")), QStringLiteral("--month"),
                          month})
              .status == 4);
    const Run uncovered = runServicelens({QStringLiteral("kpi"), QStringLiteral("--db"), db,
                                          QStringLiteral("--month"), QStringLiteral("2031-01")});
    CHECK(uncovered.status == 0);
    CHECK(uncovered.err.contains(QStringLiteral("does not cover 2031")));
}

TEST_CASE("import orders: strict exits 3 with the problems, skip-invalid imports the rest",
          "[cli][import]")
{
    TempFolder dir;
    const QString db = dir.file(QStringLiteral("导入.servicelens"));
    REQUIRE(runServicelens({QStringLiteral("init"), QStringLiteral("--db"), db}).status == 0);
    const QString csv = dir.file(QStringLiteral("工单.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        QByteArray text = "工单号,受理时间,优先级\n";
        for (int i = 1; i <= 60; ++i)
            text += "X" + QByteArray::number(i) + ",2026-10-01 09:00," +
                    (i % 20 == 0 ? "P9" : "普通") + "\n";
        text += "Y1,bad-time,普通\n";
        f.write(text);
    }
    // The file given as a bare argument instead of with --in: told how to give it.
    const Run bare = runServicelens(
        {QStringLiteral("import"), QStringLiteral("orders"), QStringLiteral("--db"), db, csv});
    CHECK(bare.status == 2);
    CHECK(bare.err.contains(QStringLiteral("--in FILE")));

    const Run strict = runServicelens({QStringLiteral("import"), QStringLiteral("orders"),
                                       QStringLiteral("--db"), db, QStringLiteral("--in"), csv});
    CHECK(strict.status == 3);
    CHECK(strict.err.contains(QStringLiteral("nothing was imported")));
    CHECK(strict.err.contains(QStringLiteral("Line 21, column “优先级”: “P9”")));
    CHECK(strict.err.contains(QStringLiteral("Line 62, column “受理时间”")));

    const Run skip =
        runServicelens({QStringLiteral("import"), QStringLiteral("orders"), QStringLiteral("--db"),
                        db, QStringLiteral("--in"), csv, QStringLiteral("--skip-invalid")});
    INFO(skip.err.toStdString());
    CHECK(skip.status == 0);
    CHECK(skip.out.contains(
        QStringLiteral("61 rows read, 57 inserted, 0 updated, 0 unchanged, 4 rejected")));
    CHECK(QFileInfo::exists(csv + QStringLiteral(".rejected.csv")));
    const Run again =
        runServicelens({QStringLiteral("import"), QStringLiteral("orders"), QStringLiteral("--db"),
                        db, QStringLiteral("--in"), csv, QStringLiteral("--skip-invalid")});
    CHECK(again.out.contains(QStringLiteral("57 unchanged")));
    CHECK(runServicelens({QStringLiteral("check"), QStringLiteral("--db"), db}).status == 0);

    // Survey responses in GB18030, linked to the orders; an answer out of range is named.
    const QString surveys = dir.file(QStringLiteral("回访记录.csv"));
    auto writeSurveys = [&](const QString &text) {
        QFile f(surveys);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QStringEncoder("GB18030").encode(text));
    };
    writeSurveys(
        QStringLiteral("回访编号,工单号,发送时间,回复时间,回访渠道,q_overall,q_nps,q_suggest\n"
                       "H1,X1,2026-10-03 10:00,2026-10-03 10:05,电话,5,10,师傅很专业\n"
                       "H2,X2,2026-10-03 11:00,2026-10-03 11:04,短信,2,11,等太久\n"
                       "H3,X3,2026-10-03 12:00,,电话,,,\n"));
    const Run badSurveys =
        runServicelens({QStringLiteral("import"), QStringLiteral("surveys"), QStringLiteral("--db"),
                        db, QStringLiteral("--in"), surveys});
    CHECK(badSurveys.status == 3);
    CHECK(badSurveys.err.contains(
        QStringLiteral("Line 3, column “q_nps”: “11”: expected a whole number from 0 to 10")));
    writeSurveys(
        QStringLiteral("回访编号,工单号,发送时间,回复时间,回访渠道,q_overall,q_nps,q_suggest\n"
                       "H1,X1,2026-10-03 10:00,2026-10-03 10:05,电话,5,10,师傅很专业\n"
                       "H2,X2,2026-10-03 11:00,2026-10-03 11:04,短信,2,6,等太久\n"
                       "H3,X3,2026-10-03 12:00,,电话,,,\n"));
    const Run goodSurveys =
        runServicelens({QStringLiteral("import"), QStringLiteral("surveys"), QStringLiteral("--db"),
                        db, QStringLiteral("--in"), surveys});
    INFO(goodSurveys.err.toStdString());
    CHECK(goodSurveys.status == 0);
    CHECK(goodSurveys.out.contains(QStringLiteral("3 rows read, 3 inserted")));
    const Run surveyKpis = runServicelens({QStringLiteral("kpi"), QStringLiteral("--db"), db,
                                           QStringLiteral("--month"), QStringLiteral("2026-10"),
                                           QStringLiteral("--json")});
    // 3 invitations, 2 answered; CSAT 1 of 2; NPS (1 promoter - 1 detractor) / 2 = 0.
    CHECK(surveyKpis.out.contains(QStringLiteral("\"invitations\": 3")));
    CHECK(surveyKpis.out.contains(QStringLiteral("\"csat\": 0.5")));
    CHECK(surveyKpis.out.contains(QStringLiteral("\"nps\": 0")));
    const QString staff = dir.file(QStringLiteral("员工.csv"));
    {
        QFile f(staff);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("工号,姓名,岗位\nT01,王师傅,技术支持\nC01,李娜,客服\n");
    }
    const Run people = runServicelens({QStringLiteral("import"), QStringLiteral("staff"),
                                       QStringLiteral("--db"), db, QStringLiteral("--in"), staff});
    CHECK(people.status == 0);
    CHECK(people.out.contains(QStringLiteral("2 rows read, 2 inserted")));
    // An orders file given as staff lacks the staff columns: invalid input.
    CHECK(runServicelens({QStringLiteral("import"), QStringLiteral("staff"), QStringLiteral("--db"),
                          db, QStringLiteral("--in"), csv})
              .status == 3);
    CHECK(runServicelens(
              {QStringLiteral("import"), QStringLiteral("orders"), QStringLiteral("--db"), db})
              .status == 2);
    CHECK(runServicelens({QStringLiteral("import"), QStringLiteral("orders"),
                          QStringLiteral("--db"), db, QStringLiteral("--in"), csv,
                          QStringLiteral("--encoding"), QStringLiteral("ebcdic")})
              .status == 2);
}

TEST_CASE("An import killed at any moment leaves the workbook as it was or wholly imported",
          "[cli][import][kill]")
{
    TempFolder dir;
    const QString db = dir.file(QStringLiteral("断电.servicelens"));
    REQUIRE(runServicelens({QStringLiteral("init"), QStringLiteral("--db"), db}).status == 0);
    const QString csv = dir.file(QStringLiteral("大批量.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        QByteArray text =
            "order_id,received_at,closed_at,priority,technician,customer,customer_phone\n";
        for (int i = 1; i <= 15000; ++i)
            text += "K" + QByteArray::number(i) + ",2026-10-01 09:00,2026-10-03 10:00,normal,T0" +
                    QByteArray::number(i % 9 + 1) + ",客户" + QByteArray::number(i % 5000) +
                    ",1380000" + QByteArray::number(1000 + i % 5000) + "\n";
        f.write(text);
    }
    servicelens::demo::DemoRandom random(99);
    int wholes = 0;
    int nones = 0;
    for (int round = 0; round < 6; ++round) {
        QProcess p;
        p.start(QStringLiteral(SERVICELENS_BINARY),
                {QStringLiteral("import"), QStringLiteral("orders"), QStringLiteral("--db"), db,
                 QStringLiteral("--in"), csv});
        REQUIRE(p.waitForStarted());
        const int delay = random.between(20, 1500);
        if (!p.waitForFinished(delay)) {
            p.kill(); // SIGKILL: no chance to clean up
            p.waitForFinished();
        }
        INFO("round " << round << ", killed after " << delay << " ms");
        const Run check = runServicelens({QStringLiteral("check"), QStringLiteral("--db"), db});
        REQUIRE(check.status == 0);
        qint64 orders = -1;
        {
            auto wb = servicelens::Workbook::open(db);
            REQUIRE(wb.ok());
            servicelens::SqlQuery q((*wb)->database(),
                                    QStringLiteral("SELECT count(*) FROM service_order"));
            orders = q.scalar()->toLongLong();
            if (orders == 15000) {
                // Start the next round from an empty workbook again.
                REQUIRE((*wb)->database().execScript("DELETE FROM service_order").ok());
            }
        }
        REQUIRE((orders == 0 || orders == 15000));
        (orders == 0 ? nones : wholes) += 1;
    }
    CHECK(nones + wholes == 6);
}

TEST_CASE("inspection: templates and completed inspections travel as JSON", "[cli][inspection]")
{
    TempFolder dir;
    const QString db = dir.file(QStringLiteral("巡检.servicelens"));
    const QString other = dir.file(QStringLiteral("另一网点.servicelens"));
    for (const QString &f : {db, other})
        REQUIRE(runServicelens({QStringLiteral("init"), QStringLiteral("--db"), f}).status == 0);
    auto inspection = [](const QStringList &args) {
        return runServicelens(QStringList{QStringLiteral("inspection")} + args);
    };

    // The shipped template exported, edited, imported as version 1 again (unused: in place).
    const QString templ = dir.file(QStringLiteral("模板.json"));
    const Run exported = inspection({QStringLiteral("export-template"), QStringLiteral("--db"), db,
                                     QStringLiteral("--out"), templ});
    REQUIRE(exported.status == 0);
    QByteArray json = fileBytes(templ);
    CHECK(json.contains("\"name_zh\": \"网点运营月度巡检\""));
    json.replace("\"pass_score\": 80", "\"pass_score\": 85");
    writeFile(templ, json);
    const Run imported = inspection({QStringLiteral("import-template"), QStringLiteral("--db"), db,
                                     QStringLiteral("--in"), templ});
    CHECK(imported.status == 0);
    CHECK(imported.out.contains(QStringLiteral("version 1: updated")));

    // A completed inspection: scored, actions kept, the score JSON printed.
    const QString done = dir.file(QStringLiteral("十月巡检.json"));
    writeFile(done,
              R"({ "id": "0194c2a0-1111-7000-8000-000000000001", "template": "branch-ops-monthly",
  "version": 1, "branch": "", "inspector": "M01",
  "started_at": "2026-10-12 09:00", "completed_at": "2026-10-12 11:30",
  "answers": [ {"item": "flow.reception", "value": "pass"}, {"item": "flow.wait", "value": 12},
               {"item": "flow.site", "value": "fail", "note": "工具散落"},
               {"item": "quality.attitude", "value": 4},
               {"item": "team.dress", "value": "na", "note": "周末无人值班"} ],
  "actions": [ {"item": "flow.site", "description": "整理工具板", "owner": "T03",
                "due": "2026-10-20", "status": "done", "done_at": "2026-10-19 16:00"} ] })");
    // An inspection names people the workbook knows: unknown codes are refused, not made up.
    const Run strangers = inspection(
        {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--in"), done});
    CHECK(strangers.status == 3);
    CHECK(strangers.err.contains(QStringLiteral("inspector: “M01” is no one on the staff")));
    const QString staff = dir.file(QStringLiteral("员工.csv"));
    writeFile(staff, "code,name,role\nM01,王经理,manager\nT03,李师傅,technical_support\n");
    for (const QString &f : {db, other})
        REQUIRE(runServicelens({QStringLiteral("import"), QStringLiteral("staff"),
                                QStringLiteral("--db"), f, QStringLiteral("--in"), staff})
                    .status == 0);
    // Weights: reception 2 (1), wait 1 (1), site 1 (0), attitude 1 (0.75): 3.75 / 5 = 75.
    const Run first = inspection(
        {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--in"), done});
    INFO(first.err.toStdString());
    REQUIRE(first.status == 0);
    CHECK(first.out.trimmed() ==
          QStringLiteral("{\"id\":\"0194c2a0-1111-7000-8000-000000000001\",\"score\":75,"
                         "\"passed\":false,\"failed_critical\":[]}"));
    const Run again = inspection(
        {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--in"), done});
    CHECK(again.status == 0);
    CHECK(again.out.contains(QStringLiteral("\"already_present\":true")));

    // The month's KPIs see it; the action was done on time.
    const Run kpi = runServicelens({QStringLiteral("kpi"), QStringLiteral("--db"), db,
                                    QStringLiteral("--month"), QStringLiteral("2026-10"),
                                    QStringLiteral("--json")});
    REQUIRE(kpi.status == 0);
    CHECK(kpi.out.contains(QStringLiteral("\"mean_score\": 75")));
    CHECK(kpi.out.contains(QStringLiteral("\"failed\": 1")));
    CHECK(kpi.out.contains(QStringLiteral("\"actions_on_time_rate\": 1")));

    // Exported and imported into another workbook: the same inspection, the same score.
    const QString all = dir.file(QStringLiteral("全部.json"));
    REQUIRE(inspection({QStringLiteral("export"), QStringLiteral("--db"), db,
                        QStringLiteral("--out"), all})
                .status == 0);
    CHECK(fileBytes(all).contains("\"note\": \"工具散落\""));
    // The other workbook must know the template version first.
    const Run missing = inspection(
        {QStringLiteral("import"), QStringLiteral("--db"), other, QStringLiteral("--in"), all});
    CHECK(missing.status == 0); // the shipped v1 is there in every workbook
    CHECK(missing.out.contains(QStringLiteral("\"score\":75")));

    // Bad files: exit 3, the place named, nothing imported.
    QByteArray bad = fileBytes(done);
    bad.replace("0001\"", "0002\"");
    bad.replace("quality.attitude", "quality.attitud");
    writeFile(done, bad);
    const Run unknown = inspection(
        {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--in"), done});
    CHECK(unknown.status == 3);
    CHECK(
        unknown.err.contains(QStringLiteral("answers[4].item: “quality.attitud” is not an item")));
    bad.replace("quality.attitud", "quality.attitude");
    bad.replace("\"value\": 4", "\"value\": 7");
    writeFile(done, bad);
    const Run range = inspection(
        {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--in"), done});
    CHECK(range.status == 3);
    CHECK(range.err.contains(QStringLiteral("answers[4].value: expected a rating 1 to 5")));
    writeFile(done, "{ \"id\": ");
    const Run syntax = inspection(
        {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--in"), done});
    CHECK(syntax.status == 3);
    CHECK(syntax.err.contains(QStringLiteral("Line 1, column")));
    const Run all2 = inspection(
        {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), all});
    CHECK(all2.status == 0);
    CHECK(fileBytes(all).count("\"id\":") == 1); // still only the first one
}

TEST_CASE("report writes the month as PDF, XLSX or CSV, headless", "[cli][report]")
{
    TempFolder dir;
    const QString db = dir.file(QStringLiteral("报表.servicelens"));
    REQUIRE(runServicelens({QStringLiteral("init"), QStringLiteral("--db"), db,
                            QStringLiteral("--demo"), QStringLiteral("--orders"),
                            QStringLiteral("1500")})
                .status == 0);
    const QDate last =
        QDateTime::currentDateTime().toTimeZone(QTimeZone("Asia/Shanghai")).date().addMonths(-1);
    const QString month = last.toString(QStringLiteral("yyyy-MM"));
    const QByteArray before = fileBytes(db);
    for (const char *format : {"pdf", "xlsx", "csv"}) {
        INFO(format);
        const QString out = dir.file(QStringLiteral("月报.%1").arg(QLatin1String(format)));
        const Run r = runServicelens({QStringLiteral("report"), QStringLiteral("--db"), db,
                                      QStringLiteral("--month"), month, QStringLiteral("--format"),
                                      QString::fromLatin1(format), QStringLiteral("--out"), out,
                                      QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        INFO(r.err.toStdString());
        CHECK(r.status == 0);
        CHECK(QFileInfo(out).size() > 500);
    }
    CHECK(fileBytes(dir.file(QStringLiteral("月报.pdf"))).startsWith("%PDF-"));
    CHECK(fileBytes(dir.file(QStringLiteral("月报.xlsx"))).startsWith("PK"));
    const QByteArray csv = fileBytes(dir.file(QStringLiteral("月报.csv")));
    CHECK(csv.startsWith("\xEF\xBB\xBF"
                         "branch,month,key"));
    CHECK(QString::fromUtf8(csv).contains(
        QStringLiteral("SH01,%1,orders.received,受理工单,").arg(month)));
    CHECK(fileBytes(db) == before); // the workbook is only read

    const QString out = dir.file(QStringLiteral("x.pdf"));
    auto run = [&](QStringList extra) {
        return runServicelens(QStringList{QStringLiteral("report"), QStringLiteral("--db"), db,
                                          QStringLiteral("--out"), out} +
                              extra)
            .status;
    };
    CHECK(run({QStringLiteral("--month"), month}) == 2); // no --format
    CHECK(run({QStringLiteral("--month"), month, QStringLiteral("--format"),
               QStringLiteral("doc")}) == 2);
    CHECK(run({QStringLiteral("--month"), QStringLiteral("2026-13"), QStringLiteral("--format"),
               QStringLiteral("pdf")}) == 2);
    CHECK(run({QStringLiteral("--month"), month, QStringLiteral("--format"), QStringLiteral("pdf"),
               QStringLiteral("--lang"), QStringLiteral("fr")}) == 2);
    CHECK(run({QStringLiteral("--month"), month, QStringLiteral("--format"), QStringLiteral("pdf"),
               QStringLiteral("--branch"), QStringLiteral("XX99")}) == 2);
    CHECK_FALSE(QFileInfo::exists(out));
    const Run unwritable = runServicelens(
        {QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--month"), month,
         QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"),
         dir.file(QStringLiteral("无此目录/r.xlsx"))});
    CHECK(unwritable.status == 1);
    CHECK(unwritable.err.contains(QStringLiteral("r.xlsx")));
}

TEST_CASE("check verifies the audit trail's hash chain and names the record changed outside",
          "[cli][audit]")
{
    TempFolder dir;
    const QString db = dir.file(QStringLiteral("审计.servicelens"));
    REQUIRE(runServicelens({QStringLiteral("init"), QStringLiteral("--db"), db,
                            QStringLiteral("--demo"), QStringLiteral("--orders"),
                            QStringLiteral("300")})
                .status == 0);
    const Run intact = runServicelens({QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(intact.status == 0);
    CHECK(intact.out.contains(QStringLiteral("hash chain intact")));

    sqlite3 *handle = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(db).constData(), &handle) == SQLITE_OK);
    REQUIRE(sqlite3_exec(handle, "UPDATE audit_log SET actor = '冒名者' WHERE id = 10", nullptr,
                         nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(handle);
    const Run altered = runServicelens({QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(altered.status == 4);
    CHECK(altered.err.contains(QStringLiteral("Audit record #10")));
    CHECK(altered.err.contains(QStringLiteral("冒名者")));
}

TEST_CASE("export-training-copy writes a pseudonymised copy that passes check", "[cli][workbook]")
{
    TempFolder dir;
    const QString db = dir.file(QStringLiteral("原件.servicelens"));
    REQUIRE(runServicelens({QStringLiteral("init"), QStringLiteral("--db"), db,
                            QStringLiteral("--demo"), QStringLiteral("--orders"),
                            QStringLiteral("300")})
                .status == 0);
    const QString copy = dir.file(QStringLiteral("培训.servicelens"));
    const Run r = runServicelens({QStringLiteral("export-training-copy"), QStringLiteral("--db"),
                                  db, QStringLiteral("--out"), copy});
    INFO(r.err.toStdString());
    CHECK(r.status == 0);
    CHECK(r.out.contains(QStringLiteral("pseudonymised")));
    const Run check = runServicelens({QStringLiteral("check"), QStringLiteral("--db"), copy});
    CHECK(check.status == 0);
    CHECK(check.out.contains(QStringLiteral("hash chain intact")));
    // Not onto an existing file.
    CHECK(runServicelens({QStringLiteral("export-training-copy"), QStringLiteral("--db"), db,
                          QStringLiteral("--out"), copy})
              .status == 2);
}

TEST_CASE("import lists the people not in the staff list and adds them only with --create-staff",
          "[cli][import]")
{
    TempFolder dir;
    const QString db = dir.file(QStringLiteral("人员.servicelens"));
    REQUIRE(runServicelens({QStringLiteral("init"), QStringLiteral("--db"), db}).status == 0);
    const QString csv = dir.file(QStringLiteral("工单.csv"));
    writeFile(csv, QStringLiteral("工单号,受理时间,技术员\n"
                                  "C1,2026-11-02 09:00,张师傅\n"
                                  "C2,2026-11-02 09:00,T15 王强\n"
                                  "C3,2026-11-02 09:00,张师傅\n")
                       .toUtf8());
    const QStringList import = {QStringLiteral("import"), QStringLiteral("orders"),
                                QStringLiteral("--db"),   db,
                                QStringLiteral("--in"),   csv};
    const Run listed = runServicelens(import);
    CHECK(listed.status == 3);
    CHECK(listed.err.contains(QStringLiteral("2 people named in the file are not in the staff")));
    CHECK(listed.err.contains(QStringLiteral("张师傅 (技术员, lines 2, 4)")));
    CHECK(listed.err.contains(QStringLiteral("T15 王强 (技术员, line 3)")));

    const Run added = runServicelens(QStringList(import) << QStringLiteral("--create-staff"));
    INFO(added.err.toStdString());
    CHECK(added.status == 0);
    CHECK(added.out.contains(QStringLiteral("Added to the staff list")));
    CHECK(added.out.contains(QStringLiteral("3 rows read, 3 inserted")));
    // Named the same way again, they are found: nothing new, nothing changed.
    const Run again = runServicelens(import);
    CHECK(again.status == 0);
    CHECK(again.out.contains(QStringLiteral("3 unchanged")));
    CHECK_FALSE(again.out.contains(QStringLiteral("Added")));
}

TEST_CASE("check shows how far it has come on a terminal, and nothing when piped", "[cli]")
{
    TempFolder dir;
    const QString db = dir.file(QStringLiteral("检查 进度.servicelens"));
    REQUIRE(runServicelens({QStringLiteral("init"), QStringLiteral("--db"), db,
                            QStringLiteral("--demo"), QStringLiteral("--orders"),
                            QStringLiteral("2000")})
                .status == 0);
    const Run piped = runServicelens({QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(piped.status == 0);
    CHECK_FALSE(piped.err.contains(QStringLiteral("Checking")));
    CHECK_FALSE(piped.out.contains(QStringLiteral("Checking")));

    // On a terminal (util-linux's script gives it one): "Checking: N %" rewritten in place,
    // rising to 100, then cleared before the result.
    QProcess script;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    script.setProcessEnvironment(env);
    script.start(
        QStringLiteral("script"),
        {QStringLiteral("-qec"),
         QStringLiteral("'%1' check --db '%2'").arg(QStringLiteral(SERVICELENS_BINARY), db),
         QStringLiteral("/dev/null")});
    REQUIRE(script.waitForFinished(120000));
    const QString shown = QString::fromUtf8(script.readAllStandardOutput());
    INFO(shown.toStdString());
    CHECK(script.exitCode() == 0);
    CHECK(shown.contains(QStringLiteral("\rChecking: 0 %")));
    CHECK(shown.contains(QStringLiteral("\rChecking: 50 %")));
    CHECK(shown.contains(QStringLiteral("\rChecking: 100 %")));
    const qsizetype cleared = shown.lastIndexOf(QStringLiteral("\r      "));
    CHECK(cleared > shown.lastIndexOf(QStringLiteral("Checking: 100 %")));
    CHECK(shown.indexOf(QStringLiteral("integrity ok")) > cleared);
}

TEST_CASE("init --demo makes the demo branch it is told, so a network of branches can be made",
          "[cli]")
{
    TempFolder dir;
    const QString db = dir.file(QStringLiteral("杭州二号.servicelens"));
    const Run init = runServicelens(
        {QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--demo"),
         QStringLiteral("--orders"), QStringLiteral("300"), QStringLiteral("--seed"),
         QStringLiteral("7"), QStringLiteral("--branch"), QStringLiteral("HZ02"),
         QStringLiteral("--branch-name"), QStringLiteral("杭州二号服务中心"),
         QStringLiteral("--timezone"), QStringLiteral("Asia/Urumqi")});
    INFO(init.err.toStdString());
    REQUIRE(init.status == 0);
    CHECK(init.out.contains(QStringLiteral("HZ02")));
    auto wb = servicelens::Workbook::openForReading(db);
    REQUIRE(wb.ok());
    servicelens::SqlQuery q((*wb)->database(),
                            QStringLiteral("SELECT code, name, time_zone, (SELECT count(*) FROM "
                                           "service_order) FROM branch"));
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("HZ02"));
    CHECK(q.value(1).toString() == QStringLiteral("杭州二号服务中心"));
    CHECK(q.value(2).toString() == QStringLiteral("Asia/Urumqi"));
    CHECK(q.value(3).toInt() == 300);
    CHECK_FALSE(q.next()); // one branch
    // An unknown zone is still refused, naming it.
    const Run bad = runServicelens(
        {QStringLiteral("init"), QStringLiteral("--db"), dir.file(QStringLiteral("坏.servicelens")),
         QStringLiteral("--demo"), QStringLiteral("--timezone"), QStringLiteral("Mars/Olympus")});
    CHECK(bad.status == 2);
    CHECK(bad.err.contains(QStringLiteral("Mars/Olympus")));
    CHECK_FALSE(QFileInfo::exists(dir.file(QStringLiteral("坏.servicelens"))));
}
