// SPDX-License-Identifier: GPL-3.0-or-later
// How fast the case library answers (issue 21 target: `cases search` within 50 ms over 10,000
// cases): makes a workbook of N cases written from the demo's catalogue (its categories,
// models and faults, with causes and fixes in varied words), then times searches of common and
// rare words, an order's suggestions, and `servicelens cases search` as a whole process.
// Usage: servicelens_bench_cases [--cases N] [--work DIR]
#include "BenchProcess.h"
#include "demo/DemoCatalogue.h"
#include "demo/DemoRandom.h"
#include "knowledge/CaseLibrary.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"
#include "workbook/Workbook.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

using namespace servicelens;

namespace {

const char *const causes[] = {"排水管坡度不足", "冷媒泄漏",   "电容老化",   "主板受潮",
                              "传感器脱落",     "减震垫老化", "轴承磨损",   "密封圈老化",
                              "线束接触不良",   "滤网堵塞",   "进水阀卡滞", "电机碳刷磨损",
                              "温控器失灵"};
const char *const fixes[] = {"更换配件并试机",     "清洗后重新安装", "紧固接线端子",
                             "加注冷媒至标准压力", "调整安装位置",   "升级主板程序",
                             "更换密封件",         "疏通管路"};

[[noreturn]] void fail(const Error &e)
{
    std::fprintf(stderr, "%s\n%s\n", qPrintable(e.message), qPrintable(e.detail));
    std::exit(1);
}

double millis(const std::function<void()> &f)
{
    QElapsedTimer t;
    t.start();
    f();
    return t.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int cases = bench::option(args, "cases", QStringLiteral("10000")).toInt();
    const QString work =
        bench::option(args, "work", QStringLiteral("/tmp/servicelens-bench-cases-%1").arg(cases));
    QDir().mkpath(work);
    const QString path = QDir(work).filePath(QStringLiteral("cases.servicelens"));
    if (!QFileInfo::exists(path)) {
        auto wb = Workbook::create(path, NewWorkbook{});
        if (!wb)
            fail(wb.error());
        Database &db = (*wb)->database();
        demo::DemoRandom random(2026);
        knowledge::CaseLibrary library(db);
        QElapsedTimer t;
        t.start();
        WriteTransaction tx(db);
        for (int i = 0; i < cases; ++i) {
            const auto &category =
                demo::categories()[random.between(0, int(demo::categories().size()) - 1)];
            const auto &fault = category.faults[random.between(0, int(category.faults.size()) - 1)];
            const char *model =
                category.products[random.between(0, int(category.products.size()) - 1)];
            knowledge::ServiceCase c;
            c.title = QStringLiteral("%1%2：%3（%4）")
                          .arg(QString::fromUtf8(category.name), QString::fromUtf8(fault.name),
                               QString::fromUtf8(causes[random.between(0, 12)]))
                          .arg(i + 1);
            c.symptom = QStringLiteral("客户反映%1，型号%2，使用约%3年")
                            .arg(QString::fromUtf8(fault.name), QString::fromLatin1(model))
                            .arg(random.between(1, 9));
            c.cause = QString::fromUtf8(causes[random.between(0, 12)]);
            c.fix = QString::fromUtf8(fixes[random.between(0, 7)]) + QLatin1Char('\n') +
                    QString::fromUtf8(fixes[random.between(0, 7)]);
            c.faultCode = QString::fromLatin1(fault.code);
            c.models = {QString::fromLatin1(model)};
            c.status =
                random.chance(0.8) ? knowledge::CaseStatus::Approved : knowledge::CaseStatus::Draft;
            if (auto saved = library.save(c); !saved)
                fail(saved.error());
        }
        if (auto s = tx.commit(); !s)
            fail(s.error());
        std::printf("%-40s %9.2f s\n", "write the cases", t.nsecsElapsed() / 1e9);
    }
    auto wb = Workbook::open(path);
    if (!wb)
        fail(wb.error());
    knowledge::CaseLibrary library((*wb)->database());
    std::printf("%d cases, %.1f MB\n", cases, QFileInfo(path).size() / 1e6);
    for (const char *query : {"漏水", "压缩机 异响", "不制冷", "E30", "温控器失灵",
                              "排水管 坡度 更换", "完全没有的词"}) {
        std::vector<double> runs;
        std::size_t found = 0;
        for (int r = 0; r < 7; ++r)
            runs.push_back(millis([&] {
                auto hits = library.search(QString::fromUtf8(query));
                if (!hits)
                    fail(hits.error());
                found = hits->size();
            }));
        std::sort(runs.begin(), runs.end());
        std::printf("search %-24s %7.2f ms median, %7.2f ms slowest  (%zu shown)\n",
                    qPrintable(QStringLiteral("“%1”").arg(QString::fromUtf8(query))), runs[3],
                    runs.back(), found);
    }
    std::vector<double> runs;
    for (int r = 0; r < 7; ++r)
        runs.push_back(millis([&] {
            auto hits = library.suggest({QStringLiteral("BCD-520WDPZU1"), QStringLiteral("RF-03"),
                                         QStringLiteral("冰箱压缩机有异响，晚上很吵")});
            if (!hits)
                fail(hits.error());
        }));
    std::sort(runs.begin(), runs.end());
    std::printf("%-31s %7.2f ms median, %7.2f ms slowest\n", "suggest for an order", runs[3],
                runs.back());
    wb->reset();
    const auto run = bench::runProcess({QStringLiteral(SERVICELENS_BINARY), QStringLiteral("cases"),
                                        QStringLiteral("search"), QStringLiteral("--db"), path,
                                        QStringLiteral("--query"), QStringLiteral("漏水"),
                                        QStringLiteral("--json")},
                                       {}, true);
    std::printf("%-31s %7.2f ms (whole process)\n", "servicelens cases search", run.seconds * 1000);
    return 0;
}
