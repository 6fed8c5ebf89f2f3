// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutomaticBackups.h"

#include "Workbook.h"
#include "WorkbookCheck.h"
#include "storage/Clock.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace servicelens {

namespace {

QString stamp(const Clock &clock)
{
    return clock.nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

// <base>-<yyyyMMdd-HHmmss>-<kind>[-n].<suffix>; before-upgrade copies end in -before-vN; n when
// two were made within one second.
const QRegularExpression &namePattern()
{
    static const QRegularExpression re(
        QStringLiteral("-(\\d{8}-\\d{6})-(daily|replaced|before-v\\d+)(?:-\\d+)?\\.[^.]+$"));
    return re;
}

} // namespace

QString AutomaticBackups::folderFor(const QString &workbookPath)
{
    const QFileInfo info(workbookPath);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
           QStringLiteral(".backups");
}

std::vector<AutomaticBackups::Backup> AutomaticBackups::list(const QString &workbookPath)
{
    const QFileInfo workbook(workbookPath);
    const QString prefix = workbook.completeBaseName() + QLatin1Char('-');
    std::vector<Backup> backups;
    const QDir dir(folderFor(workbookPath));
    for (const QFileInfo &f : dir.entryInfoList(QDir::Files)) {
        // Only the backups themselves: not the -wal/-shm a look into one of them leaves.
        if (!f.fileName().startsWith(prefix) || f.suffix() != workbook.suffix())
            continue;
        const auto m = namePattern().match(f.fileName());
        if (!m.hasMatch())
            continue;
        Backup b;
        b.path = f.absoluteFilePath();
        b.made = QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
        b.kind = m.captured(2) == QLatin1String("daily")      ? Backup::Kind::Daily
                 : m.captured(2) == QLatin1String("replaced") ? Backup::Kind::Replaced
                                                              : Backup::Kind::BeforeUpgrade;
        b.bytes = f.size();
        backups.push_back(b);
    }
    std::sort(backups.begin(), backups.end(),
              [](const Backup &a, const Backup &b) { return a.made > b.made; });
    return backups;
}

Result<QString> AutomaticBackups::makeDaily(const QString &workbookPath, const Clock &clock)
{
    const QString today = clock.nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd"));
    const auto existing = list(workbookPath);
    for (const Backup &b : existing)
        if (b.kind == Backup::Kind::Daily &&
            b.made.date().toString(QStringLiteral("yyyyMMdd")) == today)
            return QString();
    const QString folder = folderFor(workbookPath);
    if (!QDir().mkpath(folder))
        return makeError(
            ErrorKind::Io,
            tr("The backup folder “%1” cannot be created.").arg(QDir::toNativeSeparators(folder)));
    const QFileInfo info(workbookPath);
    const QString target = Database::unusedFileName(folder,
                                                    info.completeBaseName() + QLatin1Char('-') +
                                                        stamp(clock) + QStringLiteral("-daily"),
                                                    info.suffix());
    if (auto s = Database::backupFile(workbookPath, target); !s)
        return s.error();
    // The oldest daily copies beyond seven go; upgrade and replaced copies stay.
    int kept = 0;
    for (const Backup &b : list(workbookPath))
        if (b.kind == Backup::Kind::Daily && ++kept > dailyKept)
            QFile::remove(b.path);
    return target;
}

Result<QString> AutomaticBackups::restore(const QString &backup, const QString &workbookPath,
                                          const Clock &clock)
{
    auto problems = WorkbookCheck::verifyFile(backup);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return makeError(ErrorKind::Damaged,
                         tr("The backup “%1” is damaged too; choose another.")
                             .arg(QDir::toNativeSeparators(backup)),
                         problems->join(QLatin1Char('\n')));
    // The backup is copied next to the workbook first: the swap below is two renames.
    const QString incoming = workbookPath + QStringLiteral(".restoring");
    Workbook::removeFiles(incoming);
    if (auto s = Database::backupFile(backup, incoming); !s)
        return s.error();
    QString replaced;
    if (QFileInfo::exists(workbookPath)) {
        const QString folder = folderFor(workbookPath);
        QDir().mkpath(folder);
        const QFileInfo info(workbookPath);
        replaced = Database::unusedFileName(folder,
                                            info.completeBaseName() + QLatin1Char('-') +
                                                stamp(clock) + QStringLiteral("-replaced"),
                                            info.suffix());
        if (!QFile::rename(workbookPath, replaced)) {
            Workbook::removeFiles(incoming);
            return makeError(
                ErrorKind::Io,
                tr("“%1” cannot be moved aside.").arg(QDir::toNativeSeparators(workbookPath)));
        }
        // Its log belongs to it: moved along, never applied to the restored file.
        for (const char *companion : {"-wal", "-shm"})
            if (QFileInfo::exists(workbookPath + QLatin1String(companion)))
                QFile::rename(workbookPath + QLatin1String(companion),
                              replaced + QLatin1String(companion));
    }
    if (!QFile::rename(incoming, workbookPath)) {
        if (!replaced.isEmpty())
            QFile::rename(replaced, workbookPath);
        Workbook::removeFiles(incoming);
        return makeError(ErrorKind::Io, tr("The backup could not be put in place of “%1”.")
                                            .arg(QDir::toNativeSeparators(workbookPath)));
    }
    return replaced;
}

} // namespace servicelens
