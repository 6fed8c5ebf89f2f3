// SPDX-License-Identifier: GPL-3.0-or-later
// How fast `servicelens import orders` loads a large CSV, against the floor set by the sqlite3
// shell's `.import` of the same file into a bare table (issue 4: within 3x), the same file in
// GB18030 (within 1.2x of UTF-8), and whether its memory grows with the file (a tenth of the
// rows should peak at about the same resident size).
//
// Usage: servicelens_bench_import [--orders N] [--work DIR]
// The CSV is made from a demo workbook of N orders (default 1,000,000) and kept in DIR (default
// a folder in /tmp) for the next run; each import runs as its own process, timed from outside,
// with its peak resident memory from wait4().
#include "BenchProcess.h"
#include "common/LocalTime.h"
#include "demo/DemoGenerator.h"
#include "io/CsvWriter.h"
#include "storage/Database.h"
#include "storage/FastQuery.h"
#include "workbook/Workbook.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTimeZone>

#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace servicelens;
using namespace servicelens::bench;

namespace {

// The orders of a demo workbook as the CSV of FORMATS.md, in the branch's local time.
void exportCsv(Workbook &wb, const QString &path, qint64 limit)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        fail(QStringLiteral("cannot write %1").arg(path));
    const LocalTime local(QTimeZone("Asia/Shanghai"));
    FastQuery q(wb.database(),
                "SELECT o.order_no, o.received_at, o.responded_at, o.analysed_at, o.solution_at, "
                "o.implemented_at, o.followed_up_at, o.closed_at, o.channel, o.category, "
                "o.product, o.priority, o.complaint, s.code, c.name, c.phone, o.visits, "
                "o.reopened FROM service_order o LEFT JOIN staff s ON s.id = o.technician_id "
                "LEFT JOIN customer c ON c.id = o.customer_id ORDER BY o.id LIMIT ?1");
    q.bind(1, limit);
    QByteArray buffer = "order_id,received_at,responded_at,analysed_at,solution_at,"
                        "implemented_at,followed_up_at,closed_at,channel,category,product,"
                        "priority,complaint,technician,customer,customer_phone,visits,reopened\n";
    while (q.next()) {
        for (int c = 0; c < 18; ++c) {
            if (c > 0)
                buffer += ',';
            if (q.isNull(c))
                continue;
            if (c >= 1 && c <= 7) {
                buffer += local.localDateTime(q.int64(c))
                              .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                              .toLatin1();
            } else {
                buffer += io::csvField(q.text(c)).toUtf8();
            }
        }
        buffer += '\n';
        if (buffer.size() > (1 << 20)) {
            out.write(buffer);
            buffer.clear();
        }
    }
    if (!q.status())
        fail(q.status().error().message);
    out.write(buffer);
}

void toGb18030(const QString &from, const QString &to)
{
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        fail(QStringLiteral("cannot convert %1").arg(from));
    QStringEncoder encoder("GB18030");
    // Whole lines per piece, so no character is cut.
    while (!in.atEnd()) {
        QByteArray piece = in.read(1 << 20);
        piece += in.readLine();
        out.write(encoder.encode(QString::fromUtf8(piece)));
    }
}

qint64 lines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    qint64 n = 0;
    while (!f.atEnd())
        n += f.read(1 << 20).count('\n');
    return n;
}

void removeWorkbook(const QString &db)
{
    QFile::remove(db);
    QFile::remove(db + QStringLiteral("-wal"));
    QFile::remove(db + QStringLiteral("-shm"));
    QDir(db + QStringLiteral(".backups")).removeRecursively();
}

QString freshWorkbook(const QString &binary, const QString &dir, const char *name)
{
    const QString db = dir + QLatin1Char('/') + QLatin1String(name);
    removeWorkbook(db);
    runProcess({binary, QStringLiteral("init"), QStringLiteral("--db"), db});
    return db;
}

Run importInto(const QString &binary, const QString &db, const QString &csv)
{
    // The file's technicians are not in a new workbook's staff list: added by the import.
    return runProcess({binary, QStringLiteral("import"), QStringLiteral("orders"),
                       QStringLiteral("--db"), db, QStringLiteral("--in"), csv,
                       QStringLiteral("--create-staff")});
}

