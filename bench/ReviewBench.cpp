// SPDX-License-Identifier: GPL-3.0-or-later
// How fast a 360-degree review's results answer on a big workbook (issue 23): the cycle's
// results, the data every person's panel shares (results, the previous cycle, the scorecard's
// figures of the period), one person's panel from it, and `servicelens review report` as a whole
// process. Works on the demo's latest review cycle.
// Usage: servicelens_bench_review --file big.servicelens [--runs 5]
#include "BenchProcess.h"
#include "report/ReviewReport.h"
#include "storage/Database.h"
#include "team/ReviewCycles.h"
#include "workbook/Workbook.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace servicelens;

namespace {

// The median and the slowest of `runs` timings of f, in milliseconds.
std::pair<double, double> timed(int runs, const std::function<void()> &f)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.back()};
}

template <typename T> T must(Result<T> r)
{
    if (!r)
        bench::fail(r.error().message + QLatin1Char(' ') + r.error().detail);
    return std::move(*r);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString file = bench::option(args, "file");
    const int runs = bench::option(args, "runs", QStringLiteral("5")).toInt();
    if (file.isEmpty())
        bench::fail(QStringLiteral("usage: servicelens_bench_review --file F [--runs N]"));
    auto wb = must(Workbook::open(file));
    Database &db = wb->database();
    const qint64 branch = wb->defaultBranch()->id;
    const auto cycles = must(team::ReviewCycles(db).list(branch));
    if (cycles.empty())
        bench::fail(QStringLiteral("the workbook has no review cycle (make it with --demo)"));
    const team::ReviewCycle &cycle = cycles.front();
    std::printf("cycle %s, %d runs each: median / slowest\n", qPrintable(cycle.code), runs);

    const auto results = timed(runs, [&] { must(team::ReviewResults::compute(db, cycle.id)); });
    std::printf("cycle's results: %.0f / %.0f ms\n", results.first, results.second);
    report::ReviewCycleData data;
    const auto shared = timed(runs, [&] {
        data = must(report::ReviewCycleData::build(db, cycle.id, QStringLiteral("zh_CN")));
    });
    std::printf("the cycle's shared data (results, previous cycle, measured): %.0f / %.0f ms\n",
                shared.first, shared.second);
    std::vector<double> each;
    for (const team::PersonResult &p : data.people) {
        QElapsedTimer t;
        t.start();
        must(report::ReviewReport::of(db, data, p.staffId));
        each.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(each.begin(), each.end());
    if (!each.empty())
        std::printf("a person's panel from it, %zu people: median %.1f ms, slowest %.1f ms\n",
                    each.size(), each[each.size() / 2], each.back());

    const QString person = data.people.empty() ? QString() : data.people.front().code;
    const QString out = QDir::temp().filePath(QStringLiteral("servicelens-bench-review.pdf"));
    std::vector<double> whole;
    for (int i = 0; i < runs; ++i) {
        QFile::remove(out);
        whole.push_back(
            bench::runProcess({QStringLiteral(SERVICELENS_BINARY), QStringLiteral("review"),
                               QStringLiteral("report"), QStringLiteral("--db"), file,
                               QStringLiteral("--cycle"), cycle.code, QStringLiteral("--person"),
                               person, QStringLiteral("--out"), out},
                              {}, true)
                .seconds);
    }
    QFile::remove(out);
    std::sort(whole.begin(), whole.end());
    std::printf("servicelens review report (whole process): %.2f / %.2f s\n",
                whole[whole.size() / 2], whole.back());
    return 0;
}
