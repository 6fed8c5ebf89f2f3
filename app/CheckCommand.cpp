// SPDX-License-Identifier: GPL-3.0-or-later
// servicelens check: the whole workbook verified, read-only.
#include "Commands.h"

#include "CommandLine.h"
#include "CommandSupport.h"
#include "storage/StoreUrl.h"

#include "storage/Database.h"
#include "storage/FileProbe.h"
#include "workbook/WorkbookCheck.h"
#include "workbook/WorkbookSummary.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace servicelens::app {

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    const auto db = dbOption();
    const QCommandLineOption against(
        QStringLiteral("against"),
        CommandLine::tr("An audit head noted earlier (ID:HASH, as check, a report or backup "
                        "prints it) or a backup file: proves the trail up to it was not "
                        "rewritten since."),
        CommandLine::tr("HEAD|FILE"));
    parser.addOptions({db, against});
    int exit = ExitOk;
    if (!parseCommand(parser, arguments, QStringLiteral("check"),
                      CommandLine::tr("Verify a workbook without changing it."), exit))
        return exit;
    if (!parser.isSet(db))
        return usage(CommandLine::tr("--db FILE is required."), QStringLiteral("check"));
    const QString path = parser.value(db);
    if (StoreUrl::isPostgres(path))
        return fileOnly(path, QStringLiteral("check"));
    // The earlier head: given as text, or read from a backup (whose own chain must be intact).
    std::optional<std::pair<qint64, QByteArray>> earlier;
    if (parser.isSet(against)) {
        const QString value = parser.value(against);
        if (QFileInfo(value).isFile()) {
            auto theirs = WorkbookCheck::verifyAuditTrail(value);
            if (!theirs)
                return report(theirs.error());
            if (!theirs->intact() || theirs->headId == 0)
                return usage(CommandLine::tr("%1 has no intact audit trail to compare with.")
                                 .arg(QDir::toNativeSeparators(value)),
                             QStringLiteral("check"));
            earlier = std::make_pair(theirs->headId, theirs->headHash);
        } else {
            earlier = AuditChain::parseHead(value);
            if (!earlier)
                return usage(CommandLine::tr("“%1” is neither a file nor an audit head such as "
                                             "20412:3fa8c2d1e0b94f7a.")
                                 .arg(value),
                             QStringLiteral("check"));
        }
    }
    // Seconds on a large workbook: "Checking: 42 %" on a terminal meanwhile (FORMATS.md).
    TerminalProgress progress(CommandLine::tr("Checking: %1 %"));
    const auto shown = [&progress](double share) {
        progress(static_cast<qint64>(share * 1000), 1000);
    };
    auto verified = WorkbookCheck::verify(path, shown);
    if (!verified) {
        progress.clear();
        return report(verified.error());
    }
    if (verified->problems.isEmpty() && earlier) {
        auto compared = WorkbookCheck::compareAuditHead(path, earlier->first, earlier->second);
        if (!compared)
            return report(compared.error());
        if (!compared->isEmpty())
            verified->problems << *compared;
    }
    if (verified->problems.isEmpty()) {
        // Sound as a file: now the data against itself.
        auto business = WorkbookCheck::runOnFile(path, shown);
        if (!business) {
            progress.clear();
            return report(business.error());
        }
        verified->problems << *business;
    }
    progress.clear();
    auto probe = FileProbe::read(path);
    if (!verified->problems.isEmpty()) {
        err() << CommandLine::tr("%1 did not pass the check:").arg(QDir::toNativeSeparators(path))
              << Qt::endl;
        for (const QString &p : verified->problems)
            err() << "  " << p << Qt::endl;
        return ExitDatabase;
    }
    const AuditChain::Finding &chain = verified->chain;
    out() << CommandLine::tr("%1: workbook format %2, integrity ok, references ok.")
                 .arg(QDir::toNativeSeparators(path))
                 .arg(probe ? probe->userVersion : 0)
          << Qt::endl;
    if (chain.intact()) {
        out() << CommandLine::tr("Audit trail: %n record(s), hash chain intact.", nullptr,
                                 static_cast<int>(chain.records))
              << Qt::endl;
        if (chain.headId != 0)
            out() << CommandLine::tr("Audit head: %1 (note it, or keep a backup: “check "
                                     "--against” proves later that the trail up to here was "
                                     "not rewritten).")
                         .arg(chain.headText())
                  << Qt::endl;
        if (earlier)
            out() << CommandLine::tr("The trail still holds the earlier head %1:%2 unchanged.")
                         .arg(earlier->first)
                         .arg(QString::fromLatin1(earlier->second.left(16)))
                  << Qt::endl;
    } else
        out() << chain.message << Qt::endl; // not chained yet: an older workbook
    out() << CommandLine::tr("Inspections: %n completed, every seal matches its content.", nullptr,
                             static_cast<int>(verified->seals.sealed))
          << Qt::endl;
    return ExitOk;
}

} // namespace servicelens::app
