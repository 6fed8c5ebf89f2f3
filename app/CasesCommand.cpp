// SPDX-License-Identifier: GPL-3.0-or-later
// servicelens cases import|export|search: the case library shared as JSON, and searched
// (docs/formats.md, "Case library").
#include "Commands.h"

#include "CommandLine.h"
#include "CommandSupport.h"

#include "io/OutputFile.h"
#include "knowledge/CaseJson.h"
#include "knowledge/CaseLibrary.h"
#include "storage/Database.h"
#include "workbook/Workbook.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace servicelens::app {

namespace {

using namespace knowledge;

int importCases(const QString &store, const QString &path)
{
    auto workbook = Workbook::open(store);
    if (!workbook)
        return report(workbook.error());
    auto done = CaseJson::importFile((*workbook)->database(), path);
    if (!done)
        return report(done.error());
    out() << CommandLine::tr("Cases: %1 added, %2 updated (a new version each), %3 unchanged.")
                 .arg(done->added)
                 .arg(done->updated)
                 .arg(done->unchanged)
          << Qt::endl;
    return ExitOk;
}

int exportCases(const QString &store, const QString &path)
{
    auto workbook = openForReading(store);
    if (!workbook)
        return report(workbook.error());
    Database &db = (*workbook)->database();
    auto json = CaseJson::exportAll(db);
    if (!json)
        return reportReading(json.error(), store);
    // Written whole or not at all, and only from a sound file.
    if (auto s = db.confirmSound(); !s)
        return reportReading(s.error(), store);
    if (auto s = io::OutputFile::writeWhole(path, *json); !s)
        return report(s.error());
    return ExitOk;
}

int searchCases(const QString &store, const QString &query, bool json)
{
    auto workbook = openForReading(store);
    if (!workbook)
        return report(workbook.error());
    Database &db = (*workbook)->database();
    auto hits = CaseLibrary(db).search(query);
    if (!hits)
        return reportReading(hits.error(), store);
    if (auto s = db.confirmSound(); !s)
        return reportReading(s.error(), store);
    if (json) {
        QJsonArray list;
        for (const CaseHit &h : *hits)
            list.append(QJsonObject{{QStringLiteral("id"), double(h.id)},
                                    {QStringLiteral("uid"), h.uid},
                                    {QStringLiteral("title"), h.title},
                                    {QStringLiteral("status"), ServiceCase::code(h.status)},
                                    {QStringLiteral("fault_code"), h.faultCode},
                                    {QStringLiteral("score"), h.score}});
        out() << QJsonDocument(
                     QJsonObject{{QStringLiteral("query"), query}, {QStringLiteral("cases"), list}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
        return ExitOk;
    }
    if (hits->empty())
        out() << CommandLine::tr("No case holds every word of “%1”.").arg(query) << Qt::endl;
    // Best first; the id opens the case (the score, relative, is in --json).
    for (const CaseHit &h : *hits)
        out() << h.id << '\t' << h.title
              << (h.status == CaseStatus::Draft ? QLatin1Char('\t') + CommandLine::tr("(draft)")
                                                : QString())
              << Qt::endl;
    return ExitOk;
}

} // namespace

int runCases(const QStringList &arguments)
{
    QCommandLineParser parser;
    const auto db = dbOption();
    const QCommandLineOption in(QStringLiteral("in"), CommandLine::tr("The JSON file to read."),
                                CommandLine::tr("FILE"));
    const QCommandLineOption outFile(
        QStringLiteral("out"), CommandLine::tr("The JSON file to write."), CommandLine::tr("FILE"));
    const QCommandLineOption query(QStringLiteral("query"),
                                   CommandLine::tr("search: the words to find (Chinese or "
                                                   "English; every one must be in the case)."),
                                   CommandLine::tr("TEXT"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  CommandLine::tr("search: print JSON (docs/formats.md)."));
    parser.addOptions({db, in, outFile, query, json});
    // The action comes first: servicelens cases search --db … (FORMATS.md).
    QStringList rest;
    QString action;
    int exit = ExitOk;
    if (!takeAction(arguments,
                    {QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("search")},
                    CommandLine::tr("Say import, export or search."), QStringLiteral("cases"), rest,
                    action, exit))
        return exit;
    if (!parseCommand(parser, rest, QStringLiteral("cases"),
                      CommandLine::tr("The case library: import (JSON), export (JSON) or search "
                                      "it: servicelens cases import|export|search --db …"),
                      exit))
        return exit;
    if (!parser.isSet(db))
        return usage(CommandLine::tr("--db STORE is required."), QStringLiteral("cases"));
    if (action == QLatin1String("import")) {
        if (!parser.isSet(in))
            return usage(CommandLine::tr("--in FILE.json is required."), QStringLiteral("cases"));
        return importCases(parser.value(db), parser.value(in));
    }
    if (action == QLatin1String("export")) {
        if (!parser.isSet(outFile))
            return usage(CommandLine::tr("--out FILE.json is required."), QStringLiteral("cases"));
        if (auto s = io::OutputFile::checkTarget(parser.value(outFile)); !s)
            return usage(s.error().message, QStringLiteral("cases"));
        return exportCases(parser.value(db), parser.value(outFile));
    }
    if (!parser.isSet(query))
        return usage(CommandLine::tr("--query TEXT is required."), QStringLiteral("cases"));
    return searchCases(parser.value(db), parser.value(query), parser.isSet(json));
}

} // namespace servicelens::app
