// SPDX-License-Identifier: GPL-3.0-or-later
// Packs written by an earlier ServiceLens (network/PackUpgrade): branches upgrade one by one, so a
// head office merges a branch's pack of format 17 (no fault codes on its orders) and a branch
// receives an earlier head office's pack (no fault codes, no installed base), and the pack file
// itself is never changed.
#include "DemoFixture.h"
#include "HeadOfficeStore.h"
#include "TestSupport.h"

#include "network/HeadOfficeReceiver.h"
#include "network/PackFile.h"
#include "network/PackMerger.h"
#include "network/PackWriter.h"
#include "storage/SqlQuery.h"
#include "workbook/Importers.h"
#include "workbook/Workbook.h"

#include <QCryptographicHash>

#include <sqlite3.h>

using namespace servicelens;
using namespace servicelens::network;
using namespace servicelens::test;

namespace {

// Makes `pack` look as an earlier release wrote it: `sql` takes away what it lacked, and the
// manifest loses its list of tables and gets the digest that release computed.
void makeEarlier(const QString &pack, const char *kind, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(pack).constData(), &db) == SQLITE_OK);
    const std::unique_ptr<sqlite3, int (*)(sqlite3 *)> guard(db, &sqlite3_close);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    REQUIRE(rc == SQLITE_OK);
    REQUIRE(sqlite3_exec(db,
                         "DELETE FROM manifest WHERE key = 'tables'; UPDATE manifest SET value = "
                         "'17' WHERE key = 'schema_version'",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    PackManifest earlier;
    earlier.kind = QString::fromLatin1(kind);
    auto tables = PackFile::contentTablesOf(earlier);
    REQUIRE(tables.ok());
    auto digest = PackFile::digest(db, "main", *tables);
    REQUIRE(digest.ok());
    const QByteArray update = "UPDATE manifest SET value = '" + *digest + "' WHERE key = 'digest'";
    REQUIRE(sqlite3_exec(db, update.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("A head office merges a branch's pack written before orders had fault codes",
          "[network][merge][upgrade]")
{
    const bool onPostgres = GENERATE(false, true);
    INFO((onPostgres ? "PostgreSQL" : "SQLite"));
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto branch = packedDemoBranch(dir, "HZ01", "Asia/Shanghai", 7, 300, clock);
    makeEarlier(branch.pack, "branch", "ALTER TABLE service_order DROP COLUMN fault_code");
    const QByteArray before = digest(branch.pack);

    auto ho = createHeadOfficeStore(dir, QStringLiteral("总部"), clock, onPostgres);
    auto merged = PackMerger(ho->database()).merge(branch.pack);
    INFO((merged ? QString() : merged.error().message + merged.error().detail).toStdString());
    REQUIRE(merged.ok());
    SqlQuery q(ho->database(), QStringLiteral("SELECT count(*), sum(CASE WHEN fault_code = '' "
                                              "THEN 1 ELSE 0 END) FROM service_order"));
    REQUIRE(q.exec().ok());
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 300);
    CHECK(q.value(1).toLongLong() == 300); // no code given: none, as a workbook's upgrade stores
    CHECK(digest(branch.pack) == before);
}

TEST_CASE("A branch receives an earlier head office's pack, without fault codes and installed base",
          "[network][upgrade]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto ho = createHeadOfficeStore(dir, QStringLiteral("总部"), clock, false);
    const QString csv = dir.file(QStringLiteral("型号.csv"));
    writeFile(csv, QByteArray("型号,品类\nXQB80,洗衣机\n"));
    REQUIRE(Importers::run(ImportKind::Products, ho->database(), csv, {})->committed);
    const QString pack = dir.file(QStringLiteral("总部下发.slpack"));
    REQUIRE(PackWriter(ho->database()).writeHeadOffice(pack).ok());
    makeEarlier(pack, "head_office",
                "DROP TABLE fault_group; DROP TABLE fault_code; DROP TABLE installed_base");

    auto branch = Workbook::create(dir.file(QStringLiteral("杭州.servicelens")), NewWorkbook{});
    REQUIRE(branch.ok());
    auto received = HeadOfficeReceiver((*branch)->database()).receive(pack);
    INFO((received ? QString() : received.error().message + received.error().detail).toStdString());
    REQUIRE(received.ok());
    SqlQuery q((*branch)->database(), QStringLiteral("SELECT count(*) FROM product_model"));
    CHECK(q.scalar()->toLongLong() == 1);
}
