// SPDX-License-Identifier: GPL-3.0-or-later
// How long the workbook operations a user waits for take on a large workbook: generating the
// demo data, opening (integrity check, pragmas), reading the overview, defect trends, backing
// up, and the full `check`. Usage: servicelens_bench_workbook [--orders N] [--file PATH]
// With --file and an existing workbook, generation is skipped and that file is measured.
#include "BenchProcess.h"
#include "demo/DemoGenerator.h"
#include "flow/OrderQuery.h"
#include "kpi/CaseEffect.h"
#include "kpi/DashboardData.h"
#include "kpi/DefectTrends.h"
#include "kpi/KpiEngine.h"
#include "storage/Database.h"
#include "storage/FastQuery.h"
#include "workbook/Workbook.h"
#include "workbook/WorkbookCheck.h"
#include "workbook/WorkbookSearch.h"
#include "workbook/WorkbookSummary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace servicelens;

namespace {

template <typename F> double seconds(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return t.nsecsElapsed() / 1e9;
}

void row(const char *what, double s, const QString &note = {})
{
    std::printf("%-34s %9.3f s  %s\n", what, s, qPrintable(note));
}

[[noreturn]] void fail(const Error &e)
{
    std::fprintf(stderr, "%s\n%s\n", qPrintable(e.message), qPrintable(e.detail));
    std::exit(1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int orders = bench::option(args, "orders", QStringLiteral("1000000")).toInt();
    QString file = bench::option(args, "file");
    QTemporaryDir temp;
    if (file.isEmpty())
        file = temp.filePath(QStringLiteral("bench.servicelens"));

    if (!QFileInfo::exists(file)) {
        DemoOptions options;
        options.orders = orders;
        const double s = seconds([&] {
            auto wb = DemoGenerator::createDemoWorkbook(file, options);
            if (!wb)
                fail(wb.error());
        });
        row("generate demo workbook", s,
            QStringLiteral("%1 orders, %2 orders/s").arg(orders).arg(qRound(orders / s)));
    }
    std::printf("%-34s %9.1f MB\n", "file size", QFileInfo(file).size() / 1e6);

    std::unique_ptr<Workbook> workbook;
    row("open (quick_check, WAL, pragmas)", seconds([&] {
            auto wb = Workbook::open(file);
            if (!wb)
                fail(wb.error());
            workbook = std::move(*wb);
        }));
    qint64 count = 0;
    const double overview = seconds([&] {
        auto s = WorkbookSummary::read(workbook->database());
        if (!s)
            fail(s.error());
        count = s->orders;
    });
    row("read the overview (dashboard)", overview, QStringLiteral("%1 orders").arg(count));
    // The service-flow targets: a month's KPIs, the dashboard with its 12-month trend, the
    // orders page's first rows and a re-sort on every column.
    auto branch = workbook->defaultBranch();
    if (!branch)
        fail(branch.error());
    const QDate month = QDate::currentDate().addMonths(-1);
    row("KPIs of one month", seconds([&] {
            kpi::KpiEngine engine(workbook->database());
            auto k = engine.compute(*branch, month);
            if (!k)
                fail(k.error());
        }));
    row("dashboard (month + 12-month trend)", seconds([&] {
            auto d = kpi::DashboardData::load(workbook->database(), *branch, month);
            if (!d)
                fail(d.error());
        }));
    // Defect trends (issue 21 target: 0.5 s): 24 months of orders grouped, every model charted.
    std::size_t models = 0;
    const double defects = seconds([&] {
        auto d = kpi::DefectReport::read(workbook->database(), month.year() * 100 + month.month());
        if (!d)
            fail(d.error());
        models = d->models.size();
    });
    row("defect trends (every model)", defects, QStringLiteral("%1 models").arg(models));
    // The Knowledge page: the case library's effect and gaps over twelve months.
    std::size_t codes = 0;
    const double knowledge = seconds([&] {
        auto k = kpi::KnowledgeReport::compute(workbook->database(), month.addMonths(-11), month);
        if (!k)
            fail(k.error());
        codes = k->effects.size() + k->gaps.size();
    });
    row("knowledge: twelve months", knowledge, QStringLiteral("%1 fault codes").arg(codes));
    flow::OrderQuery query(workbook->database(), *branch);
    row("orders page: count + first 200 rows", seconds([&] {
            auto n = query.count({});
            auto p = query.page({}, flow::OrderSortKey::Received, Qt::DescendingOrder, std::nullopt,
                                200);
            if (!n || !p)
                fail(n ? p.error() : n.error());
        }));
    double slowest = 0;
    const char *slowestName = "";
    const std::pair<const char *, flow::OrderSortKey> keys[] = {
        {"order id", flow::OrderSortKey::OrderNo},
        {"received", flow::OrderSortKey::Received},
        {"closed", flow::OrderSortKey::Closed},
        {"status", flow::OrderSortKey::Status},
        {"stage", flow::OrderSortKey::Stage},
        {"priority", flow::OrderSortKey::Priority},
        {"channel", flow::OrderSortKey::Channel},
        {"category", flow::OrderSortKey::Category},
        {"product", flow::OrderSortKey::Product},
        {"customer", flow::OrderSortKey::Customer},
        {"technician", flow::OrderSortKey::Technician},
        {"complaint", flow::OrderSortKey::Complaint},
        {"visits", flow::OrderSortKey::Visits},
        {"reopened", flow::OrderSortKey::Reopened}};
    for (const auto &[name, key] : keys) {
        const double s = seconds([&] {
            auto p = query.page({}, key, Qt::AscendingOrder, std::nullopt, 200);
            if (!p)
                fail(p.error());
        });
        std::printf("    re-sort by %-12s %7.3f s\n", name, s);
        if (s > slowest) {
            slowest = s;
            slowestName = name;
        }
    }
    row("orders page: slowest re-sort", slowest, QString::fromLatin1(slowestName));
    flow::OrderFilter search;
    search.text = QStringLiteral("KFR-35");
    row("orders page: text search, first page", seconds([&] {
            auto p = query.page(search, flow::OrderSortKey::Received, Qt::DescendingOrder,
                                std::nullopt, 200);
            if (!p)
                fail(p.error());
        }));

    // Find in Workbook (Ctrl+K): a phone number (a few orders: every order is looked at) and a
    // word in many (the newest 20 of each kind come at once).
    {
        FastQuery q(workbook->database(),
                    "SELECT phone FROM customer WHERE phone <> '' ORDER BY id DESC LIMIT 1");
        const QString phone = q.next() ? q.text(0) : QStringLiteral("13912345678");
        const WorkbookSearch everywhere(workbook->database(), workbook->defaultBranch()->id);
        for (const QString &text : {phone, QStringLiteral("异响")}) {
            std::size_t found = 0;
            const double s = seconds([&] {
                auto hits = everywhere.find(text);
                if (!hits)
                    fail(hits.error());
                found = hits->size();
            });
            row(text == phone ? "find in workbook: a phone" : "find in workbook: a common word", s,
                QStringLiteral("%1 matches shown").arg(found));
        }
    }

    const QString copy = temp.filePath(QStringLiteral("copy.servicelens"));
    row("back up (online backup API)", seconds([&] {
            if (auto s = workbook->database().backupTo(copy); !s)
                fail(s.error());
        }));
    workbook.reset();
    row("full check (integrity, references)", seconds([&] {
            auto p = WorkbookCheck::verifyFile(file);
            if (!p)
                fail(p.error());
        }));
    return 0;
}
