// SPDX-License-Identifier: GPL-3.0-or-later
// The training copy: no customer's name, phone number or address of the source anywhere in its
// bytes, stable pseudonyms, the same per-customer figures, a sound file with an intact audit chain.
#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "flow/Customer.h"
#include "incident/Incidents.h"
#include "storage/FileProbe.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"
#include "workbook/TrainingCopy.h"
#include "workbook/WorkbookCheck.h"
#include "workbook/WorkbookSchema.h"

using namespace servicelens;
using namespace servicelens::test;

namespace {

QStringList column(Database &db, const char *sql)
{
    SqlQuery q(db, QString::fromLatin1(sql));
    auto rows = q.all<QString>([](const SqlQuery &row) { return row.value(0).toString(); });
    REQUIRE(rows.ok());
    return QStringList(rows->begin(), rows->end());
}

} // namespace

TEST_CASE("A training copy holds no customer name or phone number of the source", "[workbook]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString source = dir.file(QStringLiteral("真实数据.servicelens"));
    QStringList names, phones, staffNames;
    QStringList ordersPerCustomer;
    {
        DemoOptions demo;
        demo.orders = 2500;
        auto wb = DemoGenerator::createDemoWorkbook(source, demo, &clock);
        REQUIRE(wb.ok());
        Database &db = (*wb)->database();
        // A customer created one by one (its audit record holds the name and phone) and free
        // text that names customers and gives numbers, as real notes do.
        flow::Customer c;
        c.name = QStringLiteral("欧阳娜娜");
        c.phone = QStringLiteral("13912345678");
        c.address = QStringLiteral("上海市浦东新区张江路88弄6号1202室");
        REQUIRE(flow::CustomerRepository(db).create(c).ok());
        // Moved: the update's record holds the old address and the new.
        flow::Customer moved = c;
        moved.address = QStringLiteral("上海市徐汇区漕溪北路399号");
        REQUIRE(flow::CustomerRepository(db).update(moved, c).ok());
        {
            WriteTransaction tx(db);
            SqlQuery q(db, QStringLiteral(
                               "UPDATE service_order SET description = (SELECT name FROM customer "
                               "WHERE id = customer_id) || '来电，回拨 ' || (SELECT phone FROM "
                               "customer WHERE id = customer_id) || '，备用 021-6123 4567' WHERE "
                               "id % 7 = 0"));
            REQUIRE(q.exec().ok());
            SqlQuery a(db, QStringLiteral("UPDATE survey_answer SET text = text || ' 电话 "
                                          "13800001111' WHERE text <> ''"));
            REQUIRE(a.exec().ok());
            // What the recall's customers said on the phone, with their numbers.
            SqlQuery k(db, QStringLiteral("UPDATE incident_contact SET note = (SELECT name || "
                                          "' 改约，打 ' || phone FROM customer WHERE id = "
                                          "customer_id) WHERE id % 3 = 0"));
            REQUIRE(k.exec().ok());
            REQUIRE(tx.commit().ok());
        }
        // A note on the incident's timeline giving a customer's number (a note names no
        // customer the copy could know: its numbers go, as in an inspection's notes).
        auto incidents = incident::Incidents(db).list((*wb)->defaultBranch()->id);
        REQUIRE(incidents.ok());
        const incident::Incident &recall = incidents->front();
        REQUIRE(recall.isOpen());
        REQUIRE(incident::Incidents(db)
                    .addNote(recall.id, QStringLiteral("客户来电 13912345678 投诉电机异响"),
                             clock.nowSecsSinceEpoch(), std::nullopt)
                    .ok());
        names = column(db, "SELECT DISTINCT name FROM customer WHERE length(name) >= 2");
        phones = column(db, "SELECT DISTINCT phone FROM customer WHERE phone <> ''");
        staffNames = column(db, "SELECT name FROM staff");
        ordersPerCustomer = column(db, "SELECT count(*) || ':' || coalesce(customer_id, 0) FROM "
                                       "service_order GROUP BY customer_id ORDER BY customer_id");
    }
    REQUIRE(names.size() > 100);
    const QByteArray sourceBytes = fileBytes(source);

    const QString copy = dir.file(QStringLiteral("培训副本.servicelens"));
    qint64 lastStep = 0;
    REQUIRE(TrainingCopy::write(source, copy, [&](qint64 done, qint64) {
                lastStep = done;
                return true;
            }).ok());
    CHECK(lastStep == 5);
    CHECK(fileBytes(source) == sourceBytes); // the source is only read
    CHECK_FALSE(QFileInfo::exists(copy + QStringLiteral(".work")));
    CHECK_FALSE(QFileInfo::exists(copy + QStringLiteral("-wal")));

    const QByteArray bytes = fileBytes(copy);
    int namesChecked = 0;
    for (const QString &name : names) {
        bool staffToo = false; // a customer who shares a name with an employee
        for (const QString &s : staffNames)
            staffToo = staffToo || s.contains(name);
        if (staffToo)
            continue;
        INFO(name.toStdString());
        CHECK_FALSE(bytes.contains(name.toUtf8()));
        ++namesChecked;
    }
    CHECK(namesChecked > 100);
    for (const QString &phone : phones) {
        INFO(phone.toStdString());
        CHECK_FALSE(bytes.contains(phone.toUtf8()));
    }
    CHECK_FALSE(bytes.contains("13800001111"));
    CHECK_FALSE(bytes.contains(QStringLiteral("张江路").toUtf8()));
    CHECK_FALSE(bytes.contains(QStringLiteral("漕溪北路").toUtf8()));
    CHECK_FALSE(bytes.contains("6123 4567"));

    // A sound workbook, its audit chain intact, the same orders per customer.
    auto problems = WorkbookCheck::verifyFile(copy);
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
    auto chain = WorkbookCheck::verifyAuditTrail(copy);
    REQUIRE(chain.ok());
    CHECK(chain->intact());
    auto wb = Workbook::open(copy);
    REQUIRE(wb.ok());
    Database &db = (*wb)->database();
    // The timeline still refuses changes in the copy.
    SqlQuery edit(db, QStringLiteral("UPDATE incident_event SET text = ''"));
    CHECK_FALSE(edit.exec().ok());
    CHECK(column(db, "SELECT count(*) || ':' || coalesce(customer_id, 0) FROM service_order "
                     "GROUP BY customer_id ORDER BY customer_id") == ordersPerCustomer);
    const QStringList uids = column(db, "SELECT uid FROM customer ORDER BY id LIMIT 1");
    const QStringList pseudonym = column(db, "SELECT name FROM customer ORDER BY id LIMIT 1");
    CHECK(pseudonym.front() == TrainingCopy::pseudonymName(uids.front())); // stable
    CHECK(column(db, "SELECT after_json FROM audit_log WHERE entity = 'workbook'")
              .join(QString())
              .contains(QStringLiteral("真实数据.servicelens")));
}

