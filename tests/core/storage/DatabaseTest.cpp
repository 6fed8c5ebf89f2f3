// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "storage/SqlQuery.h"
#include "workbook/WorkbookCheck.h"
#include "workbook/WorkbookSchema.h"

#include <QFileInfo>

#include <sqlite3.h>
#include <unistd.h>

using namespace servicelens;
using namespace servicelens::test;

namespace {

QVariant scalar(Database &db, const QString &sql)
{
    SqlQuery q(db, sql);
    auto v = q.scalar();
    REQUIRE(v.ok());
    return *v;
}

Database::Options optionsWith(const Clock &clock,
                              const std::vector<Migration> *migrations = nullptr)
{
    Database::Options o;
    o.clock = &clock;
    o.migrations = migrations ? migrations : &WorkbookSchema::migrations();
    return o;
}

// The built-in steps plus a second one, as a later ServiceLens would ship.
std::vector<Migration> migrationsWithNextStep(const QByteArray &script)
{
    std::vector<Migration> list = WorkbookSchema::migrations();
    list.push_back(Migration{WorkbookSchema::latestVersion() + 1, QStringLiteral("test step"),
                             QString(), script});
    return list;
}

} // namespace

TEST_CASE("A new workbook gets the latest schema, WAL, foreign keys and its identity", "[storage]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString path = dir.file(QStringLiteral("新工作簿.servicelens"));
    auto wb = createWorkbook(path, clock);
    Database &db = wb->database();

    CHECK(db.schemaVersion() == WorkbookSchema::latestVersion());
    CHECK(scalar(db, QStringLiteral("PRAGMA user_version")).toInt() ==
          WorkbookSchema::latestVersion());
    CHECK(scalar(db, QStringLiteral("PRAGMA application_id")).toInt() == Database::applicationId);
    CHECK(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt() == 1); // NORMAL
    CHECK(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt() == 5000);
    CHECK(db.migrationBackupPath().isEmpty()); // nothing to back up in a new file

    // Every business table carries a uid.
    for (const char *table : {"branch", "staff", "customer", "calendar_day", "sla_policy",
                              "service_order", "stage_event"}) {
        INFO(table);
        CHECK(scalar(db, QStringLiteral(
                             "SELECT count(*) FROM pragma_table_info('%1') WHERE name = 'uid'")
                             .arg(QLatin1String(table)))
                  .toInt() == 1);
    }
    // What every new workbook is given.
    CHECK(scalar(db, QStringLiteral("SELECT name FROM branch")).toString() ==
          QStringLiteral("上海浦东服务中心"));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sla_policy")).toInt() == 4);
    CHECK(scalar(db, QStringLiteral("SELECT group_concat(year) FROM calendar_year")).toString() ==
          QStringLiteral("2025,2026"));
}

TEST_CASE("An empty file can become a new workbook (migration from nothing)", "[storage]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString path = dir.file(QStringLiteral("空文件.servicelens"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.close();
    auto wb = createWorkbook(path, clock);
    CHECK(wb->database().schemaVersion() == WorkbookSchema::latestVersion());
    CHECK(wb->defaultBranch().ok());
}

TEST_CASE("Opening a workbook that is current migrates nothing and backs up nothing", "[storage]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString path = dir.file(QStringLiteral("当前.servicelens"));
    createWorkbook(path, clock).reset();

    auto db = Database::open(path, optionsWith(clock));
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == WorkbookSchema::latestVersion());
    CHECK((*db)->migrationBackupPath().isEmpty());
    CHECK_FALSE(QFileInfo::exists(dir.file(QStringLiteral("当前.backups"))));
}

TEST_CASE("Storage applies the schema it is given and opens nothing without one", "[storage]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString path = dir.file(QStringLiteral("无结构.servicelens"));
    Database::Options none;
    none.clock = &clock;
    none.mode = Database::OpenMode::CreateNew;
    auto refused = Database::open(path, none);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("无结构.servicelens")));
    CHECK_FALSE(QFileInfo(path).size() > 0);

    // A list of one step is a schema of version 1: storage knows no table of its own.
    const std::vector<Migration> one{WorkbookSchema::migrations().front()};
    Database::Options first = none;
    first.migrations = &one;
    auto db = Database::open(path, first);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == 1);
    CHECK(latestVersion(one) == 1);
    CHECK(latestVersion({}) == 0);
}

