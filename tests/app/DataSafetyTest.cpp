// SPDX-License-Identifier: GPL-3.0-or-later
// The data safety rules of DESIGN.md, tried on the real binary as a hostile user or a slip of
// the keyboard would: an export aimed at a database, a full disk, a kill during an export.
#include "TestSupport.h"

#include "ServicelensProcess.h"

#include "demo/DemoRandom.h"
#include "storage/AuditChain.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTimeZone>

#include <csignal>
#include <sqlite3.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace servicelens::test;

namespace {

QString lastMonth()
{
    return QDateTime::currentDateTime()
        .toTimeZone(QTimeZone("Asia/Shanghai"))
        .date()
        .addMonths(-1)
        .toString(QStringLiteral("yyyy-MM"));
}

QString makeDemo(const QString &path, int orders)
{
    const Run init = runServicelens({QStringLiteral("init"), QStringLiteral("--db"), path,
                                     QStringLiteral("--demo"), QStringLiteral("--orders"),
                                     QString::number(orders)});
    INFO(init.err.toStdString());
    REQUIRE(init.status == 0);
    return path;
}

QStringList firstColumn(const QString &db, const char *sql)
{
    sqlite3 *h = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(db).constData(), &h, SQLITE_OPEN_READONLY, nullptr) ==
            SQLITE_OK);
    sqlite3_stmt *stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(h, sql, -1, &stmt, nullptr) == SQLITE_OK);
    QStringList values;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        values << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    sqlite3_close(h);
    return values;
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

// A small file system that fills up for real (ENOSPC), mounted for the test and removed after.
// Needs root (CI and the developers' machines run the tests as root).
class SmallDisk {
public:
    SmallDisk(const QString &folder, int kilobytes)
        : m_folder(folder)
    {
        REQUIRE(QDir().mkpath(folder));
        const QByteArray options = "size=" + QByteArray::number(kilobytes) + "k,mode=0777";
        m_mounted = ::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", 0,
                            options.constData()) == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_folder).constData(), MNT_DETACH);
    }
    bool mounted() const { return m_mounted; }
    // Leaves about `kilobytes` free.
    void fillLeaving(int kilobytes)
    {
        QFile filler(m_folder + QStringLiteral("/填满"));
        REQUIRE(filler.open(QIODevice::WriteOnly | QIODevice::Append));
        const QByteArray block(1024, 'x');
        while (freeKilobytes() > kilobytes)
            if (filler.write(block) != block.size() || !filler.flush())
                break;
    }
    qint64 freeKilobytes() const
    {
        struct statvfs s {};
        statvfs(QFile::encodeName(m_folder).constData(), &s);
        return static_cast<qint64>(s.f_bavail) * static_cast<qint64>(s.f_frsize) / 1024;
    }

private:
    QString m_folder;
    bool m_mounted = false;
};

} // namespace

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
    CHECK(servicelens::Database::probe(db)->userVersion == 5);
    QStringList left = entries(dir.path());
    left.sort();
    CHECK(left == QStringList({QStringLiteral("巡检.json"), QStringLiteral("月报.csv"),
                               QStringLiteral("第五版.servicelens")}));
}

namespace {

// One row of a table as text, every column but the time of the last change.
QString rowText(const QString &db, const QString &sql)
{
    sqlite3 *h = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(db).constData(), &h, SQLITE_OPEN_READONLY, nullptr) ==
            SQLITE_OK);
    sqlite3_stmt *stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(h, sql.toUtf8().constData(), -1, &stmt, nullptr) == SQLITE_OK);
    QStringList cells;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count(stmt); ++c)
            if (qstrcmp(sqlite3_column_name(stmt, c), "updated_at") != 0)
                cells << QString::fromUtf8(sqlite3_column_name(stmt, c)) + QLatin1Char('=') +
                             QString::fromUtf8(
                                 reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)));
    sqlite3_finalize(stmt);
    sqlite3_close(h);
    return cells.join(QLatin1Char('|'));
}

Run importCsv(const char *kind, const QString &db, const QString &csv)
{
    return runServicelens({QStringLiteral("import"), QString::fromLatin1(kind),
                           QStringLiteral("--db"), db, QStringLiteral("--in"), csv});
}

} // namespace

