// SPDX-License-Identifier: GPL-3.0-or-later
// servicelens survey themes: what the period's survey comments talk about, read-only.
#include "Commands.h"

#include "CommandLine.h"
#include "CommandSupport.h"

#include "io/OrderedJson.h"
#include "survey/SurveyAnalysis.h"
#include "workbook/Workbook.h"

#include <QCommandLineParser>
#include <QLocale>

namespace servicelens::app {

namespace {

constexpr int themeCount = 20;
constexpr int exampleCount = 3;

QCommandLineOption monthBound(const char *name, const QString &description)
{
    return QCommandLineOption(QString::fromLatin1(name), description, CommandLine::tr("YYYY-MM"));
}

} // namespace

int runSurvey(const QStringList &arguments)
{
    QCommandLineParser parser;
    const auto db = dbOption();
    const auto from = monthBound("from", CommandLine::tr("The first month."));
    const auto to = monthBound("to", CommandLine::tr("The last month (included)."));
    const auto branch = branchOption();
    const QCommandLineOption json(QStringLiteral("json"),
                                  CommandLine::tr("Print JSON (FORMATS.md) instead of a table."));
    parser.addOptions({db, from, to, branch, json});
    // One action for now: `survey themes` (FORMATS.md).
    const bool help = arguments.size() > 1 && (arguments.at(1) == QLatin1String("--help") ||
                                               arguments.at(1) == QLatin1String("-h"));
    if (!help && (arguments.size() < 2 || arguments.at(1) != QLatin1String("themes")))
        return usage(CommandLine::tr("Say themes: servicelens survey themes --db FILE --from "
                                     "YYYY-MM --to YYYY-MM."),
                     QStringLiteral("survey"));
    QStringList rest = arguments;
    if (!help)
        rest.removeAt(1);
    int exit = ExitOk;
    if (!parseCommand(parser, rest, QStringLiteral("survey themes"),
                      CommandLine::tr("What the survey comments of a period talk about: words "
                                      "and phrases, by the comments using them."),
                      exit))
        return exit;
    if (!parser.isSet(db) || !parser.isSet(from) || !parser.isSet(to))
        return usage(CommandLine::tr("--db FILE, --from YYYY-MM and --to YYYY-MM are required."),
                     QStringLiteral("survey"));
    QDate first, last;
    if (!monthFrom(parser, from, QStringLiteral("survey"), first, exit) ||
        !monthFrom(parser, to, QStringLiteral("survey"), last, exit))
        return exit;
    if (last < first)
        return usage(CommandLine::tr("--to comes before --from."), QStringLiteral("survey"));
    auto workbook = openForReading(parser.value(db));
    if (!workbook)
        return report(workbook.error());
    Branch chosen;
    if (!branchFrom(**workbook, parser, branch, QStringLiteral("survey"), chosen, exit))
        return exit;
    auto records =
        survey::SurveyAnalysis::load((*workbook)->database(), chosen, first, last.addMonths(1));
    if (!records)
        return reportReading(records.error(), parser.value(db));
    qint64 commented = 0;
    for (const survey::ResponseRecord &r : *records)
        commented += r.comment.trimmed().isEmpty() ? 0 : 1;
    const auto themes = survey::SurveyAnalysis::themes(*records, themeCount, false);
    auto commentOf = [&](qint64 responseId) {
        for (const survey::ResponseRecord &r : *records)
            if (r.responseId == responseId)
                return r.comment.simplified();
        return QString();
    };
    const QString fromText = first.toString(QStringLiteral("yyyy-MM"));
    const QString toText = last.toString(QStringLiteral("yyyy-MM"));
    if (parser.isSet(json)) {
        // Keys in FORMATS.md's order.
        io::OrderedJson list = io::OrderedJson::array();
        for (const survey::Theme &t : themes) {
            io::OrderedJson examples = io::OrderedJson::array();
            QStringList shown;
            for (qint64 id : t.responses) {
                const QString text = commentOf(id);
                if (shown.size() >= exampleCount)
                    break;
                if (!shown.contains(text)) {
                    shown << text;
                    examples.append(io::OrderedJson::string(text));
                }
            }
            io::OrderedJson theme = io::OrderedJson::object();
            theme.add(QStringLiteral("theme"), io::OrderedJson::string(t.term))
                .add(QStringLiteral("count"), io::OrderedJson::number(t.count))
                .add(QStringLiteral("share"),
                     io::OrderedJson::number(commented > 0 ? static_cast<double>(t.count) /
                                                                 static_cast<double>(commented)
                                                           : 0.0))
                .add(QStringLiteral("detractor_share"),
                     io::OrderedJson::number(t.count > 0 ? static_cast<double>(t.detractors) /
                                                               static_cast<double>(t.count)
                                                         : 0.0))
                .add(QStringLiteral("examples"), std::move(examples));
            list.append(std::move(theme));
        }
        io::OrderedJson root = io::OrderedJson::object();
        root.add(QStringLiteral("from"), io::OrderedJson::string(fromText))
            .add(QStringLiteral("to"), io::OrderedJson::string(toText))
            .add(QStringLiteral("responses"),
                 io::OrderedJson::number(static_cast<qint64>(records->size())))
            .add(QStringLiteral("themes"), std::move(list));
        out() << root.toString() << Qt::endl;
        return ExitOk;
    }
    const QLocale locale;
    out() << CommandLine::tr("Themes of %1 to %2: %n response(s)", nullptr,
                             static_cast<int>(records->size()))
                 .arg(fromText, toText)
          << CommandLine::tr(", %1 with a comment").arg(commented) << Qt::endl;
    for (const survey::Theme &t : themes)
        out() << QStringLiteral("  %1  %2  %3")
                     .arg(t.term, -12)
                     .arg(CommandLine::tr("%n comment(s)", nullptr, t.count), -14)
                     .arg(
                         CommandLine::tr("%1 % detractors")
                             .arg(locale.toString(100.0 * t.detractors / qMax(1, t.count), 'f', 0)))
              << Qt::endl;
    if (themes.empty())
        out() << CommandLine::tr("  (no comments in these months)") << Qt::endl;
    return ExitOk;
}

} // namespace servicelens::app
