// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety: real processes killed with SIGKILL at random moments while they import, fill an
// inspection, upgrade a workbook and export a report. After every kill the workbook passes
// `servicelens check`, and each operation is wholly there or wholly absent.
#include "TestSupport.h"

#include "InspectionScript.h"
#include "ServicelensProcess.h"

#include "demo/DemoRandom.h"
#include "inspection/InspectionRepository.h"
#include "inspection/TemplateRepository.h"
#include "storage/FileProbe.h"
#include "storage/SqlQuery.h"
#include "workbook/AutomaticBackups.h"
#include "workbook/Workbook.h"
#include "workbook/WorkbookSchema.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

using namespace servicelens;
using namespace servicelens::test;

namespace {

// Runs `program` and kills it after `delayMs` unless it finished first; true when killed.
bool runAndKill(const QString &program, const QStringList &arguments, int delayMs)
{
    QProcess p;
    if (program.isEmpty())
        startServicelens(p, arguments);
    else {
        p.start(program, arguments);
        REQUIRE(p.waitForStarted());
    }
    if (p.waitForFinished(delayMs))
        return false;
    p.kill(); // SIGKILL: no handler runs, nothing is flushed or cleaned up
    p.waitForFinished();
    return true;
}

// How long the operation takes when left alone, to aim the kills inside it.
int durationMs(const QString &program, const QStringList &arguments)
{
    QElapsedTimer t;
    t.start();
    runAndKill(program, arguments, 120000);
    return static_cast<int>(t.elapsed());
}

void requireCheckPasses(const QString &db)
{
    const Run check = runServicelens({QStringLiteral("check"), QStringLiteral("--db"), db});
    INFO(check.out.toStdString() << check.err.toStdString());
    REQUIRE(check.status == 0);
}

qint64 count(const QString &db, const QString &sql)
{
    auto wb = Workbook::open(db);
    INFO(
        (wb ? QString() : wb.error().message + QLatin1Char(' ') + wb.error().detail).toStdString());
    REQUIRE(wb.ok());
    SqlQuery q((*wb)->database(), sql);
    return q.scalar()->toLongLong();
}

void removeWithCompanions(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

struct Tally {
    int kills = 0;
    int rounds = 0;
};

// Repeats `round(delay)` with delays spread over the operation until `wanted` kills were made.
template <typename Round>
Tally killRepeatedly(int wanted, int fullMs, servicelens::demo::DemoRandom &random, Round round)
{
    Tally t;
    // A run that ends before its kill (a quick one on a busy machine) is simply run again.
    while (t.kills < wanted && t.rounds < wanted * 6) {
        ++t.rounds;
        const int delay = random.between(5, qMax(10, fullMs * 9 / 10));
        INFO("round " << t.rounds << ", kill after " << delay << " ms");
        if (round(delay))
            ++t.kills;
    }
    return t;
}

} // namespace

TEST_CASE("Killed at random moments, the workbook is sound and each operation whole or absent",
          "[cli][kill]")
{
    TempFolder dir;
    servicelens::demo::DemoRandom random(20261123);
    int kills = 0;

    {
        // 1. Imports: all 12,000 orders or none.
        const QString db = dir.file(QStringLiteral("导入.servicelens"));
        REQUIRE(runServicelens({QStringLiteral("init"), QStringLiteral("--db"), db}).status == 0);
        const QString csv = dir.file(QStringLiteral("订单.csv"));
        QByteArray text =
            "order_id,received_at,closed_at,priority,technician,customer,customer_phone\n";
        for (int i = 1; i <= 12000; ++i)
            text += "C" + QByteArray::number(i) + ",2026-10-01 09:00,2026-10-03 10:00,normal," +
                    "T0" + QByteArray::number(i % 9 + 1) + ",客户" + QByteArray::number(i % 4000) +
                    ",1370000" + QByteArray::number(1000 + i % 4000) + "\n";
        writeFile(csv, text);
        const QStringList import = {QStringLiteral("import"),        QStringLiteral("orders"),
                                    QStringLiteral("--db"),          db,
                                    QStringLiteral("--in"),          csv,
                                    QStringLiteral("--create-staff")};
        const int full = durationMs({}, import);
        REQUIRE(count(db, QStringLiteral("SELECT count(*) FROM service_order")) == 12000);
        auto emptyAgain = [&] {
            auto wb = Workbook::open(db);
            REQUIRE(wb.ok());
            REQUIRE((*wb)->database().execScript("DELETE FROM service_order").ok());
        };
        emptyAgain();
        const Tally t = killRepeatedly(13, full, random, [&](int delay) {
            const bool killed = runAndKill({}, import, delay);
            requireCheckPasses(db);
            const qint64 n = count(db, QStringLiteral("SELECT count(*) FROM service_order"));
            REQUIRE((n == 0 || n == 12000));
            if (n == 12000)
                emptyAgain();
            return killed;
        });
        kills += t.kills;
        CHECK(t.kills == 13);
    }
    {
        // 1b. An event log: all its 24,000 events and the 4,000 orders they make, or none.
        const QString db = dir.file(QStringLiteral("事件.servicelens"));
        REQUIRE(runServicelens({QStringLiteral("init"), QStringLiteral("--db"), db}).status == 0);
        const QString log = dir.file(QStringLiteral("事件日志.csv"));
        QByteArray text = "order_id,state,at\n";
        for (int i = 1; i <= 4000; ++i)
            for (const char *step :
                 {"received,2026-10-01 09:00", "analysed,2026-10-01 10:00",
                  "waiting_customer,2026-10-02 10:00", "analysed,2026-10-03 09:00",
                  "implemented,2026-10-04 09:00", "closed,2026-10-05 09:00"})
                text += "E" + QByteArray::number(i) + ',' + step + '\n';
        writeFile(log, text);
        const QStringList import = {QStringLiteral("import"), QStringLiteral("events"),
                                    QStringLiteral("--db"),   db,
                                    QStringLiteral("--in"),   log};
        const int full = durationMs({}, import);
        REQUIRE(count(db, QStringLiteral("SELECT count(*) FROM order_event")) == 24000);
        auto emptyAgain = [&] {
            auto wb = Workbook::open(db);
            REQUIRE(wb.ok());
            REQUIRE((*wb)->database().execScript("DELETE FROM service_order").ok());
        };
        emptyAgain();
        const Tally t = killRepeatedly(8, full, random, [&](int delay) {
            const bool killed = runAndKill({}, import, delay);
            requireCheckPasses(db);
            const qint64 events = count(db, QStringLiteral("SELECT count(*) FROM order_event"));
            const qint64 orders = count(db, QStringLiteral("SELECT count(*) FROM service_order"));
            REQUIRE(((events == 0 && orders == 0) || (events == 24000 && orders == 4000)));
            if (orders == 4000)
                emptyAgain(); // its events go with it (ON DELETE CASCADE)
            return killed;
        });
        kills += t.kills;
        CHECK(t.kills == 8);
    }
    {
        // 2. An inspection being filled: each answer saved whole or not at all, resumed after
        // each kill, completed (score and seal) whole or not at all.
        const QString db = dir.file(QStringLiteral("巡检.servicelens"));
        REQUIRE(runServicelens({QStringLiteral("init"), QStringLiteral("--db"), db}).status == 0);
        const QStringList fill = {QStringLiteral("fill-inspection"), db};
        const QString writer = QStringLiteral(SERVICELENS_TEST_WRITER);
        const int full = durationMs(writer, fill);
        std::vector<inspection::Answer> script;
        {
            auto wb = Workbook::open(db);
            REQUIRE(wb.ok());
            auto t = inspection::TemplateRepository((*wb)->database())
                         .latest(QStringLiteral("branch-ops-monthly"));
            REQUIRE(t.ok());
            for (const auto &section : (*t)->sections)
                for (const auto &item : section.items)
                    if (auto a = scriptedAnswer(item))
                        script.push_back(*a);
        }
        int completed = 1; // the unkilled run above
        const Tally t = killRepeatedly(13, full, random, [&](int delay) {
            const bool killed = runAndKill(writer, fill, delay);
            requireCheckPasses(db);
            auto wb = Workbook::open(db);
            REQUIRE(wb.ok());
            inspection::InspectionRepository repo((*wb)->database());
            auto list = repo.list((*wb)->defaultBranch()->id);
            REQUIRE(list.ok());
            int done = 0;
            for (const auto &row : *list) {
                auto answers = repo.answers(row.inspection.id);
                REQUIRE(answers.ok());
                // Stored answers are the script's first ones, each exactly as given.
                REQUIRE(answers->size() <= script.size());
                for (const auto &stored : *answers) {
                    const auto expected =
                        std::find_if(script.begin(), script.end(),
                                     [&](const auto &a) { return a.itemCode == stored.itemCode; });
                    REQUIRE(expected != script.end());
                    CHECK(stored.passed == expected->passed);
                    CHECK(stored.rating == expected->rating);
                    CHECK(stored.number == expected->number);
                    CHECK(stored.text == expected->text);
                    CHECK(stored.note == expected->note);
                }
                if (row.inspection.status == inspection::InspectionStatus::Completed) {
                    ++done;
                    CHECK(answers->size() == script.size());
                    CHECK(row.inspection.score.has_value());
                    CHECK(row.inspection.contentHash.size() == 64);
                }
            }
            CHECK(done >= completed); // a completion, once there, stays
            completed = done;
            return killed;
        });
        kills += t.kills;
        CHECK(t.kills == 13);
        // The draft left by the last kill is resumed and completed.
        REQUIRE(runAndKill(writer, fill, 120000) == false);
        requireCheckPasses(db);
    }
    {
        // 3. Upgrades of a first-release workbook: each schema step whole or absent, the data
        // intact at every step, and the next open carries on.
        const QString pristine = dir.file(QStringLiteral("第一版-原件.servicelens"));
        {
            const std::vector<Migration> firstRelease{WorkbookSchema::migrations().front()};
            Database::Options o;
            o.migrations = &firstRelease;
            auto wb = Workbook::create(pristine, NewWorkbook{}, o);
            REQUIRE(wb.ok());
            REQUIRE((*wb)->database().schemaVersion() == 1);
            REQUIRE(
                (*wb)
                    ->database()
                    .execScript("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                "WHERE i < 40000) "
                                "INSERT INTO service_order (uid, branch_id, order_no, received_at, "
                                "received_month, created_at, updated_at, description) SELECT "
                                "'u' || i, (SELECT min(id) FROM branch), 'V1-' || i, 1790000000 + "
                                "i * 60, 202609, 0, 0, '第一版的工单' FROM n; "
                                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                "WHERE i < 30000) "
                                "INSERT INTO audit_log (at, actor, action, entity, entity_uid, "
                                "after_json) SELECT 1790000000 + i, '店长', 'insert', "
                                "'service_order', 'u' || i, '{\"order_no\":\"V1-' || i || '\"}' "
                                "FROM n; PRAGMA wal_checkpoint(TRUNCATE);")
                    .ok());
        }
        const QByteArray original = fileBytes(pristine);
        const QString db = dir.file(QStringLiteral("第一版.servicelens"));
        const QString backups = AutomaticBackups::folderFor(db);
        auto reset = [&] {
            removeWithCompanions(db);
            QDir(backups).removeRecursively();
            writeFile(db, original);
        };
        // A command that writes upgrades the file first (a read command would not touch it).
        const QString staff = dir.file(QStringLiteral("员工.csv"));
        writeFile(staff, QStringLiteral("code,name\nK01,升级测试员\n").toUtf8());
        const QStringList upgrade = {QStringLiteral("import"), QStringLiteral("staff"),
                                     QStringLiteral("--db"),   db,
                                     QStringLiteral("--in"),   staff};
        reset();
        const int full = durationMs({}, upgrade);
        QSet<int> versionsSeen;
        const Tally t = killRepeatedly(13, full, random, [&](int delay) {
            reset();
            const bool killed = runAndKill({}, upgrade, delay);
            requireCheckPasses(db);
            auto probe = FileProbe::read(db);
            REQUIRE(probe.ok());
            versionsSeen.insert(probe->userVersion);
            REQUIRE(probe->userVersion >= 1);
            REQUIRE(probe->userVersion <= WorkbookSchema::latestVersion());
            // Open it as a user would: the upgrade carries on from where it stopped.
            REQUIRE(count(db, QStringLiteral("SELECT count(*) FROM service_order WHERE "
                                             "description = '第一版的工单'")) == 40000);
            REQUIRE(FileProbe::read(db)->userVersion == WorkbookSchema::latestVersion());
            requireCheckPasses(db);
            return killed;
        });
        kills += t.kills;
        CHECK(t.kills == 13);
        INFO("versions found after a kill: " << versionsSeen.size());
        CHECK(versionsSeen.size() >= 2); // kills landed inside the upgrade, not only around it
        QStringList seen;
        for (int v : versionsSeen)
            seen << QString::number(v);
        seen.sort();
        WARN("upgrade kills left the workbook at formats "
             << seen.join(QLatin1Char(' ')).toStdString());
    }
    {
        // 4. Report exports: the file is complete or absent; the workbook is only read.
        const QString db = dir.file(QStringLiteral("报表.servicelens"));
        REQUIRE(runServicelens({QStringLiteral("init"), QStringLiteral("--db"), db,
                                QStringLiteral("--demo"), QStringLiteral("--orders"),
                                QStringLiteral("3000")})
                    .status == 0);
        const QByteArray before = fileHash(db);
        for (const QString &format : {QStringLiteral("pdf"), QStringLiteral("xlsx")}) {
            const QString target = dir.file(QStringLiteral("月报.") + format);
            const QStringList report = {QStringLiteral("report"),
                                        QStringLiteral("--db"),
                                        db,
                                        QStringLiteral("--month"),
                                        QStringLiteral("2026-10"),
                                        QStringLiteral("--format"),
                                        format,
                                        QStringLiteral("--out"),
                                        target,
                                        QStringLiteral("--lang"),
                                        QStringLiteral("zh_CN")};
            const int full = durationMs({}, report);
            const QByteArray complete = fileBytes(target);
            REQUIRE(complete.size() > 1000);
            const Tally t = killRepeatedly(7, full, random, [&](int delay) {
                QFile::remove(target);
                const bool killed = runAndKill({}, report, delay);
                if (QFileInfo::exists(target)) {
                    // Whole: the same size as an export left alone, with its ending.
                    const QByteArray written = fileBytes(target);
                    CHECK(written.size() > complete.size() * 9 / 10);
                    if (format == QLatin1String("pdf"))
                        CHECK(written.trimmed().endsWith("%%EOF"));
                    else
                        CHECK(written.contains(QByteArray("PK\x05\x06", 4)));
                }
                CHECK(fileHash(db) == before);
                return killed;
            });
            kills += t.kills;
            CHECK(t.kills == 7);
        }
        requireCheckPasses(db);
    }
    CHECK(kills >= 50);
    WARN("SIGKILLs made: " << kills << ", the workbook sound after every one");
}

