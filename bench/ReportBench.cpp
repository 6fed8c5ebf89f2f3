// SPDX-License-Identifier: GPL-3.0-or-later
// How long `servicelens report` takes for one month of a large workbook, each run a whole
// process as a user starts it (issue 8: the PDF within 3 s, the XLSX within 2 s on the
// 1,000,000-order workbook), with its peak resident memory.
//
// Usage: servicelens_bench_report [--orders N | --file WORKBOOK] [--month YYYY-MM] [--runs R]
// Without --file a demo workbook of N orders (default 1,000,000) is made in /tmp and kept for
// the next run. The month defaults to the workbook's last full month. Each format and language
// runs R times (default 3); the median and the slowest are printed.
#include "BenchProcess.h"
#include "demo/DemoGenerator.h"
#include "workbook/Workbook.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

using namespace servicelens;
using namespace servicelens::bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int orders = option(args, "orders", QStringLiteral("1000000")).toInt();
    const int runs = std::max(1, option(args, "runs", QStringLiteral("3")).toInt());
    QString file = option(args, "file");
    const QString month = option(
        args, "month", QDate::currentDate().addMonths(-1).toString(QStringLiteral("yyyy-MM")));
    const QString binary = QStringLiteral(SERVICELENS_BINARY);
    if (file.isEmpty()) {
        file = QDir::tempPath() +
               QStringLiteral("/servicelens-bench-report-%1.servicelens").arg(orders);
        if (!QFileInfo::exists(file)) {
            std::printf("Generating a demo workbook of %d orders ...\n", orders);
            DemoOptions options;
            options.orders = orders;
            auto wb = DemoGenerator::createDemoWorkbook(file, options);
            if (!wb)
                fail(wb.error().message);
        }
    }
    std::printf("Workbook: %s (%.0f MB), month %s\n", qPrintable(file),
                static_cast<double>(QFileInfo(file).size()) / 1e6, qPrintable(month));
    const QString out = QDir::tempPath() + QStringLiteral("/servicelens-bench-report");
    for (const char *format : {"pdf", "xlsx", "csv"})
        for (const char *language : {"zh_CN", "en"}) {
            std::vector<double> seconds;
            long peak = 0;
            for (int r = 0; r < runs; ++r) {
                const Run run =
                    runProcess({binary, QStringLiteral("report"), QStringLiteral("--db"), file,
                                QStringLiteral("--month"), month, QStringLiteral("--format"),
                                QString::fromLatin1(format), QStringLiteral("--lang"),
                                QString::fromLatin1(language), QStringLiteral("--out"),
                                out + QLatin1Char('.') + QLatin1String(format)});
                seconds.push_back(run.seconds);
                peak = std::max(peak, run.peakKb);
            }
            std::sort(seconds.begin(), seconds.end());
            std::printf(
                "report --format %-4s --lang %-5s  median %.2f s  slowest %.2f s  peak %.0f MB"
                "  (%lld bytes)\n",
                format, language, seconds[seconds.size() / 2], seconds.back(),
                static_cast<double>(peak) / 1024.0,
                static_cast<long long>(
                    QFileInfo(out + QLatin1Char('.') + QLatin1String(format)).size()));
        }
    return 0;
}
