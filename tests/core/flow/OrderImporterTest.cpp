// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "flow/OrderImporter.h"
#include "flow/OrderQuery.h"
#include "flow/OrderRepository.h"
#include "org/Staff.h"
#include "org/StaffImporter.h"
#include "storage/AuditLog.h"
#include "storage/SqlQuery.h"
#include "workbook/Importers.h"

#include <QStringEncoder>

using namespace servicelens;
using namespace servicelens::flow;
using namespace servicelens::io;
using namespace servicelens::test;

namespace {

QByteArray gbk(const QString &text)
{
    QStringEncoder e("GB18030");
    return e.encode(text);
}

qint64 orderCount(Database &db)
{
    SqlQuery q(db, QStringLiteral("SELECT count(*) FROM service_order"));
    return q.scalar()->toLongLong();
}

const QString goodFile =
    QStringLiteral("工单号,受理时间,响应时间,关闭时间,渠道,类别,产品,优先级,是否投诉,技术员,客户,"
                   "客户电话,上门次数,返修次数,备注\n"
                   "SO1,2026-10-30 09:00,2026-10-30 09:30,2026-11-02 16:00,微信,空调,\"KFR-35GW, "
                   "白色\",紧急,否,T09,张三,13800001234,1,0,x\n"
                   "SO2,2026/10/31 23:30,,,电话,冰箱,BCD-520,普通,是,T01,李四,13900005678,,,y\n"
                   "SO3,2026-10-31T10:00+08:00,2026-10-31 "
                   "10:05,,app,洗衣机,XQG100,low,0,,张三,13800001234,0,0,z\n");

// The people the file names are created as they are met (`--create-staff`).
ImportOptions creatingStaff()
{
    ImportOptions o;
    o.createStaff = true;
    return o;
}

} // namespace

TEST_CASE("Orders import from GB18030 with Chinese headers, and a second import changes nothing",
          "[io][import]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("导入.servicelens")), clock);
    Database &db = wb->database();
    const QString csv = dir.file(QStringLiteral("工单导出.csv"));
    writeFile(csv, gbk(goodFile));

    // T09 and T01 are not in the staff list: without --create-staff the rows naming them are
    // refused and the two listed with their lines; nothing is written.
    auto refused = Importers::run(ImportKind::Orders, db, csv, {});
    REQUIRE(refused.ok());
    CHECK(refused->failed());
    CHECK(refused->rejected == 2);
    REQUIRE(refused->unknownPeople.size() == 2);
    CHECK(refused->unknownPeople[0].value == QStringLiteral("T09"));
    CHECK(refused->unknownPeople[0].column == QStringLiteral("技术员"));
    CHECK(refused->unknownPeople[0].lines == std::vector<int>{2});
    CHECK_FALSE(refused->unknownPeople[0].created);
    CHECK(refused->unknownPeople[1].value == QStringLiteral("T01"));
    CHECK(orderCount(db) == 0);

    auto first = Importers::run(ImportKind::Orders, db, csv, creatingStaff());
    INFO((first.ok() ? std::string()
                     : QString(first.error().message + first.error().detail).toStdString()));
    REQUIRE(first.ok());
    CHECK(first->encoding == Encoding::Gb18030);
    CHECK(first->read == 3);
    CHECK(first->inserted == 3);
    CHECK(first->warnings.isEmpty()); // 备注 is the description, as spreadsheets call it
    REQUIRE(first->unknownPeople.size() == 2);
    CHECK(first->unknownPeople[0].created);
    auto so1 =
        *flow::OrderRepository(db).findByOrderNo(wb->defaultBranch()->id, QStringLiteral("SO1"));
    REQUIRE(so1.has_value());
    CHECK(so1->product == QStringLiteral("KFR-35GW, 白色"));
    CHECK(so1->description == QStringLiteral("x"));
    CHECK(so1->priority == flow::Priority::Urgent);
    CHECK(so1->channel == flow::Channel::WeChat);
    CHECK(so1->status == flow::OrderStatus::Closed);
    CHECK(
        so1->times.received ==
        QDateTime(QDate(2026, 10, 30), QTime(9, 0), QTimeZone("Asia/Shanghai")).toSecsSinceEpoch());
    // T09 and T01 did not exist: they were created; one customer for two orders.
    CHECK(org::StaffRepository(db).findByCode(QStringLiteral("T09"))->has_value());
    SqlQuery customers(db, QStringLiteral("SELECT count(*) FROM customer"));
    CHECK(customers.scalar()->toInt() == 2);

    auto again = Importers::run(ImportKind::Orders, db, csv, {});
    REQUIRE(again.ok());
    CHECK(again->inserted == 0);
    CHECK(again->updated == 0);
    CHECK(again->unchanged == 3);
    CHECK(orderCount(db) == 3);

    // A changed row updates its order, audited.
    QString changed = goodFile;
    changed.replace(QStringLiteral("BCD-520"), QStringLiteral("BCD-646"));
    writeFile(csv, changed.toUtf8());
    auto third = Importers::run(ImportKind::Orders, db, csv, {});
    REQUIRE(third.ok());
    CHECK(third->updated == 1);
    CHECK(third->unchanged == 2);
    auto so2 =
        *flow::OrderRepository(db).findByOrderNo(wb->defaultBranch()->id, QStringLiteral("SO2"));
    CHECK(so2->product == QStringLiteral("BCD-646"));
    auto history = AuditLog(db).entriesFor(QStringLiteral("service_order"), so2->uid);
    REQUIRE(history.ok());
    CHECK(history->back().before.value(QStringLiteral("product")).toString() ==
          QStringLiteral("BCD-520"));
}

