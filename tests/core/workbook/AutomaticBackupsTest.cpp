// SPDX-License-Identifier: GPL-3.0-or-later
// Automatic backups: one a day, the last seven kept, and a restore that keeps the file it
// replaces.
#include "TestSupport.h"

#include "org/Staff.h"
#include "storage/SqlQuery.h"
#include "workbook/AutomaticBackups.h"
#include "workbook/WorkbookCheck.h"

using namespace servicelens;
using namespace servicelens::test;

namespace {

int staffCount(const QString &path)
{
    auto wb = Workbook::open(path);
    REQUIRE(wb.ok());
    SqlQuery q((*wb)->database(), QStringLiteral("SELECT count(*) FROM staff"));
    return q.scalar()->toInt();
}

void addStaff(const QString &path, const QString &code)
{
    auto wb = Workbook::open(path);
    REQUIRE(wb.ok());
    org::StaffMember m;
    m.code = code;
    m.name = QStringLiteral("员工") + code;
    m.role = org::Role::TechnicalSupport;
    m.hireDate = QDate(2024, 5, 1);
    REQUIRE(org::StaffRepository((*wb)->database()).create(m).ok());
}

} // namespace

TEST_CASE("One automatic backup a day, the last seven kept", "[workbook][backup]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString path = dir.file(QStringLiteral("每日.servicelens"));
    createWorkbook(path, clock);

    auto first = AutomaticBackups::makeDaily(path, clock);
    REQUIRE(first.ok());
    CHECK(QFileInfo::exists(*first));
    CHECK(first->contains(QStringLiteral("每日.backups")));
    auto again = AutomaticBackups::makeDaily(path, clock); // the same day: nothing
    REQUIRE(again.ok());
    CHECK(again->isEmpty());

    for (int day = 1; day <= 9; ++day) {
        clock.advance(24LL * 3600 * 1000);
        REQUIRE(AutomaticBackups::makeDaily(path, clock).ok());
    }
    const auto backups = AutomaticBackups::list(path);
    REQUIRE(backups.size() == AutomaticBackups::dailyKept);
    CHECK(backups.front().made.date() == QDate(2026, 12, 1)); // newest first
    CHECK(backups.back().made.date() == QDate(2026, 11, 25));
    for (const auto &b : backups) {
        CHECK(b.kind == AutomaticBackups::Backup::Kind::Daily);
        auto problems = WorkbookCheck::verifyFile(b.path);
        REQUIRE(problems.ok());
        CHECK(problems->isEmpty());
    }
}

TEST_CASE("Restoring a backup keeps the file it replaces", "[workbook][backup]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString path = dir.file(QStringLiteral("还原.servicelens"));
    createWorkbook(path, clock);
    addStaff(path, QStringLiteral("T01"));
    auto backup = AutomaticBackups::makeDaily(path, clock);
    REQUIRE(backup.ok());
    addStaff(path, QStringLiteral("T02"));
    REQUIRE(staffCount(path) == 2);

    clock.advance(3600 * 1000);
    auto replaced = AutomaticBackups::restore(*backup, path, clock);
    REQUIRE(replaced.ok());
    CHECK(staffCount(path) == 1);
    REQUIRE(QFileInfo::exists(*replaced));
    CHECK(staffCount(*replaced) == 2); // the replaced file, whole, in the backup folder
    const auto backups = AutomaticBackups::list(path);
    REQUIRE(backups.size() == 2);
    CHECK(backups.front().kind == AutomaticBackups::Backup::Kind::Replaced);

    SECTION("a damaged file is replaced and kept as it was")
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(4096 + 100);
        f.write(QByteArray(2000, '\x5a'));
        f.close();
        const QByteArray damaged = fileBytes(path);
        clock.advance(3600 * 1000);
        auto kept = AutomaticBackups::restore(*backup, path, clock);
        REQUIRE(kept.ok());
        CHECK(fileBytes(*kept) == damaged);
        CHECK(staffCount(path) == 1);
    }
    SECTION("a damaged backup is refused and nothing changes")
    {
        const QString bad = dir.file(QStringLiteral("坏.servicelens"));
        writeFile(bad, QByteArray("SQLite format 3") + QByteArray(5000, '\0'));
        const QByteArray before = fileBytes(path);
        CHECK_FALSE(AutomaticBackups::restore(bad, path, clock).ok());
        CHECK(fileBytes(path) == before);
    }
}
