// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workbook.h"

#include "flow/CalendarRepository.h"
#include "flow/SlaPolicy.h"
#include "storage/WriteTransaction.h"

#include <QFile>

namespace servicelens {

Result<std::unique_ptr<Workbook>> Workbook::open(const QString &path, Database::Options options)
{
    if (options.mode == Database::OpenMode::CreateNew)
        options.mode = Database::OpenMode::OpenExisting;
    auto db = Database::open(path, options);
    if (!db)
        return db.error();
    return std::unique_ptr<Workbook>(new Workbook(std::move(*db)));
}

Result<std::unique_ptr<Workbook>> Workbook::create(const QString &path, const NewWorkbook &spec,
                                                   Database::Options options)
{
    options.mode = Database::OpenMode::CreateNew;
    const bool existedEmpty = QFile::exists(path);
    auto db = Database::open(path, options);
    if (!db)
        return db.error();
    std::unique_ptr<Workbook> workbook(new Workbook(std::move(*db)));

    auto fail = [&](Error e) -> Result<std::unique_ptr<Workbook>> {
        workbook.reset();
        if (!existedEmpty)
            removeFiles(path);
        return e;
    };

    Database &database = workbook->database();
    WriteTransaction tx(database);
    if (!tx.status())
        return fail(tx.status().error());
    Branch branch;
    branch.code = spec.branchCode;
    branch.name = spec.branchName.isEmpty() ? tr("Service centre") : spec.branchName;
    branch.timeZone = spec.timeZone;
    if (auto s = BranchRepository(database).create(branch); !s)
        return fail(s.error());
    if (auto s = flow::CalendarRepository(database).installShippedCalendar(); !s)
        return fail(s.error());
    if (auto s = flow::SlaPolicyRepository(database).installDefaults(); !s)
        return fail(s.error());
    if (auto s = tx.commit(); !s)
        return fail(s.error());
    return workbook;
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