TEST_CASE("An orders import writes only valid references and leaves foreign keys enforced",
          "[io][import]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("引用.servicelens")), clock);
    Database &db = wb->database();
    const QString csv = dir.file(QStringLiteral("工单.csv"));
    writeFile(csv, goodFile.toUtf8());
    auto foreignKeysOn = [&db] {
        SqlQuery q(db, QStringLiteral("PRAGMA foreign_keys"));
        return q.scalar()->toInt() == 1;
    };
    auto violations = [&db] {
        SqlQuery q(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"));
        return q.scalar()->toInt();
    };

    // Committed: new staff (T09, T01) and customers are referenced correctly.
    auto imported = Importers::run(ImportKind::Orders, db, csv, creatingStaff());
    REQUIRE(imported.ok());
    CHECK(imported->inserted == 3);
    CHECK(violations() == 0);
    CHECK(foreignKeysOn());

    // Rolled back (a bad row in a strict import) and cancelled: enforcement is back too.
    writeFile(
        csv,
        (goodFile + QStringLiteral("SO4,not a time,,,,,,,,T77,王五,13700000000,,,\n")).toUtf8());
    auto strict = Importers::run(ImportKind::Orders, db, csv, {});
    REQUIRE(strict.ok());
    CHECK_FALSE(strict->committed);
    CHECK(foreignKeysOn());
    auto cancelled =
        Importers::run(ImportKind::Orders, db, csv, {}, [](qint64, qint64) { return false; });
    CHECK_FALSE(cancelled.ok());
    CHECK(foreignKeysOn());
    CHECK(violations() == 0);

    // Enforcement really is on afterwards: a dangling customer id is refused.
    SqlQuery bad(db, QStringLiteral("UPDATE service_order SET customer_id = 999999"));
    CHECK_FALSE(bad.exec().ok());
}

TEST_CASE("A bad row stops a strict import, naming line, column, value and what was expected",
          "[io][import]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("严格.servicelens")), clock);
    Database &db = wb->database();
    const QString csv = dir.file(QStringLiteral("坏数据.csv"));
    writeFile(csv, QStringLiteral("order_id,received_at,analysed_at,closed_at,priority,visits\n"
                                  "A1,2026-10-01 09:00,,,normal,1\n"
                                  "A2,2026-10-32 09:00,,,normal,1\n"
                                  "A3,2026-10-01 09:00,2026-10-01 08:00,,normal,1\n"
                                  "A4,2026-10-01 09:00,,,P1,1\n"
                                  "A5,2026-10-01 09:00,,,low,-2\n"
                                  "A1,2026-10-02 09:00,,,low,1\n")
                       .toUtf8());
    auto result = Importers::run(ImportKind::Orders, db, csv, {});
    REQUIRE(result.ok());
    CHECK(result->failed());
    CHECK_FALSE(result->committed);
    CHECK(result->rejected == 5);
    CHECK(result->issueCount == 5);
    CHECK(result->rejectedPath.isEmpty());
    CHECK(result->failureMessage(csv).startsWith(QStringLiteral("5 rows of “坏数据.csv”")));
    const QStringList lines = result->toError(csv).detail.split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 5);
    CHECK(lines[0] == QStringLiteral("Line 3, column “received_at”: “2026-10-32 09:00”: expected a "
                                     "time such as 2026-10-31 14:30"));
    CHECK(lines[1].startsWith(QStringLiteral(
        "Line 4, column “analysed_at”: “2026-10-01 08:00”: earlier than received_at")));
    CHECK(lines[2].startsWith(QStringLiteral("Line 5, column “priority”: “P1”: expected urgent")));
    CHECK(lines[3].startsWith(QStringLiteral("Line 6, column “visits”: “-2”")));
    CHECK(lines[4].startsWith(
        QStringLiteral("Line 7, column “order_id”: “A1”: this order id appears earlier")));
    CHECK(orderCount(db) == 0); // nothing half-written

    // Skip-invalid: the good row goes in, the others go to <input>.rejected.csv with the reason.
    ImportOptions skip;
    skip.skipInvalid = true;
    auto partial = Importers::run(ImportKind::Orders, db, csv, skip);
    REQUIRE(partial.ok());
    CHECK(partial->inserted == 1);
    CHECK(partial->rejected == 5);
    CHECK(partial->rejectedPath == csv + QStringLiteral(".rejected.csv"));
    const QString rejected =
        QString::fromUtf8(fileBytes(partial->rejectedPath)).remove(QChar(0xFEFF));
    CHECK(rejected.startsWith(
        QStringLiteral("order_id,received_at,analysed_at,closed_at,priority,visits,reason\n")));
    CHECK(rejected.count(QLatin1Char('\n')) == 6);
    CHECK(rejected.contains(QStringLiteral("A4,2026-10-01 09:00,,,P1,1,")));

    // A missing required column is an error before any row.
    writeFile(csv, "order_id,channel\nB1,phone\n");
    auto missing = Importers::run(ImportKind::Orders, db, csv, {});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.startsWith(
        QStringLiteral("Line 1: the required column “received_at”")));
}

