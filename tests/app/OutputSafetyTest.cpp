// SPDX-License-Identifier: GPL-3.0-or-later
// Data safety, outputs: an export aimed at a database, a full disk, a kill during an export,
// a read command on an older workbook. Tried on the real binary (DESIGN.md's rules).
#include "SafetySupport.h"

#include "demo/DemoRandom.h"
#include "storage/FileProbe.h"

#include <QElapsedTimer>

#include <csignal>
#include <sys/resource.h>

using namespace servicelens::test;

TEST_CASE("An export never replaces the workbook or any other database", "[cli][safety]")
{
    TempFolder dir;
    const QString folder = dir.file(QStringLiteral("网点"));
    REQUIRE(QDir().mkpath(folder));
    const QString db = makeDemo(folder + QStringLiteral("/门店.servicelens"), 400);
    const QString other = folder + QStringLiteral("/另一个网点.servicelens");
    REQUIRE(QFile::copy(db, other));
    const QString link = dir.file(QStringLiteral("链接.pdf"));
    REQUIRE(QFile::link(db, link));
    const QByteArray dbHash = fileHash(db);
    const QByteArray otherHash = fileHash(other);
    const QString month = lastMonth();
    // The workbook by its name, through "..", through a symbolic link, and another workbook.
    const QStringList targets = {db, folder + QStringLiteral("/../网点/门店.servicelens"), link,
                                 other};
    for (const QString &target : targets) {
        const std::vector<QStringList> commands = {
            {QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--month"), month,
             QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), target},
            {QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--month"), month,
             QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), target},
            {QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--month"), month,
             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), target},
            {QStringLiteral("inspection"), QStringLiteral("export"), QStringLiteral("--db"), db,
             QStringLiteral("--out"), target},
            {QStringLiteral("inspection"), QStringLiteral("export-template"),
             QStringLiteral("--db"), db, QStringLiteral("--out"), target},
            {QStringLiteral("export-training-copy"), QStringLiteral("--db"), db,
             QStringLiteral("--out"), target},
            {QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), target},
        };
        for (const QStringList &command : commands) {
            const Run r = runServicelens(command);
            INFO(command.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
            CHECK(r.status != 0);
            CHECK(r.status != -1);
            CHECK((r.err.contains(QFileInfo(target).fileName()) ||
                   r.err.contains(QStringLiteral("workbook itself"))));
            CHECK(fileHash(db) == dbHash);
            CHECK(fileHash(other) == otherHash);
            CHECK(QFileInfo(link).isSymLink());
        }
    }
    // A workbook's side file (here a log left beside it) is never replaced either.
    const QString wal = db + QStringLiteral("-wal");
    const Run r = runServicelens({QStringLiteral("report"), QStringLiteral("--db"), other,
                                  QStringLiteral("--month"), month, QStringLiteral("--format"),
                                  QStringLiteral("csv"), QStringLiteral("--out"), wal});
    CHECK(r.status == 2);
    CHECK_FALSE(QFileInfo::exists(wal));
    CHECK(entries(folder).size() == 2); // nothing left beside the workbooks
    CHECK(runServicelens({QStringLiteral("check"), QStringLiteral("--db"), db}).status == 0);
}

