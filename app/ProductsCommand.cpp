// SPDX-License-Identifier: GPL-3.0-or-later
// servicelens products: head office's product lists, how many orders each entry has, and the
// texts the branches wrote that match none (docs/formats.md, "products").
#include "Commands.h"

#include "CommandLine.h"
#include "CommandSupport.h"

#include "flow/ProductUsage.h"
#include "org/ProductLists.h"
#include "storage/Database.h"
#include "workbook/Workbook.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace servicelens::app {

namespace {

void printUsage(const flow::ProductUsage &usage)
{
    const auto share = [&](qint64 n) {
        return usage.orders > 0 ? QString::number(100.0 * double(n) / double(usage.orders), 'f', 1)
                                : QStringLiteral("–");
    };
    out() << CommandLine::tr("%1 orders: %2 with a listed model (%3 %), %4 without a product "
                             "text; %5 with a listed category (%6 %).")
                 .arg(usage.orders)
                 .arg(usage.modelMatched)
                 .arg(share(usage.modelMatched))
                 .arg(usage.modelBlank)
                 .arg(usage.categoryMatched)
                 .arg(share(usage.categoryMatched))
          << Qt::endl;
    const auto table = [](const QString &title,
                          const std::vector<flow::ProductUsage::Entry> &rows) {
        out() << Qt::endl
              << title << '\t' << CommandLine::tr("orders") << '\t' << CommandLine::tr("branches")
              << Qt::endl;
        for (const auto &e : rows)
            out() << "  " << e.target << '\t' << e.orders << '\t' << e.branches << Qt::endl;
    };
    table(CommandLine::tr("Category"), usage.categories);
    table(CommandLine::tr("Model"), usage.models);
    out() << Qt::endl
          << CommandLine::tr(
                 "Not in the lists (map them: aliases in the products file, or Settings ▸ "
                 "Products and Categories in the window)")
          << Qt::endl;
    if (usage.unmapped.empty())
        out() << "  " << CommandLine::tr("none") << Qt::endl;
    else
        out() << CommandLine::tr("Text") << '\t' << CommandLine::tr("orders") << '\t'
              << CommandLine::tr("branches") << Qt::endl;
    for (const auto &u : usage.unmapped) {
        out() << "  "
              << (u.list == org::ProductList::Model ? CommandLine::tr("product")
                                                    : CommandLine::tr("category"))
              << ": " << u.value << '\t' << u.orders << '\t' << u.branches;
        if (!u.candidates.isEmpty())
            out() << '\t'
                  << CommandLine::tr("names several models: %1")
                         .arg(u.candidates.join(QStringLiteral(", ")));
        out() << Qt::endl;
    }
}

} // namespace

int runProducts(const QStringList &arguments)
{
    QCommandLineParser parser;
    const auto db = dbOption();
    const auto month = monthOption();
    const QCommandLineOption json(QStringLiteral("json"),
                                  CommandLine::tr("Print JSON (docs/formats.md, products)."));
    parser.addOptions({db, month, json});
    int exit = ExitOk;
    if (!parseCommand(parser, arguments, QStringLiteral("products"),
                      CommandLine::tr("Head office's product models and categories, the orders "
                                      "each has across the branches, and the product and "
                                      "category texts that match none."),
                      exit))
        return exit;
    if (!parser.isSet(db))
        return usage(CommandLine::tr("--db STORE is required."), QStringLiteral("products"));
    std::optional<int> received;
    if (parser.isSet(month)) {
        QDate first;
        if (!monthFrom(parser, month, QStringLiteral("products"), first, exit))
            return exit;
        received = first.year() * 100 + first.month();
    }
    auto workbook = openForReading(parser.value(db));
    if (!workbook)
        return report(workbook.error());
    Database &store = (*workbook)->database();
    auto lists = org::ProductCatalogue(store).load();
    if (!lists)
        return reportReading(lists.error(), parser.value(db));
    auto usage = flow::ProductUsage::read(store, *lists, received);
    if (!usage)
        return reportReading(usage.error(), parser.value(db));
    if (auto s = store.confirmSound(); !s)
        return reportReading(s.error(), parser.value(db));
    if (parser.isSet(json)) {
        out() << QJsonDocument(usage->toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    printUsage(*usage);
    return ExitOk;
}

} // namespace servicelens::app