TEST_CASE("A mapping file maps another helpdesk's headers, dates and values", "[io][import]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("映射.servicelens")), clock);
    const QString csv = dir.file(QStringLiteral("helpdesk.csv"));
    writeFile(
        csv,
        "Ticket;Opened;Severity\nT-1;10/30/2026 02:15:00 PM;P1\nT-2;10/31/2026 09:00:00 AM;P3\n");
    const QString mapFile = dir.file(QStringLiteral("map.txt"));
    writeFile(mapFile, "Ticket=order_id\nOpened=received_at\nSeverity=priority\n"
                       "@date_format=MM/dd/yyyy hh:mm:ss "
                       "AP\n@value.priority.P1=urgent\n@value.priority.P3=normal\n");
    auto mapping = ColumnMapping::load(mapFile);
    REQUIRE(mapping.ok());
    ImportOptions options;
    options.mapping = *mapping;
    auto result = Importers::run(ImportKind::Orders, wb->database(), csv, options);
    INFO((result.ok() ? std::string()
                      : QString(result.error().message + result.error().detail).toStdString()));
    REQUIRE(result.ok());
    CHECK(result->delimiter == ';');
    CHECK(result->inserted == 2);
    auto t1 = *flow::OrderRepository(wb->database())
                   .findByOrderNo(wb->defaultBranch()->id, QStringLiteral("T-1"));
    CHECK(t1->priority == flow::Priority::Urgent);
    CHECK(t1->times.received ==
          QDateTime(QDate(2026, 10, 30), QTime(14, 15), QTimeZone("Asia/Shanghai"))
              .toSecsSinceEpoch());
}