TEST_CASE("A training copy is refused onto its source and leaves nothing when cancelled",
          "[workbook]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString source = dir.file(QStringLiteral("源.servicelens"));
    {
        DemoOptions demo;
        demo.orders = 200;
        REQUIRE(DemoGenerator::createDemoWorkbook(source, demo, &clock).ok());
    }
    CHECK(TrainingCopy::write(source, source).error().kind == ErrorKind::InvalidInput);
    const QString copy = dir.file(QStringLiteral("副本.servicelens"));
    const Status cancelled =
        TrainingCopy::write(source, copy, [](qint64 done, qint64) { return done < 3; });
    CHECK(cancelled.error().kind == ErrorKind::Cancelled);
    CHECK(QDir(dir.path()).entryList({QStringLiteral("副本*")}, QDir::Files).isEmpty());
}

TEST_CASE("A training copy of an older workbook is upgraded without a backup of real data",
          "[workbook]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString source = dir.file(QStringLiteral("旧.servicelens"));
    const std::vector<Migration> upTo8(WorkbookSchema::migrations().begin(),
                                       WorkbookSchema::migrations().begin() + 8);
    {
        Database::Options options;
        options.clock = &clock;
        options.mode = Database::OpenMode::CreateNew;
        options.migrations = &upTo8;
        auto db = Database::open(source, options);
        REQUIRE(db.ok());
        // As that release wrote a customer (today's repository knows later columns).
        REQUIRE((*db)
                    ->execScript("BEGIN;"
                                 "INSERT INTO customer (uid, name, phone, segment, created_at, "
                                 "updated_at) VALUES ('c-1', '司马相如', '13655556666', 'regular', "
                                 "1790000000, 1790000000);"
                                 "INSERT INTO audit_log (at, actor, action, entity, entity_uid, "
                                 "after_json) VALUES (1790000000, '店长', 'insert', 'customer', "
                                 "'c-1', '{\"name\":\"司马相如\",\"phone\":\"13655556666\"}');"
                                 "COMMIT;")
                    .ok());
    }
    const QString copy = dir.file(QStringLiteral("新副本.servicelens"));
    REQUIRE(TrainingCopy::write(source, copy).ok());
    // No backup folder beside the copy: it would hold the customers the copy removes.
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.backups")}, QDir::Dirs).isEmpty());
    const QByteArray bytes = fileBytes(copy);
    CHECK_FALSE(bytes.contains(QStringLiteral("司马相如").toUtf8()));
    CHECK_FALSE(bytes.contains("13655556666"));
    auto probe = FileProbe::read(copy);
    REQUIRE(probe.ok());
    CHECK(probe->userVersion == WorkbookSchema::latestVersion());
}