TEST_CASE("Migrating backs the file up first, then applies the step in one transaction",
          "[storage]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString path = dir.file(QStringLiteral("旧版.servicelens"));
    {
        auto wb = createWorkbook(path, clock);
        REQUIRE(wb->database()
                    .execScript("INSERT INTO setting (key, value) VALUES ('标记', '旧数据')")
                    .ok());
    }
    const auto migrations = migrationsWithNextStep(
        "CREATE TABLE later_feature (id INTEGER PRIMARY KEY, note TEXT NOT NULL);\n"
        "INSERT INTO later_feature (note) VALUES ('迁移; 含分号');");

    const int next = WorkbookSchema::latestVersion() + 1;
    auto db = Database::open(path, optionsWith(clock, &migrations));
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == next);
    CHECK(scalar(**db, QStringLiteral("PRAGMA user_version")).toInt() == next);
    CHECK(scalar(**db, QStringLiteral("SELECT note FROM later_feature")).toString() ==
          QStringLiteral("迁移; 含分号"));

    // The backup holds the v1 file as it was.
    const QString backup = (*db)->migrationBackupPath();
    REQUIRE_FALSE(backup.isEmpty());
    CHECK(QFileInfo(backup).absolutePath() ==
          QFileInfo(dir.file(QStringLiteral("旧版.backups"))).absoluteFilePath());
    auto old = Database::open(backup, optionsWith(clock)); // the built-in list: it is current
    REQUIRE(old.ok());
    CHECK((*old)->schemaVersion() == WorkbookSchema::latestVersion());
    CHECK(
        scalar(**old, QStringLiteral("SELECT value FROM setting WHERE key = '标记'")).toString() ==
        QStringLiteral("旧数据"));
    CHECK(scalar(**old,
                 QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'later_feature'"))
              .toInt() == 0);
}

TEST_CASE("A version 1 workbook is upgraded to the latest format with its data", "[storage]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString path = dir.file(QStringLiteral("第一版.servicelens"));
    {
        // What the first release wrote: only the first step.
        const std::vector<Migration> firstRelease{WorkbookSchema::migrations().front()};
        Database::Options o = optionsWith(clock, &firstRelease);
        o.mode = Database::OpenMode::CreateNew;
        auto v1 = Database::open(path, o);
        REQUIRE(v1.ok());
        CHECK((*v1)->schemaVersion() == 1);
        REQUIRE((*v1)
                    ->execScript("INSERT INTO branch (uid, code, name, created_at, updated_at) "
                                 "VALUES ('u1', 'GZ03', '广州天河服务中心', 0, 0)")
                    .ok());
    }
    auto db = Database::open(path, optionsWith(clock));
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == WorkbookSchema::latestVersion());
    CHECK(scalar(**db, QStringLiteral("SELECT name FROM branch WHERE code = 'GZ03'")).toString() ==
          QStringLiteral("广州天河服务中心"));
    CHECK(scalar(**db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = "
                                      "'service_order_kpi_closed'"))
              .toInt() == 1);
    CHECK_FALSE((*db)->migrationBackupPath().isEmpty());
}

TEST_CASE("A failing migration step is rolled back and leaves the file at its version", "[storage]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString path = dir.file(QStringLiteral("失败.servicelens"));
    createWorkbook(path, clock).reset();
    const auto migrations =
        migrationsWithNextStep("CREATE TABLE half_done (id INTEGER PRIMARY KEY);\n"
                               "INSERT INTO no_such_table VALUES (1);");

    auto failed = Database::open(path, optionsWith(clock, &migrations));
    const int latest = WorkbookSchema::latestVersion();
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message.contains(QStringLiteral("format %1").arg(latest + 1)));
    CHECK(failed.error().message.contains(QStringLiteral("left at format %1").arg(latest)));

    auto db = Database::open(path, optionsWith(clock));
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == latest);
    CHECK(
        scalar(**db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"))
            .toInt() == 0);
}