TEST_CASE("People columns take a code, a name or \"code name\", newcomers only when asked",
          "[io][import][staff]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("人员.servicelens")), clock);
    Database &db = wb->database();
    org::StaffRepository staff(db);
    for (auto [code, name] :
         {std::pair{"T01", "林芳"}, {"T02", "马宇航"}, {"T03", "张伟"}, {"T04", "张伟"}}) {
        org::StaffMember m;
        m.code = QString::fromLatin1(code);
        m.name = QString::fromUtf8(name);
        REQUIRE(staff.create(m).ok());
    }
    auto idOf = [&](const char *code) {
        return (*staff.findByCode(QString::fromLatin1(code)))->id;
    };
    auto technicianOf = [&](const char *orderNo) {
        return (**flow::OrderRepository(db).findByOrderNo(wb->defaultBranch()->id,
                                                          QString::fromLatin1(orderNo)))
            .technicianId;
    };
    const QString csv = dir.file(QStringLiteral("工单.csv"));
    // As ServiceLens shows people, by code (any case), by name, with a full-width space.
    writeFile(csv, QStringLiteral("工单号,受理时间,技术员\n"
                                  "A1,2026-11-02 09:00,T02 马宇航\n"
                                  "A2,2026-11-02 09:00,马宇航\n"
                                  "A3,2026-11-02 09:00,t01\n"
                                  "A4,2026-11-02 09:00,T01　林芳\n")
                       .toUtf8());
    auto known = Importers::run(ImportKind::Orders, db, csv, {});
    REQUIRE(known.ok());
    CHECK(known->inserted == 4);
    CHECK(known->unknownPeople.empty());
    CHECK(technicianOf("A1") == idOf("T02"));
    CHECK(technicianOf("A2") == idOf("T02"));
    CHECK(technicianOf("A3") == idOf("T01"));
    CHECK(technicianOf("A4") == idOf("T01"));
    CHECK(staff.list()->size() == 4); // no phantom "T02 马宇航 T02 马宇航"

    // A shared name and a code whose person has another name are errors naming who it could be.
    writeFile(csv, QStringLiteral("工单号,受理时间,技术员\n"
                                  "B1,2026-11-02 09:00,张伟\n"
                                  "B2,2026-11-02 09:00,T02 林芳\n")
                       .toUtf8());
    auto unclear = Importers::run(ImportKind::Orders, db, csv, creatingStaff());
    REQUIRE(unclear.ok());
    REQUIRE(unclear->issues.size() == 2);
    CHECK(unclear->issues[0].message.contains(QStringLiteral("T03, T04")));
    CHECK(unclear->issues[1].message.contains(QStringLiteral("马宇航")));
    CHECK(staff.list()->size() == 4);

    // Newcomers: listed with their lines and refused, then created on request — a code and a
    // name split, a bare name numbered after the highest T code then in use, each created once.
    writeFile(csv, QStringLiteral("工单号,受理时间,技术员\n"
                                  "C1,2026-11-02 09:00,张师傅\n"
                                  "C2,2026-11-02 09:00,T15 王强\n"
                                  "C3,2026-11-02 09:00,张师傅\n")
                       .toUtf8());
    auto listed = Importers::run(ImportKind::Orders, db, csv, {});
    REQUIRE(listed.ok());
    CHECK(listed->failed());
    REQUIRE(listed->unknownPeople.size() == 2);
    CHECK(listed->unknownPeople[0].value == QStringLiteral("张师傅"));
    CHECK(listed->unknownPeople[0].rows == 2);
    CHECK(listed->unknownPeople[0].lines == std::vector<int>{2, 4});
    CHECK(listed->issues[0].message.contains(QStringLiteral("--create-staff")));
    CHECK(staff.list()->size() == 4);

    auto created = Importers::run(ImportKind::Orders, db, csv, creatingStaff());
    REQUIRE(created.ok());
    CHECK(created->inserted == 3);
    REQUIRE(created->unknownPeople.size() == 2);
    CHECK(created->unknownPeople[0].created);
    CHECK(created->unknownPeople[0].rows == 2);
    auto found = *staff.findByCode(QStringLiteral("T05"));
    REQUIRE(found.has_value());
    const org::StaffMember master = *found;
    CHECK(master.name == QStringLiteral("张师傅"));
    CHECK((*staff.findByCode(QStringLiteral("T15")))->name == QStringLiteral("王强"));
    CHECK(technicianOf("C1") == master.id);
    CHECK(technicianOf("C3") == master.id);
    CHECK(staff.list()->size() == 6);
}