TEST_CASE("A demo killed while it fills leaves an empty workbook or a whole one", "[cli][kill]")
{
    // The demo fills its new file through a rollback journal, not the log (Database::
    // beginFreshFill): a kill must still roll back to the empty workbook.
    TempFolder dir;
    const QString db = dir.file(QStringLiteral("演示 中断.servicelens"));
    const QString journal = db + QStringLiteral("-journal");
    const QStringList init = {
        QStringLiteral("init"),   QStringLiteral("--db"),     db,
        QStringLiteral("--demo"), QStringLiteral("--orders"), QStringLiteral("20000")};
    {
        // Killed once the file has grown past an empty workbook with its journal holding
        // something: mid-fill, for certain.
        const QString empty = dir.file(QStringLiteral("空.servicelens"));
        REQUIRE(runServicelens({QStringLiteral("init"), QStringLiteral("--db"), empty}).status ==
                0);
        const qint64 emptySize = QFileInfo(empty).size();
        QProcess p;
        startServicelens(p, init);
        QElapsedTimer waited;
        waited.start();
        while ((QFileInfo(db).size() <= emptySize || QFileInfo(journal).size() == 0) &&
               p.state() != QProcess::NotRunning && waited.elapsed() < 60000)
            QThread::usleep(200);
        p.kill();
        p.waitForFinished();
        REQUIRE(QFileInfo(journal).size() > 0);
    }
    // A read command says so and leaves the file alone; opening it for writing plays the
    // journal back to the empty workbook.
    const QByteArray before = fileHash(db);
    const Run check = runServicelens({QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(check.status == 4);
    CHECK(check.err.contains(QStringLiteral("left unfinished")));
    CHECK(fileHash(db) == before);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM service_order")) == 0);
    CHECK_FALSE(QFileInfo::exists(journal));
    requireCheckPasses(db);

    // Killed at random moments: absent, empty or whole — and init takes the path again.
    servicelens::demo::DemoRandom random(20261206);
    removeWithCompanions(db);
    const int full = durationMs({}, init);
    const Tally t = killRepeatedly(4, full, random, [&](int delay) {
        removeWithCompanions(db);
        const bool killed = runAndKill({}, init, delay);
        auto opened = Workbook::open(db);
        INFO((opened ? QString() : opened.error().message).toStdString());
        if (opened) {
            opened->reset();
            const qint64 n = count(db, QStringLiteral("SELECT count(*) FROM service_order"));
            CHECK((n == 0 || n == 20000));
            requireCheckPasses(db);
        } else {
            // Killed while the empty workbook itself was being created, before the demo's fill
            // (Workbook::create): not a workbook, and never taken for one.
            CHECK(opened.error().kind == ErrorKind::NotAWorkbook);
            removeWithCompanions(db);
        }
        // init again: over what is left it refuses and changes nothing; where nothing is, it
        // makes the demo.
        const bool left = QFileInfo::exists(db);
        const QByteArray before = left ? fileHash(db) : QByteArray();
        const Run again = runServicelens(init);
        CHECK((left ? again.status != 0 && fileHash(db) == before : again.status == 0));
        return killed;
    });
    CHECK(t.kills == 4);
}