TEST_CASE("A workbook from a newer version is refused and its bytes stay the same", "[storage]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString path = dir.file(QStringLiteral("未来.servicelens"));
    createWorkbook(path, clock).reset();
    {
        // As a newer ServiceLens would leave it (and in rollback mode, so no -wal can hide a
        // change).
        sqlite3 *raw = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &raw) == SQLITE_OK);
        REQUIRE(sqlite3_exec(raw, "PRAGMA journal_mode=DELETE; PRAGMA user_version=99;", nullptr,
                             nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(raw);
    }
    const QByteArray before = fileHash(path);
    const auto entriesBefore = QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot);

    auto db = Database::open(path, optionsWith(clock));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == ErrorKind::NewerVersion);
    CHECK(db.error().message.contains(QStringLiteral("99")));
    CHECK(fileHash(path) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot) == entriesBefore);
    CHECK_FALSE(QFileInfo::exists(dir.file(QStringLiteral("未来.backups"))));
}

TEST_CASE("A damaged workbook is reported and never modified", "[storage]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString path = dir.file(QStringLiteral("损坏.servicelens"));
    {
        auto wb = createWorkbook(path, clock);
        // Enough rows for several pages of one table.
        REQUIRE(
            wb->database()
                .execScript(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                    "2000) "
                    "INSERT INTO setting (key, value) SELECT 'k' || i, hex(randomblob(40)) FROM n;")
                .ok());
        REQUIRE(wb->database().execScript("PRAGMA wal_checkpoint(TRUNCATE)").ok());
    }

    SECTION("random bytes over a page")
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        const qint64 pageSize = 4096;
        REQUIRE(f.size() > 8 * pageSize);
        f.seek(f.size() - 3 * pageSize + 100);
        f.write(QByteArray(2000, '\x5A'));
        f.close();
    }
    SECTION("truncated")
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.resize(f.size() / 2));
        f.close();
    }
    const QByteArray before = fileHash(path);

    auto db = Database::open(path, optionsWith(clock));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == ErrorKind::Damaged);
    CHECK(db.error().message.contains(QStringLiteral("damaged")));
    CHECK(fileHash(path) == before);

    auto problems = WorkbookCheck::verifyFile(path);
    CHECK((!problems.ok() || !problems->isEmpty()));
    CHECK(fileHash(path) == before);
    CHECK_FALSE(Database::backupFile(path, dir.file(QStringLiteral("copy.servicelens"))).ok());
    CHECK_FALSE(QFileInfo::exists(dir.file(QStringLiteral("copy.servicelens"))));
}

TEST_CASE("Files that are not workbooks are refused untouched", "[storage]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());

    SECTION("a text file")
    {
        const QString path = dir.file(QStringLiteral("笔记.txt"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("工单号,受理时间\nSO1,2026-10-01 09:00\n");
        f.close();
        const QByteArray before = fileHash(path);
        auto db = Database::open(path, optionsWith(clock));
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().kind == ErrorKind::NotAWorkbook);
        CHECK(fileHash(path) == before);
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.file(QStringLiteral("other.db"));
        execOutside(path, "CREATE TABLE t (x); INSERT INTO t VALUES (1);");
        const QByteArray before = fileHash(path);
        auto db = Database::open(path, optionsWith(clock));
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().kind == ErrorKind::NotAWorkbook);
        CHECK(fileHash(path) == before);
    }
    SECTION("an empty file")
    {
        const QString path = dir.file(QStringLiteral("empty.servicelens"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.close();
        auto db = Database::open(path, optionsWith(clock));
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().kind == ErrorKind::NotAWorkbook);
        CHECK(QFileInfo(path).size() == 0);
    }
    SECTION("a missing file")
    {
        auto db = Database::open(dir.file(QStringLiteral("没有.servicelens")), optionsWith(clock));
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().kind == ErrorKind::NotFound);
        CHECK_FALSE(QFileInfo::exists(dir.file(QStringLiteral("没有.servicelens"))));
    }
}