TEST_CASE("The description comes in under its usual headers, stays on re-import and is found",
          "[io][import]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("描述.servicelens")), clock);
    Database &db = wb->database();
    const QString csv = dir.file(QStringLiteral("工单.csv"));
    writeFile(csv, QStringLiteral("报修单号,报修时间,问题描述\n"
                                  "D1,2026-11-02 09:00,空调外机漏水，噪音大\n"
                                  "D2,2026-11-02 10:00,冰箱不制冷\n")
                       .toUtf8());
    REQUIRE(Importers::run(ImportKind::Orders, db, csv, {})->inserted == 2);
    const qint64 branch = wb->defaultBranch()->id;
    auto description = [&](const char *no) {
        return (**flow::OrderRepository(db).findByOrderNo(branch, QString::fromLatin1(no)))
            .description;
    };
    CHECK(description("D1") == QStringLiteral("空调外机漏水，噪音大"));
    // A later file without the column keeps it (FORMATS.md: only the columns given change).
    writeFile(csv, "order_id,received_at,closed_at\nD1,2026-11-02 09:00,2026-11-03 09:00\n");
    auto again = Importers::run(ImportKind::Orders, db, csv, {});
    CHECK(again->updated == 1);
    CHECK(description("D1") == QStringLiteral("空调外机漏水，噪音大"));
    // Searchable like the order id, the customer and the product.
    flow::OrderFilter filter;
    filter.text = QStringLiteral("漏水");
    CHECK(*flow::OrderQuery(db, *wb->defaultBranch()).count(filter) == 1);
    filter.text = QStringLiteral("不制冷");
    CHECK(*flow::OrderQuery(db, *wb->defaultBranch()).count(filter) == 1);
}

TEST_CASE("Missing-value markers read as empty cells, in every column", "[io][import]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("标记.servicelens")), clock);
    const QString csv = dir.file(QStringLiteral("servicenow.csv"));
    // ServiceNow writes "?" for no value; some sheets write N/A or 无 (any case, any spaces).
    writeFile(csv, QStringLiteral("order_id,received_at,closed_at,category,customer\n"
                                  "INC1,2026-10-30 09:00,?,空调, n/a \n"
                                  "INC2,2026-10-30 10:00,2026-10-31 10:00,无,王五\n")
                       .toUtf8());
    // Without markers, "?" is not a time: the import stops naming line, column and value.
    auto strict = Importers::run(ImportKind::Orders, wb->database(), csv, {});
    REQUIRE(strict.ok());
    REQUIRE(strict->failed());
    REQUIRE_FALSE(strict->issues.empty());
    CHECK(strict->issues.front().line == 2);
    CHECK(strict->issues.front().column == QStringLiteral("closed_at"));
    CHECK(strict->issues.front().value == QStringLiteral("?"));

    ImportOptions options;
    options.mapping = *ColumnMapping::parse(QStringLiteral("@empty=?\n@empty=N/A\n@empty=无\n"));
    auto result = Importers::run(ImportKind::Orders, wb->database(), csv, options);
    REQUIRE(result.ok());
    CHECK(result->inserted == 2);
    const qint64 branch = wb->defaultBranch()->id;
    flow::OrderRepository orders(wb->database());
    auto inc1 = **orders.findByOrderNo(branch, QStringLiteral("INC1"));
    CHECK_FALSE(inc1.times.closed.has_value());
    CHECK(inc1.customerId == std::nullopt);
    auto inc2 = **orders.findByOrderNo(branch, QStringLiteral("INC2"));
    CHECK(inc2.category.isEmpty());
    CHECK(inc2.times.closed.has_value());
}

TEST_CASE("The CSV fixtures import to the same orders whatever their encoding and layout",
          "[io][import][fixtures]")
{
    const QString fixtures = QStringLiteral(SERVICELENS_FIXTURES "/csv/");
    struct Fixture {
        const char *file;
        Encoding encoding;
        char delimiter;
    };
    const Fixture all[] = {
        {"utf8-bom-chinese-headers.csv", Encoding::Utf8, ','},
        {"gb18030-chinese-headers.csv", Encoding::Gb18030, ','},
        {"utf16le-tab.csv", Encoding::Utf16LE, '\t'},
        {"semicolon-english-headers.csv", Encoding::Utf8, ';'},
        {"crlf-empty-lines-quoted-newline.csv", Encoding::Utf8, ','},
        {"trailing-delimiter-mixed-case.csv", Encoding::Utf8, ','},
    };
    for (const Fixture &fx : all) {
        INFO(fx.file);
        TempFolder dir;
        FixedClock clock(referenceNowMsecs());
        auto wb = createWorkbook(dir.file(QStringLiteral("夹具.servicelens")), clock);
        // Work on a copy: a skip-invalid run would write beside the input.
        const QString copy = dir.file(QString::fromLatin1(fx.file));
        REQUIRE(QFile::copy(fixtures + QString::fromLatin1(fx.file), copy));
        auto result = Importers::run(ImportKind::Orders, wb->database(), copy, {});
        INFO((result.ok() ? std::string()
                          : QString(result.error().message + result.error().detail).toStdString()));
        REQUIRE(result.ok());
        CHECK(result->encoding == fx.encoding);
        CHECK(result->delimiter == fx.delimiter);
        CHECK(result->inserted == 2);
        CHECK(result->warnings.isEmpty());
        flow::OrderRepository orders(wb->database());
        const qint64 branch = wb->defaultBranch()->id;
        auto f1 = *orders.findByOrderNo(branch, QStringLiteral("F1"));
        auto f2 = *orders.findByOrderNo(branch, QStringLiteral("F2"));
        REQUIRE(f1.has_value());
        REQUIRE(f2.has_value());
        CHECK(f1->product == QStringLiteral("KFR-35GW, 白色"));
        CHECK(f2->product == QStringLiteral("他说\"好\""));
        CHECK(f1->times.received ==
              QDateTime(QDate(2026, 10, 1), QTime(9, 0), QTimeZone("Asia/Shanghai"))
                  .toSecsSinceEpoch());
    }
}

