// SPDX-License-Identifier: GPL-3.0-or-later
// A head office's costs (issue 20), each step a whole process as a user runs it:
//   packing each branch's whole history (pack --all), merging every branch's pack into a new
//   head-office store (orders/s over all of them), then one branch's month of changes
//   (about 1,500 orders touched, packed and merged into the full store), `network --month M
//   --json` and `kpi --all-branches --json`.
//
// Usage: servicelens_bench_network [--branches B] [--orders N] [--month YYYY-MM] [--work DIR]
//                                  [--postgres]
// B demo branches (default 20) of N orders (default 50,000) each, different seeds, codes and
// (every third) time zones, kept in --work (default /tmp/servicelens-bench-network-BxN) for the
// next run. Run it at two sizes to see how the cost grows with the branches. --postgres: the
// store is a PostgreSQL database on a server the benchmark starts for itself (Debian's
// postgresql-15, in a temporary folder, on 127.0.0.1, writes synced to disk as in use) instead
// of a head-office workbook.
#include "BenchProcess.h"
#include "PostgresServer.h"
#include "demo/DemoCatalogue.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/FastQuery.h"
#include "workbook/Workbook.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

using namespace servicelens;
using namespace servicelens::bench;

namespace {

// The size of a PostgreSQL store's database, as the server counts it.
double storeMegabytes(const QString &url)
{
    auto store = Workbook::openForReading(url);
    if (!store)
        return 0;
    FastQuery size((*store)->database(), "SELECT pg_database_size(current_database())");
    return size.next() ? static_cast<double>(size.int64(0)) / 1e6 : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int branches = option(args, "branches", QStringLiteral("20")).toInt();
    const int orders = option(args, "orders", QStringLiteral("50000")).toInt();
    const QString month = option(
        args, "month", QDate::currentDate().addMonths(-1).toString(QStringLiteral("yyyy-MM")));
    const QString work =
        option(args, "work",
               QDir::tempPath() +
                   QStringLiteral("/servicelens-bench-network-%1x%2").arg(branches).arg(orders));
    QDir().mkpath(work);
    const QString binary = QStringLiteral(SERVICELENS_BINARY);
    const char *zones[] = {"Asia/Shanghai", "Asia/Shanghai", "Asia/Urumqi"};

    QStringList workbooks;
    for (int b = 0; b < branches; ++b) {
        const QString code = QStringLiteral("B%1").arg(b + 1, 3, 10, QLatin1Char('0'));
        const QString file = work + QLatin1Char('/') + code + QStringLiteral(".servicelens");
        workbooks << file;
        if (QFileInfo::exists(file))
            continue;
        std::printf("Generating branch %s (%d orders) ...\n", qPrintable(code), orders);
        std::fflush(stdout);
        DemoOptions options;
        options.orders = orders;
        options.seed = 1000 + static_cast<std::uint64_t>(b);
        options.branchCode = code;
        options.branchName = QStringLiteral("网点%1").arg(b + 1);
        options.timeZone = QString::fromLatin1(zones[b % 3]);
        auto wb = DemoGenerator::createDemoWorkbook(file, options);
        if (!wb)
            fail(wb.error().message);
    }

    // Whole histories.
    double packSeconds = 0;
    QStringList packs;
    for (const QString &file : workbooks) {
        const QString pack = file + QStringLiteral(".all.slpack");
        QFile::remove(pack);
        packSeconds += runProcess({binary, QStringLiteral("pack"), QStringLiteral("--db"), file,
                                   QStringLiteral("--out"), pack, QStringLiteral("--all")},
                                  {}, true)
                           .seconds;
        packs << pack;
    }
    std::printf("pack --all      %d branches: %.2f s in all, %.2f s per branch\n", branches,
                packSeconds, packSeconds / branches);

    std::unique_ptr<test::PostgresServer> server;
    QString store = work + QStringLiteral("/head-office.servicelens");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(store + QLatin1String(suffix));
    if (args.contains(QStringLiteral("--postgres"))) {
        server = std::make_unique<test::PostgresServer>(true);
        store = server->createDatabase(QStringLiteral("head_office"));
        if (store.isEmpty())
            fail(server->failure());
        std::printf("store: %s\n", qPrintable(store));
    }
    runProcess({binary, QStringLiteral("init"), QStringLiteral("--db"), store,
                QStringLiteral("--head-office")},
               {}, true);
    QStringList merge = {binary, QStringLiteral("merge"), QStringLiteral("--db"), store};
    for (const QString &pack : packs)
        merge << QStringLiteral("--in") << pack;
    const Run merged = runProcess(merge, {}, true);
    const double total = static_cast<double>(branches) * orders;
    std::printf("merge every pack into a new store: %.2f s, %.0f orders/s, peak %.0f MB "
                "(store %.0f MB)\n",
                merged.seconds, total / merged.seconds, merged.peakKb / 1024.0,
                server ? storeMegabytes(store)
                       : static_cast<double>(QFileInfo(store).size()) / 1e6);

    // One branch's month: about 1,500 orders changed since its last pack.
    {
        auto wb = Workbook::open(workbooks.front());
        if (!wb)
            fail(wb.error().message);
        const qint64 now = QDateTime::currentSecsSinceEpoch() + 1;
        const Status s = (*wb)->database().execScript(
            "UPDATE service_order SET updated_at = " + QByteArray::number(now) +
            " WHERE id IN (SELECT id FROM service_order ORDER BY received_at DESC LIMIT 1500)");
        if (!s)
            fail(s.error().message);
    }
    const QString monthly = workbooks.front() + QStringLiteral(".month.slpack");
    QFile::remove(monthly);
    const Run packedMonth = runProcess({binary, QStringLiteral("pack"), QStringLiteral("--db"),
                                        workbooks.front(), QStringLiteral("--out"), monthly},
                                       {}, true);
    const Run mergedMonth = runProcess({binary, QStringLiteral("merge"), QStringLiteral("--db"),
                                        store, QStringLiteral("--in"), monthly},
                                       {}, true);
    std::printf("one branch's month (1,500 orders changed): pack %.2f s, merge %.2f s\n",
                packedMonth.seconds, mergedMonth.seconds);

    for (int r = 0; r < 3; ++r) {
        const Run network =
            runProcess({binary, QStringLiteral("network"), QStringLiteral("--db"), store,
                        QStringLiteral("--month"), month, QStringLiteral("--json")},
                       {}, true);
        const Run pooled = runProcess({binary, QStringLiteral("kpi"), QStringLiteral("--db"), store,
                                       QStringLiteral("--month"), month,
                                       QStringLiteral("--all-branches"), QStringLiteral("--json")},
                                      {}, true);
        std::printf("network --month %s --json %.2f s;  kpi --all-branches --json %.2f s\n",
                    qPrintable(month), network.seconds, pooled.seconds);
    }
    // Head office's product lists over every order, with the demo's list imported (Settings ▸ Products and Categories… counts
    // the same on its worker thread), and over one month.
    {
        const QString list = work + QStringLiteral("/demo-products.csv");
        QFile csv(list);
        if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate))
            fail(csv.errorString());
        csv.write("model,category\n");
        for (const demo::CategorySpec &c : demo::categories())
            for (const char *model : c.products)
                csv.write(QByteArray(model) + ',' + c.name + '\n');
        csv.close();
        runProcess({binary, QStringLiteral("import"), QStringLiteral("products"),
                    QStringLiteral("--db"), store, QStringLiteral("--in"), list},
                   {}, true);
    }
    for (int r = 0; r < 2; ++r) {
        const Run all = runProcess({binary, QStringLiteral("products"), QStringLiteral("--db"),
                                    store, QStringLiteral("--json")},
                                   {}, true);
        const Run inMonth =
            runProcess({binary, QStringLiteral("products"), QStringLiteral("--db"), store,
                        QStringLiteral("--month"), month, QStringLiteral("--json")},
                       {}, true);
        std::printf("products --json (every order) %.2f s;  products --month %s --json %.2f s\n",
                    all.seconds, qPrintable(month), inMonth.seconds);
    }
    return 0;
}
