// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include "CommandLine.h"
#include "CommandSupport.h"
#include "inspection/InspectionJson.h"
#include "inspection/TemplateJson.h"
#include "inspection/TemplateRepository.h"
#include "io/OutputFile.h"
#include "workbook/Workbook.h"

#include <QCommandLineParser>
#include <QDir>

namespace servicelens::app {

namespace {

using namespace inspection;

// Written whole or not at all, and only from a sound file: the read-only connection meets
// damage only in the pages it reads, so the background check must agree first.
Status writeText(Workbook &wb, const QString &path, const QString &text)
{
    if (auto sound = wb.database().confirmSound(); !sound)
        return sound;
    return io::OutputFile::writeWhole(path, text.toUtf8());
}

int importTemplate(Workbook &wb, const QString &path)
{
    auto t = TemplateJson::readFile(path);
    if (!t)
        return report(t.error());
    auto saved = TemplateRepository(wb.database()).save(*t);
    if (!saved)
        return report(saved.error());
    QString what;
    switch (*saved) {
    case TemplateRepository::Saved::Created:
        what = CommandLine::tr("added");
        break;
    case TemplateRepository::Saved::NewVersion:
        what = CommandLine::tr("saved as a new version (the earlier one is in use)");
        break;
    case TemplateRepository::Saved::UpdatedInPlace:
        what = CommandLine::tr("updated (no inspection used it yet)");
        break;
    case TemplateRepository::Saved::Unchanged:
        what = CommandLine::tr("already present, unchanged");
        break;
    }
    out() << CommandLine::tr("Template %1 version %2: %3.").arg(t->code).arg(t->version).arg(what)
          << Qt::endl;
    return ExitOk;
}

int exportTemplate(Workbook &wb, const QString &code, const QString &path)
{
    TemplateRepository templates(wb.database());
    QString wanted = code;
    if (wanted.isEmpty()) {
        auto list = templates.list();
        if (!list)
            return report(list.error());
        // Without --code: the branch inspection's template, when there is one (the maintenance
        // checklists are asked for by code).
        list->erase(
            std::remove_if(list->begin(), list->end(),
                           [](const TemplateSummary &s) { return s.kind != TemplateKind::Branch; }),
            list->end());
        if (list->size() != 1) {
            QStringList codes;
            for (const TemplateSummary &s : *list)
                codes << s.code;
            return usage(CommandLine::tr("Say which template with --code: %1.")
                             .arg(codes.join(QStringLiteral(", "))),
                         QStringLiteral("inspection"));
        }
        wanted = list->front().code;
    }
    auto t = templates.latest(wanted);
    if (!t)
        return report(t.error());
    if (!*t)
        return report(makeError(ErrorKind::NotFound,
                                CommandLine::tr("The workbook has no template “%1”.").arg(wanted)));
    if (auto s = writeText(wb, path, TemplateJson::write(**t)); !s)
        return report(s.error());
    return ExitOk;
}

int importInspections(Workbook &wb, const QString &path)
{
    auto done = InspectionJson::importFile(wb.database(), path);
    if (!done)
        return report(done.error());
    for (const InspectionImported &i : *done)
        out() << InspectionJson::resultLine(i) << '\n';
    out().flush();
    return ExitOk;
}

int exportInspections(Workbook &wb, const QString &id, const QString &path)
{
    auto text = id.isEmpty() ? InspectionJson::exportAll(wb.database(), 0)
                             : InspectionJson::exportOne(wb.database(), id);
    if (!text)
        return report(text.error());
    if (auto s = writeText(wb, path, *text); !s)
        return report(s.error());
    return ExitOk;
}

} // namespace

int runInspection(const QStringList &arguments)
{
    QCommandLineParser parser;
    const auto db = dbOption();
    const QCommandLineOption in(QStringLiteral("in"), CommandLine::tr("The JSON file to read."),
                                CommandLine::tr("FILE"));
    const QCommandLineOption outFile(
        QStringLiteral("out"), CommandLine::tr("The JSON file to write."), CommandLine::tr("FILE"));
    const QCommandLineOption code(QStringLiteral("code"),
                                  CommandLine::tr("export-template: the template's code."),
                                  CommandLine::tr("CODE"));
    const QCommandLineOption id(QStringLiteral("id"),
                                CommandLine::tr("export: one inspection's id (default: every "
                                                "completed inspection, as a list)."),
                                QStringLiteral("UUID"));
    parser.addOptions({db, in, outFile, code, id});
    parser.setApplicationDescription(
        CommandLine::tr("Share inspection templates and completed inspections as JSON."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  CommandLine::tr("Show this help."));
    parser.addOption(help);
    parser.addPositionalArgument(
        QStringLiteral("action"),
        CommandLine::tr("import-template, export-template, import or export"));
    if (!parser.parse(arguments))
        return usage(parser.errorText(), QStringLiteral("inspection"));
    if (parser.isSet(help)) {
        out() << parser.helpText();
        out().flush();
        return ExitOk;
    }
    const QStringList what = parser.positionalArguments();
    static const QStringList actions = {QStringLiteral("import-template"),
                                        QStringLiteral("export-template"), QStringLiteral("import"),
                                        QStringLiteral("export")};
    if (what.size() != 1 || !actions.contains(what.front()))
        return usage(CommandLine::tr("Say import-template, export-template, import or export."),
                     QStringLiteral("inspection"));
    const QString action = what.front();
    const bool reads = action.startsWith(QLatin1String("import"));
    if (!parser.isSet(db) || (reads ? !parser.isSet(in) : !parser.isSet(outFile)))
        return usage(reads ? CommandLine::tr("--db FILE and --in FILE are required.")
                           : CommandLine::tr("--db FILE and --out FILE are required."),
                     QStringLiteral("inspection"));
    if (!reads)
        if (auto s = io::OutputFile::checkTarget(parser.value(outFile)); !s)
            return usage(s.error().message, QStringLiteral("inspection"));
    // An export only reads: it works on a read-only medium and never upgrades the file.
    Database::Options options;
    if (!reads)
        options.mode = Database::OpenMode::ReadOnly;
    auto workbook = Workbook::open(parser.value(db), options);
    if (!workbook)
        return report(workbook.error());
    Workbook &wb = **workbook;
    if (action == QLatin1String("import-template"))
        return importTemplate(wb, parser.value(in));
    if (action == QLatin1String("export-template"))
        return exportTemplate(wb, parser.value(code), parser.value(outFile));
    if (action == QLatin1String("import"))
        return importInspections(wb, parser.value(in));
    return exportInspections(wb, parser.value(id), parser.value(outFile));
}

} // namespace servicelens::app