TEST_CASE("On a full disk every output is whole or absent and an earlier file stays",
          "[cli][safety]")
{
    TempFolder dir;
    const QString db = makeDemo(dir.file(QStringLiteral("门店.servicelens")), 400);
    const QString month = lastMonth();
    SmallDisk disk(dir.file(QStringLiteral("满盘")), 16);
    if (!disk.mounted()) {
        WARN("a small tmpfs could not be mounted (the tests need root for it): the full-disk "
             "path is not checked here");
        return;
    }
    auto report = [&](const char *format, const QString &out) {
        return runServicelens({QStringLiteral("report"), QStringLiteral("--db"), db,
                               QStringLiteral("--month"), month, QStringLiteral("--format"),
                               QString::fromLatin1(format), QStringLiteral("--out"), out});
    };
    const QString folder = dir.file(QStringLiteral("满盘"));
    // 1. Too small for the PDF (~80 KB) or the XLSX (~30 KB): the disk named, no fragment.
    for (const char *format : {"pdf", "xlsx"}) {
        const Run r = report(format, folder + QStringLiteral("/月报.") + QLatin1String(format));
        INFO(format << ": " << r.err.toStdString());
        CHECK(r.status == 1);
        CHECK(r.err.contains(QStringLiteral("disk is full")));
        CHECK(entries(folder).isEmpty());
    }
    // 2. An earlier good file keeps its bytes when the new one does not fit.
    const QString earlier = folder + QStringLiteral("/月报.csv");
    REQUIRE(report("csv", earlier).status == 0);
    const QByteArray good = fileBytes(earlier);
    REQUIRE(good.size() > 1000);
    disk.fillLeaving(8);
    const Run pdf = report("pdf", earlier);
    CHECK(pdf.status == 1);
    CHECK(fileBytes(earlier) == good);
    // 3. Nothing free at all: the CSV and the inspections' JSON.
    disk.fillLeaving(0);
    const Run csv = report("csv", folder + QStringLiteral("/空.csv"));
    INFO(csv.err.toStdString());
    CHECK(csv.status == 1);
    CHECK(csv.err.contains(QStringLiteral("disk is full")));
    const Run json = runServicelens({QStringLiteral("inspection"), QStringLiteral("export"),
                                     QStringLiteral("--db"), db, QStringLiteral("--out"),
                                     folder + QStringLiteral("/巡检.json")});
    INFO(json.err.toStdString());
    CHECK(json.status == 1);
    CHECK(json.err.contains(QStringLiteral("disk is full")));
    const Run backup =
        runServicelens({QStringLiteral("backup"), QStringLiteral("--db"), db,
                        QStringLiteral("--out"), folder + QStringLiteral("/备份.servicelens")});
    CHECK(backup.status == 1);
    const Run copy =
        runServicelens({QStringLiteral("export-training-copy"), QStringLiteral("--db"), db,
                        QStringLiteral("--out"), folder + QStringLiteral("/培训.servicelens")});
    INFO(copy.err.toStdString());
    CHECK(copy.status == 1);
    // Only the earlier report and the filler: no fragment, journal or work file.
    QStringList left = entries(folder);
    left.sort();
    CHECK(left == QStringList({QStringLiteral("填满"), QStringLiteral("月报.csv")}));
}

TEST_CASE("A killed training copy leaves no real name or phone beside the target",
          "[cli][safety][privacy]")
{
    TempFolder dir;
    const QString db = makeDemo(dir.file(QStringLiteral("门店.servicelens")), 20000);
    const QString share = dir.file(QStringLiteral("共享"));
    const QString scratch = dir.file(QStringLiteral("临时"));
    REQUIRE(QDir().mkpath(share));
    REQUIRE(QDir().mkpath(scratch));
    QProcessEnvironment env;
    env.insert(QStringLiteral("TMPDIR"), scratch);
    const QStringList phones =
        firstColumn(db, "SELECT phone FROM customer WHERE phone <> '' ORDER BY id LIMIT 40");
    REQUIRE(phones.size() == 40);
    const QString target = share + QStringLiteral("/培训副本.servicelens");
    const QStringList command = {QStringLiteral("export-training-copy"), QStringLiteral("--db"), db,
                                 QStringLiteral("--out"), target};
    QElapsedTimer timer;
    timer.start();
    REQUIRE(runServicelens(command, {}, env).status == 0);
    const int fullMs = static_cast<int>(timer.elapsed());
    REQUIRE(QFile::remove(target));
    REQUIRE(entries(scratch).isEmpty()); // a finished copy leaves nothing in the temporary folder

    auto noRealData = [&](const QString &folder) {
        for (const QString &name : entries(folder)) {
            const QByteArray bytes = fileBytes(folder + QLatin1Char('/') + name);
            for (const QString &phone : phones) {
                INFO(name.toStdString() << " holds " << phone.toStdString());
                CHECK_FALSE(bytes.contains(phone.toUtf8()));
            }
        }
    };
    servicelens::demo::DemoRandom random(15);
    int kills = 0;
    for (int round = 0; round < 8; ++round) {
        // Within the first 70 % of the measured run: a later run may well be quicker.
        const int delay = random.between(20, qMax(40, fullMs * 70 / 100));
        QProcess p;
        startServicelens(p, command, env);
        if (!p.waitForFinished(delay)) {
            p.kill();
            p.waitForFinished();
            ++kills;
        }
        INFO("killed after " << delay << " ms of " << fullMs);
        const QStringList left = entries(share);
        // The share holds the finished copy or nothing: never a work file or a fragment.
        CHECK((left.isEmpty() || left == QStringList{QStringLiteral("培训副本.servicelens")}));
        noRealData(share);
        if (!left.isEmpty())
            CHECK(
                runServicelens({QStringLiteral("check"), QStringLiteral("--db"), target}).status ==
                0);
        QFile::remove(target);
        // What a kill leaves is in a private folder (0700) of the temporary folder only.
        for (const QFileInfo &f :
             QDir(scratch).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
            struct stat st {};
            REQUIRE(::stat(QFile::encodeName(f.filePath()).constData(), &st) == 0);
            CHECK((st.st_mode & 0777) == 0700);
            QDir(f.filePath()).removeRecursively();
        }
        CHECK(entries(scratch).isEmpty());
    }
    CHECK(kills >= 4);

    // A size limit (as a full disk): the copy fails, and nothing lands beside the target.
    const Run limited = runServicelens(
        command,
        [] {
            signal(SIGXFSZ, SIG_IGN);
            const rlimit l{2000 * 1024, 2000 * 1024};
            setrlimit(RLIMIT_FSIZE, &l);
        },
        env);
    INFO(limited.err.toStdString());
    CHECK(limited.status == 1);
    CHECK(entries(share).isEmpty());
    CHECK(entries(scratch).isEmpty());
}