TEST_CASE("A re-import with fewer columns changes only the columns it has", "[cli][safety]")
{
    TempFolder dir;
    const QString db = makeDemo(dir.file(QStringLiteral("门店.servicelens")), 400);
    const QString orderNo = firstColumn(db, "SELECT order_no FROM service_order WHERE status = "
                                            "'closed' AND technician_id IS NOT NULL AND "
                                            "customer_id IS NOT NULL ORDER BY id LIMIT 1")
                                .value(0);
    REQUIRE_FALSE(orderNo.isEmpty());
    const QString select =
        QStringLiteral("SELECT * FROM service_order WHERE order_no = '%1'").arg(orderNo);
    const QString before = rowText(db, select);
    const QString received = firstColumn(db, QStringLiteral("SELECT strftime('%Y-%m-%d %H:%M:%S', "
                                                            "received_at, 'unixepoch', "
                                                            "'+8 hours') FROM service_order "
                                                            "WHERE order_no = '%1'")
                                                 .arg(orderNo)
                                                 .toUtf8()
                                                 .constData())
                                 .value(0);

    // Only the id and the time received: nothing else may change.
    const QString partial = dir.file(QStringLiteral("部分.csv"));
    writeFile(partial,
              QStringLiteral("order_id,received_at\n%1,%2\n").arg(orderNo, received).toUtf8());
    Run r = importCsv("orders", db, partial);
    INFO(r.err.toStdString() << r.out.toStdString());
    CHECK(r.status == 0);
    CHECK(rowText(db, select) == before);

    // One column given: that column changes, the customer's phone stays with the name.
    const QString product = dir.file(QStringLiteral("产品.csv"));
    writeFile(product, QStringLiteral("order_id,received_at,product,customer\n%1,%2,新型号X9,"
                                      "新名字\n")
                           .arg(orderNo, received)
                           .toUtf8());
    r = importCsv("orders", db, product);
    INFO(r.err.toStdString());
    CHECK(r.status == 0);
    const QString after = rowText(db, select);
    CHECK(after.contains(QStringLiteral("product=新型号X9")));
    CHECK(after.contains(QStringLiteral("status=closed")));
    CHECK(firstColumn(db, QStringLiteral("SELECT c.phone <> '' FROM service_order o JOIN customer "
                                         "c ON c.id = o.customer_id WHERE o.order_no = '%1'")
                              .arg(orderNo)
                              .toUtf8()
                              .constData()) == QStringList{QStringLiteral("1")});

    // A stage time given alone must still fit the times stored: a row error otherwise.
    const QString late = dir.file(QStringLiteral("晚.csv"));
    writeFile(late, QStringLiteral("order_id,received_at,responded_at\n%1,%2,2030-01-01 09:00\n")
                        .arg(orderNo, received)
                        .toUtf8());
    r = importCsv("orders", db, late);
    CHECK(r.status == 3);
    CHECK(r.err.contains(QStringLiteral("responded_at")));

    // Survey responses: the answers, the order link and the status stay.
    const QString full = dir.file(QStringLiteral("回访.csv"));
    writeFile(full, QStringLiteral("response_id,order_id,sent_at,responded_at,channel,q_overall,"
                                   "q_nps,q_speed,q_suggest\nW1,%1,2026-10-05 09:00,2026-10-05 "
                                   "10:00,phone,5,9,4,师傅很好\n")
                        .arg(orderNo)
                        .toUtf8());
    r = importCsv("surveys", db, full);
    INFO(r.err.toStdString());
    REQUIRE(r.status == 0);
    const QString response = QStringLiteral(
        "SELECT r.status, r.order_id, r.channel, r.responded_at, (SELECT group_concat(coalesce("
        "a.value, a.text)) FROM survey_answer a WHERE a.response_id = r.id) AS answers FROM "
        "survey_response r WHERE r.external_id = 'W1'");
    const QString answered = rowText(db, response);
    CHECK(answered.contains(QStringLiteral("status=answered")));
    const QString fewer = dir.file(QStringLiteral("回访-部分.csv"));
    writeFile(fewer, "response_id,sent_at\nW1,2026-10-05 09:00\n");
    r = importCsv("surveys", db, fewer);
    CHECK(r.status == 0);
    CHECK(rowText(db, response) == answered);
    // One answer column given: that answer changes, the others stay.
    const QString one = dir.file(QStringLiteral("回访-一题.csv"));
    writeFile(one, "response_id,sent_at,q_speed\nW1,2026-10-05 09:00,2\n");
    r = importCsv("surveys", db, one);
    CHECK(r.status == 0);
    CHECK(firstColumn(db, "SELECT group_concat(v, ' ') FROM (SELECT a.value AS v FROM "
                          "survey_answer a JOIN survey_question q ON q.id = a.question_id "
                          "JOIN survey_response r ON r.id = a.response_id WHERE r.external_id = "
                          "'W1' AND q.code IN ('q_speed', 'q_overall') ORDER BY q.code)") ==
          QStringList{QStringLiteral("5.0 2.0")});

    // Training attendance: the scores stay.
    const QString attended = dir.file(QStringLiteral("培训.csv"));
    writeFile(attended, "course,date,staff,pre_score,post_score\nC-X,2026-10-05,T01,50,60\n");
    REQUIRE(importCsv("training", db, attended).status == 0);
    const QString scores = QStringLiteral(
        "SELECT pre_score, post_score FROM training_attendance ORDER BY id DESC LIMIT 1");
    const QString stored = rowText(db, scores);
    CHECK(stored == QStringLiteral("pre_score=50.0|post_score=60.0"));
    const QString names = dir.file(QStringLiteral("培训-部分.csv"));
    writeFile(names, "course,date,staff\nC-X,2026-10-05,T01\n");
    CHECK(importCsv("training", db, names).status == 0);
    CHECK(rowText(db, scores) == stored);
    CHECK(runServicelens({QStringLiteral("check"), QStringLiteral("--db"), db}).status == 0);
}

