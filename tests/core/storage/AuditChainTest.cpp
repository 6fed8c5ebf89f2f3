// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail's hash chain: intact after ordinary work, and any change made outside the
// application with a database tool named by its record.
#include "TestSupport.h"

#include "org/Staff.h"
#include "storage/AuditChain.h"
#include "storage/AuditLog.h"
#include "workbook/WorkbookCheck.h"
#include "workbook/WorkbookSchema.h"

#include <sqlite3.h>

using namespace servicelens;
using namespace servicelens::test;

namespace {

void addStaff(Database &db, int count)
{
    org::StaffRepository staff(db);
    for (int i = 0; i < count; ++i) {
        org::StaffMember m;
        m.code = QStringLiteral("T%1").arg(i + 10);
        m.name = QStringLiteral("技术员%1号").arg(i);
        m.role = org::Role::TechnicalSupport;
        m.team = QStringLiteral("一组");
        m.hireDate = QDate(2021, 1, 1);
        REQUIRE(staff.create(m).ok());
    }
}

AuditChain::Finding verify(const QString &path)
{
    auto f = WorkbookCheck::verifyAuditTrail(path);
    REQUIRE(f.ok());
    return *f;
}

} // namespace

TEST_CASE("Each audit record is chained to the one before it", "[storage][audit]")
{
    AuditChain::Record r;
    r.id = 7;
    r.at = 1790000000;
    r.actor = QStringLiteral("王经理");
    r.action = QStringLiteral("update");
    r.entity = QStringLiteral("staff");
    r.entityUid = QStringLiteral("abc");
    r.after = QStringLiteral("{\"name\":\"王\"}");
    const QByteArray h = AuditChain::hash("00", r);
    CHECK(h.size() == 64);
    CHECK(AuditChain::hash("00", r) == h);
    CHECK(AuditChain::hash("01", r) != h); // chained: another predecessor, another hash
    AuditChain::Record moved = r;
    moved.actor = QStringLiteral("王经");
    moved.action = QStringLiteral("rupdate"); // the same characters, split differently
    CHECK(AuditChain::hash("00", moved) != h);
    AuditChain::Record empty = r;
    empty.after = QString(); // empty JSON text is not NULL
    AuditChain::Record null = r;
    null.after.reset();
    CHECK(AuditChain::hash("00", empty) != AuditChain::hash("00", null));
}

TEST_CASE("The chain is intact after ordinary work and names the record changed outside",
          "[storage][audit]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString path = dir.file(QStringLiteral("证据.servicelens"));
    {
        auto wb = createWorkbook(path, clock);
        addStaff(wb->database(), 5);
    }
    const AuditChain::Finding ok = verify(path);
    CHECK(ok.intact());
    CHECK(ok.records >= 5);
    auto problems = WorkbookCheck::verifyFile(path);
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
    const qint64 records = ok.records;

    SECTION("a record altered")
    {
        execOutside(path, "UPDATE audit_log SET after_json = replace(after_json, '技术员2号', "
                          "'技术员9号') WHERE after_json LIKE '%技术员2号%'");
        const AuditChain::Finding f = verify(path);
        CHECK(f.kind == AuditChain::Finding::Kind::Altered);
        CHECK(f.recordId == records - 2);
        CHECK(f.message.contains(QStringLiteral("#%1").arg(records - 2)));
        auto p = WorkbookCheck::verifyFile(path);
        REQUIRE(p.ok());
        REQUIRE(p->size() == 1);
        CHECK(p->front() == f.message);
    }
    SECTION("a record altered with its hash recomputed alone")
    {
        // Recomputing the edited record's own hash is not enough: the next one no longer
        // chains to it.
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
        sqlite3_stmt *stmt = nullptr;
        REQUIRE(sqlite3_prepare_v2(db,
                                   "SELECT a.at, a.action, a.entity, a.entity_uid, a.before_json, "
                                   "a.after_json, p.hash FROM audit_log a JOIN audit_log p ON "
                                   "p.id = a.id - 1 WHERE a.id = 3",
                                   -1, &stmt, nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
        auto text = [&](int c) -> std::optional<QString> {
            if (sqlite3_column_type(stmt, c) == SQLITE_NULL)
                return std::nullopt;
            return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)));
        };
        AuditChain::Record forged;
        forged.id = 3;
        forged.at = sqlite3_column_int64(stmt, 0);
        forged.actor = QStringLiteral("别人");
        forged.action = *text(1);
        forged.entity = *text(2);
        forged.entityUid = *text(3);
        forged.before = text(4);
        forged.after = text(5);
        const QByteArray previous = text(6)->toLatin1();
        sqlite3_finalize(stmt);
        sqlite3_close(db);
        const QByteArray sql = "UPDATE audit_log SET actor = '别人', hash = '" +
                               AuditChain::hash(previous, forged) + "' WHERE id = 3";
        execOutside(path, sql.constData());
        const AuditChain::Finding f = verify(path);
        CHECK(f.kind == AuditChain::Finding::Kind::Altered);
        CHECK(f.recordId == 4); // the first record that no longer chains
    }
    SECTION("records removed in the middle")
    {
        execOutside(path, "DELETE FROM audit_log WHERE id IN (2, 3)");
        const AuditChain::Finding f = verify(path);
        CHECK(f.kind == AuditChain::Finding::Kind::Removed);
        CHECK(f.recordId == 4);
        CHECK(f.message.contains(QStringLiteral("#2")));
        CHECK(f.message.contains(QStringLiteral("#3")));
    }
    SECTION("the newest records cut off")
    {
        execOutside(path, QStringLiteral("DELETE FROM audit_log WHERE id > %1")
                              .arg(records - 2)
                              .toUtf8()
                              .constData());
        const AuditChain::Finding f = verify(path);
        CHECK(f.kind == AuditChain::Finding::Kind::NewestRemoved);
        CHECK(f.message.contains(QStringLiteral("#%1").arg(records - 1)));
    }
    SECTION("work goes on after a verification")
    {
        Database::Options options;
        options.clock = &clock;
        auto wb = Workbook::open(path, options);
        REQUIRE(wb.ok());
        org::StaffMember m;
        m.code = QStringLiteral("T99");
        m.name = QStringLiteral("新同事");
        m.role = org::Role::Quality;
        m.hireDate = QDate(2026, 1, 1);
        REQUIRE(org::StaffRepository((*wb)->database()).create(m).ok());
        wb->reset();
        CHECK(verify(path).intact());
        CHECK(verify(path).records == records + 1);
    }
}

TEST_CASE("Upgrading a workbook chains the records written before the chain existed",
          "[storage][audit]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString path = dir.file(QStringLiteral("旧版.servicelens"));
    const std::vector<Migration> upTo8(WorkbookSchema::migrations().begin(),
                                       WorkbookSchema::migrations().begin() + 8);
    {
        Database::Options options;
        options.clock = &clock;
        options.mode = Database::OpenMode::CreateNew;
        options.migrations = &upTo8;
        auto db = Database::open(path, options);
        REQUIRE(db.ok());
        CHECK((*db)->schemaVersion() == 8);
        addStaff(**db, 3);
    }
    CHECK(verify(path).kind == AuditChain::Finding::Kind::NotChained);
    {
        Database::Options options;
        options.clock = &clock;
        options.migrations = &WorkbookSchema::migrations();
        auto db = Database::open(path, options);
        REQUIRE(db.ok());
        CHECK((*db)->schemaVersion() == WorkbookSchema::latestVersion());
    }
    const AuditChain::Finding f = verify(path);
    CHECK(f.intact());
    CHECK(f.records >= 3);
}