TEST_CASE("Staff import creates, updates and validates people by staff code", "[io][import][staff]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("员工.servicelens")), clock);
    Database &db = wb->database();
    const QString csv = dir.file(QStringLiteral("员工名单.csv"));
    writeFile(csv, gbk(QStringLiteral("工号,姓名,岗位,班组,入职日期\n"
                                      "T01,王师傅,技术支持,技术支持一组,2021-03-01\n"
                                      "C01,李娜,客服,客户服务组,2023/7/15\n")));
    auto first = Importers::run(ImportKind::Staff, db, csv, {});
    INFO((first.ok() ? std::string()
                     : QString(first.error().message + first.error().detail).toStdString()));
    REQUIRE(first.ok());
    CHECK(first->inserted == 2);
    auto t01 = *org::StaffRepository(db).findByCode(QStringLiteral("T01"));
    REQUIRE(t01.has_value());
    CHECK(t01->role == org::Role::TechnicalSupport);
    CHECK(t01->hireDate == QDate(2021, 3, 1));
    CHECK(Importers::run(ImportKind::Staff, db, csv, {})->unchanged == 2);

    writeFile(csv, QStringLiteral("code,name,team\nT01,王建国,技术支持二组\n").toUtf8());
    auto update = Importers::run(ImportKind::Staff, db, csv, {});
    REQUIRE(update.ok());
    CHECK(update->updated == 1);
    t01 = *org::StaffRepository(db).findByCode(QStringLiteral("T01"));
    CHECK(t01->name == QStringLiteral("王建国"));
    CHECK(t01->team == QStringLiteral("技术支持二组"));
    CHECK(t01->hireDate == QDate(2021, 3, 1)); // a column the file lacks keeps its value

    writeFile(csv,
              QStringLiteral("code,name,role,hire_date\nQ01,,质量,2020-01-01\nQ02,赵六,厨师,2020-"
                             "01-01\nQ03,钱七,quality,2020-02-30\n")
                  .toUtf8());
    auto bad = Importers::run(ImportKind::Staff, db, csv, {});
    REQUIRE(bad.ok());
    CHECK(bad->failed());
    const QStringList lines = bad->toError(csv).detail.split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].startsWith(QStringLiteral("Line 2, column “name”")));
    CHECK(lines[1].startsWith(QStringLiteral("Line 3, column “role”: “厨师”")));
    CHECK(lines[2].startsWith(QStringLiteral("Line 4, column “hire_date”: “2020-02-30”")));
    CHECK_FALSE(org::StaffRepository(db).findByCode(QStringLiteral("Q03"))->has_value());
}

