// SPDX-License-Identifier: GPL-3.0-or-later
// servicelens incident list|report: a branch's incidents, and an incident's situation report as
// a PDF (docs/formats.md, incident).
#include "Commands.h"

#include "CommandLine.h"
#include "CommandSupport.h"

#include "incident/IncidentContacts.h"
#include "incident/Incidents.h"
#include "io/OrderedJson.h"
#include "org/Branch.h"
#include "report/SituationDocument.h"
#include "report/SituationReport.h"
#include "storage/Database.h"
#include "workbook/Workbook.h"

#include <QCommandLineParser>

namespace servicelens::app {

using namespace incident;

namespace {

const QString command = QStringLiteral("incident");

QString isoTime(const LocalTime &local, const std::optional<qint64> &utc)
{
    return utc ? local.localDateTime(*utc).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm"))
               : QString();
}

int printList(Database &db, const Branch &branch, const std::vector<Incident> &incidents, bool json)
{
    const LocalTime local = branch.localTime();
    IncidentContacts contacts(db);
    io::OrderedJson list = io::OrderedJson::array();
    for (const Incident &i : incidents) {
        auto tally = contacts.tally(i.id);
        if (!tally)
            return report(tally.error());
        if (!json) {
            out() << i.code << '\t' << i.title << '\t' << IncidentNames::label(i.scenario) << '\t'
                  << IncidentNames::label(i.severity) << '\t'
                  << isoTime(local, std::optional<qint64>(i.openedAt)) << '\t'
                  << (i.closedAt ? CommandLine::tr("closed %1").arg(isoTime(local, i.closedAt))
                                 : CommandLine::tr("open"))
                  << (i.drill ? QStringLiteral("\t") + CommandLine::tr("drill") : QString())
                  << Qt::endl;
            continue;
        }
        using J = io::OrderedJson;
        J calls = J::object();
        calls.add(QStringLiteral("listed"), J::number(tally->listed))
            .add(QStringLiteral("reached"), J::number(tally->reached))
            .add(QStringLiteral("refused"), J::number(tally->refused))
            .add(QStringLiteral("unreachable"), J::number(tally->unreachable))
            .add(QStringLiteral("pending"), J::number(tally->pending));
        J row = J::object();
        row.add(QStringLiteral("code"), J::string(i.code))
            .add(QStringLiteral("title"), J::string(i.title))
            .add(QStringLiteral("scenario"), J::string(IncidentNames::code(i.scenario)))
            .add(QStringLiteral("severity"), J::string(IncidentNames::code(i.severity)))
            .add(QStringLiteral("drill"), J::boolean(i.drill))
            .add(QStringLiteral("opened_at"),
                 J::string(isoTime(local, std::optional<qint64>(i.openedAt))))
            .add(QStringLiteral("closed_at"),
                 i.closedAt ? J::string(isoTime(local, i.closedAt)) : J::null())
            .add(QStringLiteral("calls"), std::move(calls));
        list.append(std::move(row));
    }
    if (json) {
        io::OrderedJson doc = io::OrderedJson::object();
        doc.add(QStringLiteral("branch"), io::OrderedJson::string(branch.code))
            .add(QStringLiteral("incidents"), std::move(list));
        out() << doc.toString(-1) << Qt::endl;
    } else if (incidents.empty()) {
        out() << CommandLine::tr("The branch has no incident.") << Qt::endl;
    }
    return ExitOk;
}

int writeReport(Database &db, const std::vector<Incident> &incidents, const QString &code,
                const QString &language, const QString &target)
{
    const auto found = std::find_if(incidents.begin(), incidents.end(),
                                    [&code](const Incident &i) { return i.code == code; });
    if (found == incidents.end())
        return usage(CommandLine::tr("The branch has no incident “%1”.").arg(code), command);
    auto situation = report::SituationReport::build(db, found->id, language);
    if (!situation)
        return report(situation.error());
    return writeDocument(
        db, [&] { return ui::SituationDocument::writePdf(*situation, target); }, target);
}

} // namespace

int runIncident(const QStringList &arguments)
{
    QStringList rest;
    QString action;
    int exit = ExitOk;
    if (!takeAction(arguments, {QStringLiteral("list"), QStringLiteral("report")},
                    CommandLine::tr("Say list or report."), command, rest, action, exit))
        return exit;

    QCommandLineParser parser;
    const auto db = dbOption();
    const auto branch = branchOption();
    const QCommandLineOption json(QStringLiteral("json"),
                                  CommandLine::tr("list: print JSON (docs/formats.md)."));
    const QCommandLineOption code(QStringLiteral("incident"),
                                  CommandLine::tr("report: the incident's code (2026-001)."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption outFile(QStringLiteral("out"),
                                     CommandLine::tr("report: the PDF to write."),
                                     CommandLine::tr("FILE"));
    const QCommandLineOption lang = langOption();
    parser.addOptions({db, branch, json, code, outFile, lang});
    if (!parseCommand(parser, rest, command,
                      CommandLine::tr("Incidents: list a branch's incidents, or write an "
                                      "incident's situation report: servicelens incident "
                                      "list|report --db …"),
                      exit))
        return exit;
    if (!parser.isSet(db))
        return usage(CommandLine::tr("--db STORE is required."), command);
    const bool isReport = action == QLatin1String("report");
    const QString language = parser.isSet(lang) ? parser.value(lang) : QStringLiteral("en");
    if (isReport) {
        if (!parser.isSet(code) || !parser.isSet(outFile))
            return usage(CommandLine::tr("report needs --incident CODE and --out FILE."), command);
        if (!documentTarget(language, parser.value(outFile), command, exit))
            return exit;
    }
    auto workbook = openForReading(parser.value(db));
    if (!workbook)
        return report(workbook.error());
    Branch chosen;
    if (!branchFrom(**workbook, parser, branch, command, chosen, exit))
        return exit;
    Database &store = (*workbook)->database();
    auto incidents = Incidents(store).list(chosen.id);
    if (!incidents)
        return reportReading(incidents.error(), parser.value(db));
    if (isReport)
        return writeReport(store, *incidents, parser.value(code), language, parser.value(outFile));
    if (auto s = store.confirmSound(); !s)
        return reportReading(s.error(), parser.value(db));
    return printList(store, chosen, *incidents, parser.isSet(json));
}

} // namespace servicelens::app