TEST_CASE("A killed XLSX export leaves no fragment beside the target", "[cli][safety][privacy]")
{
    TempFolder dir;
    const QString db = makeDemo(dir.file(QStringLiteral("门店.servicelens")), 20000);
    const QString out = dir.file(QStringLiteral("报表"));
    REQUIRE(QDir().mkpath(out));
    const QString target = out + QStringLiteral("/月报.xlsx");
    const QStringList command = {QStringLiteral("report"),
                                 QStringLiteral("--db"),
                                 db,
                                 QStringLiteral("--month"),
                                 lastMonth(),
                                 QStringLiteral("--format"),
                                 QStringLiteral("xlsx"),
                                 QStringLiteral("--out"),
                                 target};
    QElapsedTimer timer;
    timer.start();
    REQUIRE(runServicelens(command).status == 0);
    const int fullMs = static_cast<int>(timer.elapsed());
    REQUIRE(QFile::remove(target));
    servicelens::demo::DemoRandom random(16);
    for (int round = 0; round < 6; ++round) {
        const int delay = random.between(fullMs / 3, qMax(fullMs / 3 + 10, fullMs * 95 / 100));
        QProcess p;
        startServicelens(p, command);
        if (!p.waitForFinished(delay)) {
            p.kill();
            p.waitForFinished();
        }
        INFO("killed after " << delay << " ms of " << fullMs);
        const QStringList left = entries(out);
        CHECK((left.isEmpty() || left == QStringList{QStringLiteral("月报.xlsx")}));
        if (!left.isEmpty())
            CHECK(fileBytes(target).startsWith("PK"));
        QFile::remove(target);
    }
}

TEST_CASE("Read commands never upgrade an older workbook in place", "[cli][safety]")
{
    TempFolder dir;
    const QString db = dir.file(QStringLiteral("第五版.servicelens"));
    REQUIRE(QFile::copy(QStringLiteral(SERVICELENS_FIXTURES "/schema/v5.servicelens"), db));
    QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = fileHash(db);
    const Run kpi = runServicelens({QStringLiteral("kpi"), QStringLiteral("--db"), db,
                                    QStringLiteral("--month"), QStringLiteral("2026-09"),
                                    QStringLiteral("--json")});
    INFO(kpi.err.toStdString());
    CHECK(kpi.status == 0);
    CHECK(kpi.out.contains(QStringLiteral("\"received\"")));
    const Run report = runServicelens(
        {QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--month"),
         QStringLiteral("2026-09"), QStringLiteral("--format"), QStringLiteral("csv"),
         QStringLiteral("--out"), dir.file(QStringLiteral("月报.csv"))});
    INFO(report.err.toStdString());
    CHECK(report.status == 0);
    const Run exported = runServicelens({QStringLiteral("inspection"), QStringLiteral("export"),
                                         QStringLiteral("--db"), db, QStringLiteral("--out"),
                                         dir.file(QStringLiteral("巡检.json"))});
    INFO(exported.err.toStdString());
    CHECK(exported.status == 0);
    CHECK(fileHash(db) == before);
    CHECK(servicelens::FileProbe::read(db)->userVersion == 5);
    QStringList left = entries(dir.path());
    left.sort();
    CHECK(left == QStringList({QStringLiteral("巡检.json"), QStringLiteral("月报.csv"),
                               QStringLiteral("第五版.servicelens")}));
}
