// SPDX-License-Identifier: GPL-3.0-or-later
// servicelens equipment import|due: the equipment register, its maintenance plans and records
// from CSV, and what is due (docs/formats.md, "Equipment").
#include "Commands.h"

#include "CommandLine.h"
#include "CommandSupport.h"

#include "equipment/EquipmentDue.h"
#include "org/Branch.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "workbook/Workbook.h"

#include <QCommandLineParser>

namespace servicelens::app {

namespace {

using namespace equipment;

// "overdue 9 days", "due today", "due in 3 days".
QString standing(const DueItem &item)
{
    if (item.overdueDays > 0)
        return CommandLine::tr("overdue %n day(s)", nullptr, item.overdueDays);
    if (item.overdueDays == 0)
        return CommandLine::tr("due today");
    return CommandLine::tr("due in %n day(s)", nullptr, -item.overdueDays);
}

int printDue(const QString &store, std::optional<QDate> date, bool json)
{
    auto workbook = openForReading(store);
    if (!workbook)
        return report(workbook.error());
    Database &db = (*workbook)->database();
    QDate today;
    if (date) {
        today = *date;
    } else {
        // Today where the store's (first) branch is.
        auto branches = BranchRepository(db).list();
        if (!branches)
            return reportReading(branches.error(), store);
        const LocalTime local =
            branches->empty() ? LocalTime::inZone(QString::fromLatin1(Branch::defaultTimeZone))
                              : branches->front().localTime();
        today = local.localDate(db.clock().nowSecsSinceEpoch());
    }
    auto due = EquipmentDue::compute(db, today);
    if (!due)
        return reportReading(due.error(), store);
    if (auto s = db.confirmSound(); !s)
        return reportReading(s.error(), store);
    if (json) {
        out() << DueList::toJson(today, *due).toString(-1) << Qt::endl;
        return ExitOk;
    }
    if (due->empty())
        out() << CommandLine::tr("Nothing is due by %1 or within the week after.")
                     .arg(today.toString(Qt::ISODate))
              << Qt::endl;
    for (const DueItem &i : *due)
        out() << i.branch << '\t' << i.equipment << '\t' << i.plan << '\t'
              << i.due.toString(Qt::ISODate) << '\t' << standing(i) << Qt::endl;
    return ExitOk;
}

} // namespace

int runEquipment(const QStringList &arguments)
{
    QStringList rest;
    QString action;
    int exit = ExitOk;
    if (!takeAction(arguments, {QStringLiteral("import"), QStringLiteral("due")},
                    CommandLine::tr("Say import or due."), QStringLiteral("equipment"), rest,
                    action, exit))
        return exit;
    if (action == QLatin1String("import"))
        return runEquipmentImport(rest);

    QCommandLineParser parser;
    const auto db = dbOption();
    const QCommandLineOption date(QStringLiteral("date"),
                                  CommandLine::tr("due: the day to list for (default: today)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  CommandLine::tr("due: print JSON (docs/formats.md)."));
    parser.addOptions({db, date, json});
    if (!parseCommand(parser, rest, QStringLiteral("equipment"),
                      CommandLine::tr("Equipment: import its register, plans or records (CSV), "
                                      "or list the maintenance due: servicelens equipment "
                                      "import|due --db …"),
                      exit))
        return exit;
    if (!parser.isSet(db))
        return usage(CommandLine::tr("--db STORE is required."), QStringLiteral("equipment"));
    std::optional<QDate> day;
    if (parser.isSet(date)) {
        day = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!day->isValid())
            return usage(CommandLine::tr("--date wants a day such as 2026-10-09, not “%1”.")
                             .arg(parser.value(date)),
                         QStringLiteral("equipment"));
    }
    return printDue(parser.value(db), day, parser.isSet(json));
}

} // namespace servicelens::app
