// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "org/Branch.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <memory>

namespace servicelens {

// What a new workbook starts with: its first branch.
struct NewWorkbook {
    QString branchCode = QStringLiteral("SH01");
    QString branchName; // defaults to a translated "Service centre"
    QString timeZone = QString::fromLatin1(Branch::defaultTimeZone);
    // A head office's store (DESIGN.md, "Head office"): no branch of its own; its branches
    // arrive with their packs.
    bool headOffice = false;
};

// An open workbook file: its database plus what every new workbook is given (a branch, the
// official calendar, the default SLA policies). Repositories are built on database() by
// whoever needs them.
class Workbook final {
    Q_DECLARE_TR_FUNCTIONS(Workbook)

public:
    // Opens with the workbook's schema (WorkbookSchema) unless the options name another list.
    static Result<std::unique_ptr<Workbook>> open(const QString &path,
                                                  Database::Options options = {});
    // The workbook opened again for a worker thread, read-only, without the structural check
    // (run when the window opened it): a connection never changes threads, and a worker that
    // only reads (a report, a search) never writes.
    static Result<std::unique_ptr<Workbook>> openForReading(const QString &path);
    // Creates the file and installs the branch, calendar and SLA defaults in one transaction;
    // on failure the new file is removed again.
    static Result<std::unique_ptr<Workbook>> create(const QString &path, const NewWorkbook &spec,
                                                    Database::Options options = {});

    Database &database() { return *m_db; }
    const Database &database() const { return *m_db; }
    QString path() const { return m_db->path(); }

    // The branch shown by default: the first by code.
    Result<Branch> defaultBranch();
    // A demo workbook says so (its dashboard offers the way to one's own data).
    Status markAsDemo();
    static constexpr const char *demoSetting = "workbook.demo";
    // Set on a head office's store; its value is "head_office".
    static constexpr const char *roleSetting = "workbook.role";
    bool isHeadOffice() const;
    // Local days and times as that branch sees them (its zone, not the computer's); the
    // default zone before any branch exists.
    LocalTime defaultLocalTime();

    // Deletes a workbook file and its WAL companions (used to undo a failed creation).
    static void removeFiles(const QString &path);

    // SQLite's structural check of the whole file (what an open for writing runs first), on a
    // connection of its own: the window opens a workbook without it and runs this on a worker
    // thread, so a large workbook shows at once (DESIGN.md, data safety). The problems found;
    // none when sound.
    static Result<QStringList> checkStructure(const QString &path);

private:
    explicit Workbook(std::unique_ptr<Database> db)
        : m_db(std::move(db))
    {}
    std::unique_ptr<Database> m_db;
};

} // namespace servicelens