TEST_CASE("Creating over an existing workbook is refused", "[storage]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString path = dir.file(QStringLiteral("已有.servicelens"));
    createWorkbook(path, clock).reset();
    const QByteArray before = fileHash(path);
    Database::Options o = optionsWith(clock);
    auto again = Workbook::create(path, NewWorkbook{}, o);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == ErrorKind::Conflict);
    CHECK(fileHash(path) == before);
}

TEST_CASE("A read-only workbook is refused with a clear message", "[storage]")
{
    if (geteuid() == 0) {
        // root ignores file permissions, so there is nothing to observe.
        WARN("running as root: the read-only check needs an ordinary user");
        return;
    }
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString path = dir.file(QStringLiteral("只读.servicelens"));
    createWorkbook(path, clock).reset();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser);
    auto db = Database::open(path, optionsWith(clock));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == ErrorKind::ReadOnly);
}

TEST_CASE("A backup opens with exactly the same contents", "[storage]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString path = dir.file(QStringLiteral("原件.servicelens"));
    auto wb = createWorkbook(path, clock);
    REQUIRE(wb->database()
                .execScript("INSERT INTO setting (key, value) VALUES ('说明', '备份测试')")
                .ok());

    const QString copy = dir.file(QStringLiteral("备份/副本.servicelens"));
    REQUIRE(QDir().mkpath(dir.file(QStringLiteral("备份"))));
    REQUIRE(wb->database().backupTo(copy).ok());
    CHECK_FALSE(wb->database().backupTo(copy).ok()); // never overwrites
    const QString copy2 = dir.file(QStringLiteral("副本2.servicelens"));
    REQUIRE(Database::backupFile(path, copy2).ok());

    auto dump = [](Database &db) {
        QStringList rows;
        for (const char *table : {"branch", "staff", "calendar_day", "calendar_year", "sla_policy",
                                  "service_order", "audit_log", "setting"}) {
            SqlQuery q(db, QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)));
            REQUIRE(q.exec().ok());
            while (q.next()) {
                QStringList cells;
                for (int i = 0; q.value(i).isValid(); ++i)
                    cells << q.value(i).toString();
                rows << QLatin1String(table) + QLatin1Char(':') + cells.join(QLatin1Char('|'));
            }
        }
        return rows;
    };
    const QStringList original = dump(wb->database());
    CHECK(original.size() > 80);
    for (const QString &p : {copy, copy2}) {
        auto opened = Database::open(p, optionsWith(clock));
        REQUIRE(opened.ok());
        CHECK(dump(**opened) == original);
    }
}

TEST_CASE("Schema step 5 rewrites value checks without IN lists, and they still refuse bad values",
          "[storage][migration]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("约束.servicelens")), clock);
    Database &db = wb->database();
    SqlQuery inLists(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                                        "AND sql LIKE '% IN (%'"));
    CHECK(inLists.scalar()->toLongLong() == 0);
    const QByteArray insert =
        "INSERT INTO service_order (uid, branch_id, order_no, channel, priority, status, stage, "
        "received_at, received_month, created_at, updated_at) VALUES ('u-%1', 1, 'X%1', '%2', "
        "'%3', 'open', 'received', 1, 197001, 1, 1)";
    auto attempt = [&](int n, const char *channel, const char *priority) {
        return db.execScript(QString::fromLatin1(insert)
                                 .arg(n)
                                 .arg(QLatin1String(channel), QLatin1String(priority))
                                 .toUtf8());
    };
    CHECK(attempt(1, "wechat", "urgent").ok());
    CHECK_FALSE(attempt(2, "fax", "urgent").ok());
    CHECK_FALSE(attempt(3, "phone", "P1").ok());
    CHECK_FALSE(attempt(4, "Phone", "normal").ok()); // exact codes only, as before
    auto verified = WorkbookCheck::verifyFile(db.path());
    REQUIRE(verified.ok());
    CHECK(verified->isEmpty());
}