// What SQLite alone needs to store the imported rows in the workbook's schema the way the
// importer does (its indexes and constraints; the month-count insert trigger set aside, as the
// importer sets it aside and adds the counts once): the sqlite3 shell copying them from the
// imported workbook into a fresh one in one transaction, with the importer's settings, row by
// row ("WHERE 1" keeps SQLite from copying whole pages, which no importer can do). No importer
// can go below this; the gap between it and the bare .import is the price of the schema.
Run copyIntoSchema(const QString &binary, const QString &dir, const QString &imported)
{
    const QString db = freshWorkbook(binary, dir, "schema-floor.servicelens");
    const QByteArray script =
        "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;\n"
        "PRAGMA foreign_keys=OFF;\n"
        "ATTACH '" +
        imported.toUtf8() +
        "' AS src;\n"
        "BEGIN IMMEDIATE;\n"
        "DROP TRIGGER order_month_count_insert;\n"
        "INSERT INTO staff SELECT * FROM src.staff WHERE id NOT IN (SELECT id FROM staff);\n"
        "INSERT INTO customer SELECT * FROM src.customer WHERE 1;\n"
        "INSERT INTO service_order SELECT * FROM src.service_order WHERE 1;\n"
        "COMMIT;\n";
    Run r = runProcess({QStringLiteral("sqlite3"), QStringLiteral("-batch"), db}, script);
    removeWorkbook(db);
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int orders = option(args, "orders", QStringLiteral("1000000")).toInt();
    const QString work =
        option(args, "work", QDir::tempPath() + QStringLiteral("/servicelens-bench-import"));
    QDir().mkpath(work);
    const QString binary = QStringLiteral(SERVICELENS_BINARY);
    const QString csv = work + QStringLiteral("/orders-%1.csv").arg(orders);
    const QString small = work + QStringLiteral("/orders-%1.csv").arg(orders / 10);
    const QString gbk = work + QStringLiteral("/orders-%1-gb18030.csv").arg(orders);

    if (lines(csv) != orders + 1) {
        std::printf("Generating a demo workbook of %d orders and its CSV ...\n", orders);
        const QString demo = work + QStringLiteral("/demo.servicelens");
        Workbook::removeFiles(demo);
        DemoOptions options;
        options.orders = orders;
        auto wb = DemoGenerator::createDemoWorkbook(demo, options);
        if (!wb)
            fail(wb.error().message);
        exportCsv(**wb, csv, orders);
        exportCsv(**wb, small, orders / 10);
        wb->reset();
        Workbook::removeFiles(demo);
        toGb18030(csv, gbk);
    }
    std::printf("CSV: %s, %lld rows, %.1f MB\n", qPrintable(csv), lines(csv) - 1,
                static_cast<double>(QFileInfo(csv).size()) / 1e6);

    // The floor: the sqlite3 shell loading the same file into a bare table.
    const QString bare = work + QStringLiteral("/bare.sqlite");
    QFile::remove(bare);
    const Run floor = runProcess({QStringLiteral("sqlite3"), QStringLiteral("-batch"), bare},
                                 ".mode csv\n.import '" + csv.toUtf8() + "' orders\n");
    QFile::remove(bare);
    const QString imported = freshWorkbook(binary, work, "utf8.servicelens");
    const Run utf8 = importInto(binary, imported, csv);
    const Run schema = copyIntoSchema(binary, work, imported);
    removeWorkbook(imported);
    const QString gbDb = freshWorkbook(binary, work, "gb18030.servicelens");
    const Run gb = importInto(binary, gbDb, gbk);
    removeWorkbook(gbDb);
    const QString tenthDb = freshWorkbook(binary, work, "tenth.servicelens");
    const Run tenth = importInto(binary, tenthDb, small);
    removeWorkbook(tenthDb);

    std::printf("%-40s %8.2f s %10.0f rows/s %8ld MB peak\n", "sqlite3 .import (bare table)",
                floor.seconds, orders / floor.seconds, floor.peakKb / 1024);
    std::printf("%-40s %8.2f s %10.0f rows/s %8ld MB peak  (%.2fx the floor)\n",
                "sqlite3 copy into the schema, row by row", schema.seconds, orders / schema.seconds,
                schema.peakKb / 1024, schema.seconds / floor.seconds);
    std::printf("%-40s %8.2f s %10.0f rows/s %8ld MB peak  (%.2fx the floor)\n",
                "servicelens import orders, UTF-8", utf8.seconds, orders / utf8.seconds,
                utf8.peakKb / 1024, utf8.seconds / floor.seconds);
    std::printf("%-40s %8.2f s %10.0f rows/s %8ld MB peak  (%.2fx UTF-8)\n",
                "servicelens import orders, GB18030", gb.seconds, orders / gb.seconds,
                gb.peakKb / 1024, gb.seconds / utf8.seconds);
    std::printf("%-40s %8.2f s %10.0f rows/s %8ld MB peak  (memory %.2fx the full file's)\n",
                "servicelens import orders, 1/10 rows", tenth.seconds,
                (orders / 10) / tenth.seconds, tenth.peakKb / 1024,
                static_cast<double>(utf8.peakKb) / static_cast<double>(tenth.peakKb));
    return 0;
}