TEST_CASE("A dry run checks and counts like an import and changes nothing", "[io][import]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("试运行.servicelens")), clock);
    Database &db = wb->database();
    const QString csv = dir.file(QStringLiteral("工单.csv"));
    writeFile(csv, goodFile.toUtf8() + "SO9,2026-10-32 09:00,,,,,,,,,,,,,\n");
    ImportOptions options = creatingStaff();
    options.dryRun = true;
    options.skipInvalid = true;
    auto result = Importers::run(ImportKind::Orders, db, csv, options);
    REQUIRE(result.ok());
    CHECK_FALSE(result->committed);
    CHECK(result->read == 4);
    CHECK(result->inserted == 3);
    CHECK(result->rejected == 1);
    CHECK(result->issues.at(0).line == 5);
    CHECK(result->rejectedPath.isEmpty());
    CHECK_FALSE(QFileInfo::exists(csv + QStringLiteral(".rejected.csv")));
    CHECK(orderCount(db) == 0);
    SqlQuery customers(db, QStringLiteral("SELECT count(*) FROM customer"));
    CHECK(customers.scalar()->toLongLong() == 0);
    // The month-count trigger set aside for the bulk insert is back after the rollback.
    SqlQuery trigger(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = "
                                        "'trigger' AND name = 'order_month_count_insert'"));
    CHECK(trigger.scalar()->toLongLong() == 1);
}

TEST_CASE("A file full of errors keeps the first thousand problems and counts them all",
          "[io][import]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("错误很多.servicelens")), clock);
    QByteArray text = "order_id,received_at,priority\n";
    for (int i = 0; i < 1500; ++i)
        text += "E" + QByteArray::number(i) + ",yesterday,P" + QByteArray::number(i % 3) + "\n";
    const QString csv = dir.file(QStringLiteral("全错.csv"));
    writeFile(csv, text);
    auto result = Importers::run(ImportKind::Orders, wb->database(), csv, {});
    REQUIRE(result.ok());
    CHECK(result->failed());
    CHECK(result->rejected == 1500);
    CHECK(result->issueCount == 3000); // a bad time and a bad priority on each row
    CHECK(result->issues.size() == static_cast<std::size_t>(ImportSummary::maxIssuesKept));
    CHECK(result->issues.back().line == 501);
    CHECK(result->toError(csv).detail.endsWith(QStringLiteral("… and 2000 more problems.")));
}

TEST_CASE("An order id of the workbook twice in the file is a duplicate, counts stay exact",
          "[io][import]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("重复.servicelens")), clock);
    Database &db = wb->database();
    const QString csv = dir.file(QStringLiteral("工单.csv"));
    writeFile(csv, goodFile.toUtf8());
    REQUIRE(Importers::run(ImportKind::Orders, db, csv, creatingStaff())->inserted == 3);

    // SO1 exists: once updates it, the second time is the file's own duplicate.
    writeFile(csv, "order_id,received_at,closed_at\n"
                   "SO1,2026-10-30 09:00,2026-11-03 10:00\n"
                   "SO4,2026-11-01 08:00,\n"
                   "SO1,2026-10-30 09:00,\n");
    auto result = Importers::run(ImportKind::Orders, db, csv, {});
    REQUIRE(result.ok());
    CHECK(result->failed());
    REQUIRE(result->issues.size() == 1);
    CHECK(result->issues[0].toString() ==
          QStringLiteral("Line 4, column “order_id”: “SO1”: this order id appears earlier in "
                         "the file"));
    CHECK(orderCount(db) == 3);

    // The monthly counts kept beside the orders match a count from scratch after imports.
    writeFile(csv, "order_id,received_at,closed_at\nSO5,2026-09-30 23:59,2026-10-01 00:01\n"
                   "SO6,2026-11-30 16:00,\n");
    REQUIRE(Importers::run(ImportKind::Orders, db, csv, {})->committed);
    SqlQuery kept(db, QStringLiteral("SELECT group_concat(month || ':' || received || '/' || "
                                     "closed, ' ') FROM (SELECT * FROM order_month_count "
                                     "WHERE received > 0 OR closed > 0 ORDER BY month)"));
    SqlQuery fresh(
        db, QStringLiteral("SELECT group_concat(month || ':' || r || '/' || c, ' ') FROM ("
                           "SELECT month, sum(r) AS r, sum(c) AS c FROM ("
                           "SELECT received_month AS month, 1 AS r, 0 AS c FROM service_order "
                           "UNION ALL SELECT closed_month, 0, 1 FROM service_order "
                           "WHERE closed_month IS NOT NULL) GROUP BY month ORDER BY month)"));
    const QString expected = fresh.scalar()->toString();
    CHECK(kept.scalar()->toString() == expected);
    // SO5 crosses the month boundary at midnight Shanghai time; SO1 closed in November.
    CHECK(expected == QStringLiteral("202609:1/0 202610:3/1 202611:1/1"));
}
