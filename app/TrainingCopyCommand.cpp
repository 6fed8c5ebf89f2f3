// SPDX-License-Identifier: GPL-3.0-or-later
// servicelens export-training-copy: customers pseudonymised.
#include "Commands.h"

#include "CommandLine.h"
#include "CommandSupport.h"
#include "storage/StoreUrl.h"

#include "workbook/TrainingCopy.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace servicelens::app {

int runTrainingCopy(const QStringList &arguments)
{
    QCommandLineParser parser;
    const auto db = dbOption();
    const QCommandLineOption outOption(QStringLiteral("out"), CommandLine::tr("The copy to write."),
                                       CommandLine::tr("FILE"));
    parser.addOptions({db, outOption});
    int exit = ExitOk;
    if (!parseCommand(parser, arguments, QStringLiteral("export-training-copy"),
                      CommandLine::tr("Write a copy of the workbook for training, with customers' "
                                      "names and phone numbers pseudonymised."),
                      exit))
        return exit;
    if (!parser.isSet(db) || !parser.isSet(outOption))
        return usage(CommandLine::tr("--db FILE and --out FILE are required."),
                     QStringLiteral("export-training-copy"));
    if (StoreUrl::isPostgres(parser.value(db)))
        return fileOnly(parser.value(db), QStringLiteral("export-training-copy"));
    if (QFileInfo::exists(parser.value(outOption)))
        return usage(CommandLine::tr("“%1” already exists; choose a new file.")
                         .arg(QDir::toNativeSeparators(parser.value(outOption))),
                     QStringLiteral("export-training-copy"));
    QStringList warnings;
    if (auto s = TrainingCopy::write(parser.value(db), parser.value(outOption), {}, &warnings); !s)
        return report(s.error());
    for (const QString &w : warnings)
        err() << CommandLine::tr("Warning: %1").arg(w) << Qt::endl;
    out() << CommandLine::tr("Wrote %1: customers' names and phone numbers pseudonymised.")
                 .arg(QDir::toNativeSeparators(parser.value(outOption)))
          << Qt::endl;
    return ExitOk;
}

} // namespace servicelens::app