TEST_CASE("Hostile CSV files: each problem a row error naming the line, nothing garbled",
          "[cli][safety][import]")
{
    TempFolder dir;
    const QString db = makeDemo(dir.file(QStringLiteral("门店.servicelens")), 200);
    auto file = [&](const char *name, const QByteArray &bytes) {
        const QString path = dir.file(QString::fromUtf8(name));
        writeFile(path, bytes);
        return path;
    };
    auto orders = [&](const QString &csv, const QStringList &extra = {}) {
        return runServicelens(QStringList{QStringLiteral("import"), QStringLiteral("orders"),
                                          QStringLiteral("--db"), db, QStringLiteral("--in"), csv} +
                              extra);
    };

    // S5: a UTF-8 file with one line in GBK stays UTF-8; that line alone is refused.
    QByteArray clean = "order_id,received_at,customer,product\n";
    for (int i = 1; i <= 100; ++i)
        clean += "U" + QByteArray::number(i) + ",2026-10-01 09:00,客户" + QByteArray::number(i) +
                 ",冰箱\n";
    REQUIRE(orders(file("干净.csv", clean)).status == 0);
    QByteArray gbkLine = "U999,2026-10-01 09:00,";
    gbkLine += QByteArray("\xd5\xc5\xc8\xfd", 4); // 张三 in GBK
    gbkLine += ",Z\xfcrich\n";                    // Zürich in Latin-1
    const QString mixed = file("混合.csv", clean + gbkLine);
    Run r = orders(mixed);
    INFO(r.err.toStdString());
    CHECK(r.status == 3);
    CHECK(r.err.contains(QStringLiteral("Line 102")));
    CHECK(r.err.contains(QStringLiteral("UTF-8")));
    r = orders(mixed, {QStringLiteral("--skip-invalid")});
    CHECK(r.status == 0);
    CHECK(QString(r.out + r.err).contains(QStringLiteral("(utf-8)")));
    CHECK(firstColumn(db, "SELECT c.name || '|' || o.product FROM service_order o JOIN customer c "
                          "ON c.id = o.customer_id WHERE o.order_no = 'U1'") ==
          QStringList{QStringLiteral("客户1|冰箱")});
    CHECK(firstColumn(db, "SELECT count(*) FROM service_order WHERE order_no = 'U999'") ==
          QStringList{QStringLiteral("0")});

    // D1: an unquoted comma shifts the fields: refused with both counts.
    r = orders(file("错位.csv",
                    "order_id,received_at,customer,customer_phone,product\nK1,2026-10-05 "
                    "09:00,Smith, John,13911112222,Fridge\nK2,2026-10-05 09:00,a,b,c,\n"));
    INFO(r.err.toStdString());
    CHECK(r.status == 3);
    CHECK(r.err.contains(QStringLiteral("Line 2: 6 fields, but the header has 5")));
    CHECK_FALSE(r.err.contains(QStringLiteral("Line 3"))); // a trailing delimiter is fine

    // D2: two columns for one.
    r = orders(file("重复列.csv", "order_id,received_at,customer,customer\nD1,2026-10-05 09:00,"
                                  "张三,李四\n"));
    CHECK(r.status == 3);
    CHECK(r.err.contains(QStringLiteral("“customer” (column 3) and “customer” (column 4)")));
    r = orders(file("重复列2.csv", "order_id,工单号,received_at\nD1,D2,2026-10-05 09:00\n"));
    CHECK(r.status == 3);
    CHECK(r.err.contains(QStringLiteral("工单号")));

    // D3: times before 2000 are row errors with their column; --skip-invalid imports the rest.
    r = orders(file("旧.csv", "order_id,received_at\nQ1,1969-12-31 23:59\nQ2,2026-10-01 09:00\n"),
               {QStringLiteral("--skip-invalid")});
    INFO(r.err.toStdString());
    CHECK(r.status == 0);
    CHECK(QFileInfo::exists(dir.file(QStringLiteral("旧.csv.rejected.csv"))));
    CHECK(QString::fromUtf8(fileBytes(dir.file(QStringLiteral("旧.csv.rejected.csv"))))
              .contains(QStringLiteral("plausible range")));
    const QString map = file("映射.map", "Ticket=order_id\nOpened=received_at\n"
                                         "@date_format=MM/dd/yy hh:mm\n");
    r = orders(file("两位年.csv", "Ticket,Opened\nH1,10/01/26 09:00\n"),
               {QStringLiteral("--map"), map});
    CHECK(r.status == 3);
    CHECK(r.err.contains(QStringLiteral("two-digit years")));

    // D12 and D13: a field over the limit, a NUL byte, a file of zeros.
    r = orders(file("长.csv", "order_id,received_at,customer\nL1,2026-10-01 09:00," +
                                  QByteArray(300, 'x') + "\n"));
    CHECK(r.status == 3);
    CHECK(r.err.contains(QStringLiteral("300 characters; at most 200")));
    r = orders(file("空字符.csv", QByteArray("order_id,received_at,customer\nN1,2026-10-01 09:00,"
                                             "Nul\0Name\n",
                                             59)));
    CHECK(r.status == 3);
    CHECK(r.err.contains(QStringLiteral("control characters")));
    r = orders(file("零.csv", "order_id,received_at\n" + QByteArray(3 << 20, '\0')));
    CHECK(r.status == 3);
    CHECK(r.err.contains(QStringLiteral("longer than 1 MB")));

    // D18: UTF-16 without a byte-order mark is read; a folder, a pipe and a device are named.
    QByteArray utf16;
    for (const QChar ch :
         QStringLiteral("order_id,received_at,customer\nW16,2026-10-01 09:00,王五\n"))
        utf16 += QByteArray(reinterpret_cast<const char *>(&ch), 2);
    r = orders(file("无标记.csv", utf16));
    INFO(r.err.toStdString());
    CHECK(r.status == 0);
    CHECK(firstColumn(db, "SELECT c.name FROM service_order o JOIN customer c ON c.id = "
                          "o.customer_id WHERE o.order_no = 'W16'") ==
          QStringList{QStringLiteral("王五")});
    r = orders(dir.path());
    CHECK(r.status == 1);
    CHECK(r.err.contains(QStringLiteral("is a folder")));
    const QString fifo = dir.file(QStringLiteral("管道"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    r = orders(fifo); // with no writer: refused at once, not waited on
    CHECK(r.status == 1);
    CHECK(r.err.contains(QStringLiteral("not an ordinary file")));
    r = runServicelens({QStringLiteral("check"), QStringLiteral("--db"), fifo});
    CHECK(r.status == 4);
    CHECK(r.err.contains(QStringLiteral("not an ordinary file")));
    r = orders(QStringLiteral("/dev/zero"));
    CHECK(r.status == 1);
    CHECK(runServicelens({QStringLiteral("check"), QStringLiteral("--db"), db}).status == 0);
}

TEST_CASE("Inspection JSON: duplicate keys, unknown people and impossible actions are refused "
          "by path",
          "[cli][safety][inspection]")
{
    TempFolder dir;
    const QString db = makeDemo(dir.file(QStringLiteral("门店.servicelens")), 400);
    const QString all = dir.file(QStringLiteral("全部.json"));
    REQUIRE(runServicelens({QStringLiteral("inspection"), QStringLiteral("export"),
                            QStringLiteral("--db"), db, QStringLiteral("--out"), all})
                .status == 0);
    const QJsonArray list = QJsonDocument::fromJson(fileBytes(all)).array();
    REQUIRE(list.size() > 2);
    // A completed inspection with actions, as a new one.
    QJsonObject base;
    for (const QJsonValue &v : list)
        if (!v.toObject().value(QStringLiteral("actions")).toArray().isEmpty())
            base = v.toObject();
    REQUIRE_FALSE(base.isEmpty());
    int serial = 0;
    auto import = [&](QJsonObject inspection, const QByteArray &raw = {}) {
        inspection.insert(
            QStringLiteral("id"),
            QStringLiteral("0194c2a0-2222-7000-8000-%1").arg(++serial, 12, 10, QLatin1Char('0')));
        const QString path = dir.file(QStringLiteral("巡检-%1.json").arg(serial));
        writeFile(path, raw.isEmpty() ? QJsonDocument(inspection).toJson() : raw);
        return runServicelens({QStringLiteral("inspection"), QStringLiteral("import"),
                               QStringLiteral("--db"), db, QStringLiteral("--in"), path});
    };
    auto withAction = [&](const std::function<void(QJsonObject &)> &change) {
        QJsonObject i = base;
        QJsonArray actions = i.value(QStringLiteral("actions")).toArray();
        QJsonObject a = actions.first().toObject();
        change(a);
        actions.replace(0, a);
        i.insert(QStringLiteral("actions"), actions);
        return i;
    };
    const QString staffBefore = firstColumn(db, "SELECT count(*) FROM staff").value(0);

    // D4: an action in progress is imported as such.
    Run r = import(withAction([](QJsonObject &a) {
        a.insert(QStringLiteral("status"), QStringLiteral("in_progress"));
        a.remove(QStringLiteral("done_at"));
        a.remove(QStringLiteral("verified_by"));
        a.remove(QStringLiteral("verified_at"));
        a.remove(QStringLiteral("verify_note"));
    }));
    INFO(r.err.toStdString());
    CHECK(r.status == 0);
    CHECK(firstColumn(db, "SELECT count(*) FROM corrective_action WHERE status = 'in_progress' "
                          "AND inspection_id = (SELECT max(id) FROM inspection)") ==
          QStringList{QStringLiteral("1")});

    auto refused = [&](const Run &run, const QString &where) {
        INFO(run.err.toStdString());
        CHECK(run.status == 3);
        CHECK(run.err.contains(where));
    };
    // D14: a key twice in one object.
    QJsonObject twice = base;
    twice.insert(QStringLiteral("id"), QStringLiteral("0194c2a0-2222-7000-8000-999999999999"));
    QByteArray raw = QJsonDocument(twice).toJson(QJsonDocument::Compact);
    const QByteArray firstValue = "\"value\":";
    const qsizetype at = raw.indexOf(firstValue);
    REQUIRE(at > 0);
    raw.insert(at, "\"value\":\"fail\",");
    refused(import({}, raw), QStringLiteral("answers[1].value: the key is given twice"));

    // D15: unknown people, impossible times and verifications.
    QJsonObject stranger = base;
    stranger.insert(QStringLiteral("inspector"), QStringLiteral("NOPE"));
    refused(import(stranger), QStringLiteral("inspector: “NOPE” is no one on the staff"));
    refused(import(withAction([](QJsonObject &a) { a.insert(QStringLiteral("owner"), "ZZZ"); })),
            QStringLiteral("actions[1].owner: “ZZZ” is no one on the staff"));
    refused(import(withAction([](QJsonObject &a) {
                a.insert(QStringLiteral("status"), QStringLiteral("done"));
                a.insert(QStringLiteral("created_at"), QStringLiteral("2026-10-12 11:30"));
                a.insert(QStringLiteral("done_at"), QStringLiteral("2020-01-01 09:00"));
            })),
            QStringLiteral("actions[1].done_at: “2020-01-01 09:00” is earlier than the action was "
                           "created"));
    refused(import(withAction([](QJsonObject &a) {
                a.insert(QStringLiteral("status"), QStringLiteral("verified"));
                a.insert(QStringLiteral("done_at"), a.value(QStringLiteral("created_at")));
                a.remove(QStringLiteral("verified_by"));
            })),
            QStringLiteral("actions[1].verified_by: required"));
    refused(import(withAction([](QJsonObject &a) {
                a.insert(QStringLiteral("status"), QStringLiteral("verified"));
                a.insert(QStringLiteral("done_at"), a.value(QStringLiteral("created_at")));
                a.insert(QStringLiteral("verified_by"), a.value(QStringLiteral("owner")));
            })),
            QStringLiteral("actions[1].verified_by: the owner cannot verify"));
    refused(import(withAction([](QJsonObject &a) {
                a.insert(QStringLiteral("status"), QStringLiteral("open"));
                a.insert(QStringLiteral("done_at"), QStringLiteral("2026-10-19 16:00"));
            })),
            QStringLiteral("actions[1].done_at: given, but the status is “open”"));
    CHECK(firstColumn(db, "SELECT count(*) FROM staff").value(0) == staffBefore);

    // A verified action travels with who verified it.
    const QStringList verified = firstColumn(
        db, "SELECT s.code FROM corrective_action a JOIN staff s ON s.id = a.verifier_id WHERE "
            "a.status = 'verified' AND a.inspection_id IS NOT NULL LIMIT 1");
    REQUIRE(verified.size() == 1);
    const QByteArray expected = QByteArray("\"verified_by\": \"") + verified.front().toUtf8();
    CHECK(fileBytes(all).contains(expected));
}

TEST_CASE("Damage quick_check misses stops an import, a backup and a training copy",
          "[cli][safety]")
{
    TempFolder dir;
    const QString w = makeDemo(dir.file(QStringLiteral("原件.servicelens")), 2000);
    const QString a = dir.file(QStringLiteral("甲.servicelens"));
    const QString b = dir.file(QStringLiteral("乙.servicelens"));
    REQUIRE(QFile::copy(w, a));
    const QString base = dir.file(QStringLiteral("基础.csv"));
    writeFile(base, "order_id,received_at,customer,customer_phone\nX1,2026-10-01 09:00,测试客户甲,"
                    "13900001111\nX2,2026-10-02 09:00,测试客户乙,13900002222\n");
    REQUIRE(importCsv("orders", a, base).status == 0);
    // A change committed only to a's log; that log is then copied beside an older copy, as a
    // sync or a careless copy does. Tables and indexes of b now disagree.
    sqlite3 *h = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(a).constData(), &h) == SQLITE_OK);
    REQUIRE(sqlite3_exec(h,
                         "PRAGMA wal_autocheckpoint=0; UPDATE service_order SET product = "
                         "'WAL-ONLY' WHERE order_no = 'X1'; UPDATE service_order SET received_at "
                         "= received_at + 1 WHERE id < 1500;",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    REQUIRE(QFile::copy(w, b));
    REQUIRE(QFile::copy(a + QStringLiteral("-wal"), b + QStringLiteral("-wal")));
    sqlite3_close(h);

    CHECK(runServicelens({QStringLiteral("check"), QStringLiteral("--db"), b}).status == 4);
    const char *rows = "SELECT count(*) || ' ' || sum(order_no LIKE 'X%') FROM service_order";
    const QStringList before = firstColumn(b, rows);
    const Run imported = importCsv("orders", b, base);
    INFO(imported.err.toStdString());
    CHECK(imported.status == 4);
    CHECK(imported.err.contains(QStringLiteral("damaged")));
    const Run backup =
        runServicelens({QStringLiteral("backup"), QStringLiteral("--db"), b,
                        QStringLiteral("--out"), dir.file(QStringLiteral("备份.servicelens"))});
    CHECK(backup.status == 4);
    const Run copy =
        runServicelens({QStringLiteral("export-training-copy"), QStringLiteral("--db"), b,
                        QStringLiteral("--out"), dir.file(QStringLiteral("培训.servicelens"))});
    CHECK(copy.status == 4);
    CHECK_FALSE(QFileInfo::exists(dir.file(QStringLiteral("备份.servicelens"))));
    CHECK_FALSE(QFileInfo::exists(dir.file(QStringLiteral("培训.servicelens"))));
    // Nothing written: no order inserted a second time past the broken index (SQLite may
    // have moved the log into the file, which changes no row).
    CHECK(firstColumn(b, rows) == before);
}

TEST_CASE("check finds edits behind ServiceLens's back that SQLite's check cannot see",
          "[cli][safety][check]")
{
    TempFolder dir;
    const QString pristine = makeDemo(dir.file(QStringLiteral("原件.servicelens")), 400);
    int copies = 0;
    auto edited = [&](const char *sql) {
        const QString path = dir.file(QStringLiteral("副本%1.servicelens").arg(++copies));
        REQUIRE(QFile::copy(pristine, path));
        execOutside(path, sql);
        return runServicelens({QStringLiteral("check"), QStringLiteral("--db"), path});
    };
    auto found = [](const Run &r, const QString &words) {
        INFO(r.out.toStdString() << r.err.toStdString());
        CHECK(r.status == 4);
        CHECK(r.err.contains(words));
    };
    CHECK(runServicelens({QStringLiteral("check"), QStringLiteral("--db"), pristine}).status == 0);
    // D8: the month counts the backlog is read from, a trigger, an inspection reopened.
    found(edited("UPDATE order_month_count SET received = received + 1000"),
          QStringLiteral("do not match the orders themselves"));
    found(edited("DROP TRIGGER order_month_count_insert"),
          QStringLiteral("“order_month_count_insert” that workbook format 10 needs is missing"));
    found(edited("UPDATE inspection SET status = 'draft', completed_at = NULL, score = NULL, "
                 "passed = NULL, content_hash = NULL WHERE id = (SELECT max(id) FROM inspection "
                 "WHERE status = 'completed')"),
          QStringLiteral("is now a draft again"));
    // D9: a zone that is not one.
    found(edited("UPDATE branch SET time_zone = 'Mars/Olympus'"),
          QStringLiteral("“Mars/Olympus” as its time zone"));
    CHECK(
        runServicelens({QStringLiteral("init"), QStringLiteral("--db"),
                        dir.file(QStringLiteral("无时区.servicelens")), QStringLiteral("--branch"),
                        QStringLiteral("X1"), QStringLiteral("--branch-name"), QStringLiteral("X"),
                        QStringLiteral("--timezone"), QString()})
            .status == 2);
    // D7: an emptied trail.
    found(edited("DELETE FROM audit_log; DELETE FROM setting WHERE key = 'audit.head'"),
          QStringLiteral("The audit trail is empty"));
}

TEST_CASE("check --against a backup or a noted head proves the trail was not rewritten",
          "[cli][safety][check]")
{
    TempFolder dir;
    const QString db = makeDemo(dir.file(QStringLiteral("门店.servicelens")), 400);
    const QString backup = dir.file(QStringLiteral("备份.servicelens"));
    const Run backedUp = runServicelens(
        {QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), backup});
    REQUIRE(backedUp.status == 0);
    const QString head = backedUp.out.section(QStringLiteral("Audit head: "), 1).trimmed();
    REQUIRE(servicelens::AuditChain::parseHead(head).has_value());

    // Ordinary work since: the earlier head is still there.
    const QString csv = dir.file(QStringLiteral("新.csv"));
    writeFile(csv, "order_id,received_at\nN1,2026-10-01 09:00\n");
    REQUIRE(importCsv("orders", db, csv).status == 0);
    for (const QString &against : {backup, head}) {
        const Run r = runServicelens({QStringLiteral("check"), QStringLiteral("--db"), db,
                                      QStringLiteral("--against"), against});
        INFO(r.err.toStdString());
        CHECK(r.status == 0);
        CHECK(r.out.contains(QStringLiteral("still holds the earlier head")));
    }

    // A forger edits an old record and recomputes the whole chain and head: the chain alone
    // holds, the earlier head does not.
    sqlite3 *h = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(db).constData(), &h) == SQLITE_OK);
    REQUIRE(sqlite3_exec(h, "UPDATE audit_log SET actor = '别人' WHERE id = 2", nullptr, nullptr,
                         nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_exec(h, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK);
    REQUIRE(servicelens::AuditChain::chainAll(h).ok());
    REQUIRE(sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(h);
    CHECK(runServicelens({QStringLiteral("check"), QStringLiteral("--db"), db}).status == 0);
    for (const QString &against : {backup, head}) {
        const Run r = runServicelens({QStringLiteral("check"), QStringLiteral("--db"), db,
                                      QStringLiteral("--against"), against});
        INFO(r.err.toStdString());
        CHECK(r.status == 4);
        CHECK(r.err.contains(QStringLiteral("was rewritten since that head was noted")));
    }
    CHECK(runServicelens({QStringLiteral("check"), QStringLiteral("--db"), db,
                          QStringLiteral("--against"), QStringLiteral("not-a-head")})
              .status == 2);

    // Every report carries the head of its moment.
    const QString out = dir.file(QStringLiteral("月报.xlsx"));
    REQUIRE(runServicelens({QStringLiteral("report"), QStringLiteral("--db"), db,
                            QStringLiteral("--month"), lastMonth(), QStringLiteral("--format"),
                            QStringLiteral("xlsx"), QStringLiteral("--out"), out})
                .status == 0);
}

TEST_CASE("The training copy scrubs names and phones from every text column and names the "
          "identifiers it must keep",
          "[cli][safety][privacy]")
{
    TempFolder dir;
    const QString db = makeDemo(dir.file(QStringLiteral("门店.servicelens")), 200);
    const QString p1 = dir.file(QStringLiteral("p.csv"));
    writeFile(p1, "order_id,received_at,customer,customer_phone,product,category\n"
                  "P1,2026-10-05 09:00,隐私甲,13912340001,隐私甲的冰箱 13912340001,call "
                  "139-1234-0001\n13912340003,2026-10-05 09:00,隐私丙,13912340003,x,y\n");
    const QString p2 = dir.file(QStringLiteral("p2.csv"));
    writeFile(p2, "order_id,received_at,technician\nP5,2026-10-05 09:00,13912340004\n");
    REQUIRE(importCsv("orders", db, p1).status == 0);
    REQUIRE(importCsv("orders", db, p2).status == 0);
    const QString copy = dir.file(QStringLiteral("培训.servicelens"));
    const Run r = runServicelens({QStringLiteral("export-training-copy"), QStringLiteral("--db"),
                                  db, QStringLiteral("--out"), copy});
    INFO(r.err.toStdString());
    REQUIRE(r.status == 0);
    const QByteArray bytes = fileBytes(copy);
    CHECK_FALSE(bytes.contains("隐私甲"));
    CHECK_FALSE(bytes.contains("13912340001"));
    CHECK_FALSE(bytes.contains("139-1234-0001"));
    // Kept because they identify records, and said so.
    CHECK(r.err.contains(QStringLiteral("Order ids that look like phone numbers were kept")));
    CHECK(r.err.contains(QStringLiteral("13912340003")));
    CHECK(r.err.contains(QStringLiteral("Staff codes that look like phone numbers were kept")));
    CHECK(r.err.contains(QStringLiteral("13912340004")));
    // The copy passes every check, its audit records still JSON.
    const Run check = runServicelens({QStringLiteral("check"), QStringLiteral("--db"), copy});
    INFO(check.err.toStdString());
    CHECK(check.status == 0);
}
