// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workbook.h"
#include "WorkbookSchema.h"
#include "storage/IntegrityCheck.h"
#include "storage/ReadOnlyConnection.h"
#include "storage/SqlQuery.h"
#include "storage/StoreUrl.h"

#include "flow/CalendarImporter.h"
#include "flow/CalendarRepository.h"
#include "flow/SlaPolicy.h"
#include "storage/WriteTransaction.h"

#include <QFile>

namespace servicelens {

Result<std::unique_ptr<Workbook>> Workbook::openForReading(const QString &path)
{
    Database::Options options;
    options.mode = Database::OpenMode::ReadOnly;
    options.quickCheck = false;
    return open(path, options);
}

Result<std::unique_ptr<Workbook>> Workbook::open(const QString &path, Database::Options options)
{
    if (options.mode == Database::OpenMode::CreateNew)
        options.mode = Database::OpenMode::OpenExisting;
    if (!options.migrations)
        options.migrations = &WorkbookSchema::migrations();
    if (!options.postgresMigrations)
        options.postgresMigrations = &WorkbookSchema::postgresMigrations();
    auto db = Database::open(path, options);
    if (!db)
        return db.error();
    return std::unique_ptr<Workbook>(new Workbook(std::move(*db)));
}

Result<std::unique_ptr<Workbook>> Workbook::create(const QString &path, const NewWorkbook &spec,
                                                   Database::Options options)
{
    options.mode = Database::OpenMode::CreateNew;
    if (StoreUrl::isPostgres(path) && !spec.headOffice)
        return makeError(ErrorKind::InvalidInput,
                         tr("A store on a PostgreSQL server is a head office's: a branch works in "
                            "a workbook file of its own. Create the store as a head office's "
                            "(servicelens init --db URL --head-office)."));
    if (!options.migrations)
        options.migrations = &WorkbookSchema::migrations();
    if (!options.postgresMigrations)
        options.postgresMigrations = &WorkbookSchema::postgresMigrations();
    const bool existedEmpty = StoreUrl::isPostgres(path) || QFile::exists(path);
    auto db = Database::open(path, options);
    if (!db)
        return db.error();
    std::unique_ptr<Workbook> workbook(new Workbook(std::move(*db)));

    // The transaction lives inside this lambda: it must be over (rolled back) before the
    // database it works on is closed below.
    Database &database = workbook->database();
    const Status filled = [&]() -> Status {
        WriteTransaction tx(database);
        if (!tx.status())
            return tx.status();
        if (spec.headOffice) {
            SqlQuery role(database, QStringLiteral("INSERT INTO setting (key, value) VALUES "
                                                   "(:key, 'head_office')"));
            role.bind(QStringLiteral(":key"), QString::fromLatin1(roleSetting));
            if (auto s = role.exec(); !s)
                return s;
        } else {
            Branch branch;
            branch.code = spec.branchCode;
            branch.name = spec.branchName.isEmpty() ? tr("Service centre") : spec.branchName;
            branch.timeZone = spec.timeZone;
            if (auto s = BranchRepository(database).create(branch); !s)
                return s;
        }
        if (auto s = flow::CalendarImporter::installShipped(database); !s)
            return s;
        if (auto s = flow::SlaPolicyRepository(database).installDefaults(); !s)
            return s;
        return tx.commit();
    }();
    if (!filled) {
        workbook.reset();
        if (!existedEmpty)
            removeFiles(path);
        return filled.error();
    }
    return workbook;
}

Result<QStringList> Workbook::checkStructure(const QString &path)
{
    ReadOnlyConnection ro(path);
    if (auto s = ro.opened(); !s)
        return s.error();
    return IntegrityCheck::structure(ro.get());
}

LocalTime Workbook::defaultLocalTime()
{
    auto branch = defaultBranch();
    return (branch ? *branch : Branch()).localTime();
}

bool Workbook::isHeadOffice() const
{
    SqlQuery q(*m_db, QStringLiteral("SELECT value FROM setting WHERE key = :key"));
    q.bind(QStringLiteral(":key"), QString::fromLatin1(roleSetting));
    const auto value = q.scalar();
    return value && value->toString() == QLatin1String("head_office");
}

Status Workbook::markAsDemo()
{
    SqlQuery q(*m_db, QStringLiteral("INSERT INTO setting (key, value) VALUES (:key, '1') ON "
                                     "CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bind(QStringLiteral(":key"), QString::fromLatin1(demoSetting));
    return q.exec();
}

Result<Branch> Workbook::defaultBranch()
{
    auto branches = BranchRepository(*m_db).list();
    if (!branches)
        return branches.error();
    if (branches->empty())
        return makeError(ErrorKind::NotFound, tr("The workbook has no branch."));
    return branches->front();
}

void Workbook::removeFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace servicelens
