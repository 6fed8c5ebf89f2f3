// SPDX-License-Identifier: GPL-3.0-or-later
// servicelens backup: a checked copy that never replaces a file.
#include "Commands.h"

#include "CommandLine.h"
#include "CommandSupport.h"
#include "storage/StoreUrl.h"

#include "storage/Database.h"
#include "workbook/WorkbookCheck.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace servicelens::app {

int runBackup(const QStringList &arguments)
{
    QCommandLineParser parser;
    const auto db = dbOption();
    const QCommandLineOption target(QStringLiteral("out"),
                                    CommandLine::tr("The backup file to write."),
                                    CommandLine::tr("FILE"));
    parser.addOptions({db, target});
    int exit = ExitOk;
    if (!parseCommand(parser, arguments, QStringLiteral("backup"),
                      CommandLine::tr("Copy a workbook safely, even while it is open."), exit))
        return exit;
    if (!parser.isSet(db) || !parser.isSet(target))
        return usage(CommandLine::tr("--db FILE and --out FILE are required."),
                     QStringLiteral("backup"));
    const QString source = parser.value(db);
    if (StoreUrl::isPostgres(source))
        return fileOnly(source, QStringLiteral("backup"));
    const QString dest = parser.value(target);
    if (QFileInfo(source).absoluteFilePath() == QFileInfo(dest).absoluteFilePath())
        return usage(CommandLine::tr("The backup cannot replace the workbook itself."),
                     QStringLiteral("backup"));
    if (QFileInfo::exists(dest))
        return usage(CommandLine::tr("%1 already exists; choose a new file name.")
                         .arg(QDir::toNativeSeparators(dest)),
                     QStringLiteral("backup"));
    if (auto s = Database::backupFile(source, dest); !s)
        return report(s.error());
    out() << CommandLine::tr("Backed up %1 to %2.")
                 .arg(QDir::toNativeSeparators(source), QDir::toNativeSeparators(dest))
          << Qt::endl;
    // The backup keeps the head in its own trail; printed too, to be noted elsewhere.
    if (auto chain = WorkbookCheck::verifyAuditTrail(dest); chain && chain->headId != 0)
        out() << CommandLine::tr("Audit head: %1").arg(chain->headText()) << Qt::endl;
    return ExitOk;
}

} // namespace servicelens::app
