// SPDX-License-Identifier: GPL-3.0-or-later
// Packs and the merge into a head office's store (docs/head-office.md): demo branches with their
// own codes, seeds and time zones packed and merged; each branch's figures at head office as at
// home; idempotence; packs out of order and repeated converge; conflicts listed and resolved;
// a pack cut short or altered refused with nothing merged.
#include "DemoFixture.h"
#include "HeadOfficeStore.h"

#include "demo/DemoGenerator.h"
#include "flow/BranchUpdate.h"
#include "flow/OrderRepository.h"
#include "kpi/KpiEngine.h"
#include "network/MergeConflicts.h"
#include "network/PackFile.h"
#include "network/PackMerger.h"
#include "network/PackTables.h"
#include "network/PackWriter.h"
#include "storage/FastQuery.h"
#include "workbook/Workbook.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

#include <sqlite3.h>

using namespace servicelens;
using namespace servicelens::network;
using servicelens::kpi::KpiEngine;
using namespace servicelens::test;

namespace {

std::unique_ptr<Workbook> demoBranch(const QString &path, const Clock &clock, const char *code,
                                     const QString &name, const char *zone, std::uint64_t seed)
{
    return demoBranchWorkbook(path, clock, code, name, zone, seed, 700);
}

std::unique_ptr<Workbook> headOffice(const TempFolder &dir, const char *name, const Clock &clock,
                                     bool onPostgres)
{
    return createHeadOfficeStore(dir, QString::fromUtf8(name), clock, onPostgres);
}

qint64 count(Database &db, const char *sql)
{
    FastQuery q(db, sql);
    REQUIRE(q.next());
    return q.int64(0);
}

void exec(Database &db, const QByteArray &sql)
{
    const Status s = db.execScript(sql);
    INFO((s ? QString() : s.error().detail).toStdString());
    REQUIRE(s.ok());
}

PackManifest pack(Workbook &wb, const QString &target, bool all = false)
{
    auto written = PackWriter(wb.database()).write(target, *wb.defaultBranch(), all);
    INFO((written ? QString() : written.error().message + written.error().detail).toStdString());
    REQUIRE(written.ok());
    return *written;
}

MergeOutcome merge(Workbook &store, const QString &packPath)
{
    auto merged = PackMerger(store.database()).merge(packPath);
    INFO((merged ? QString() : merged.error().message + merged.error().detail).toStdString());
    REQUIRE(merged.ok());
    return *merged;
}

// A row's JSON as Qt writes it, fractions to 12 digits: SQLite's json_object writes a REAL
// with 15 digits, PostgreSQL the shortest text that reads back exactly.
QByteArray normalisedRow(const QString &json)
{
    QJsonObject row = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = row.begin(); it != row.end(); ++it)
        if (it->isDouble() && it->toDouble() != std::floor(it->toDouble()))
            *it = QString::number(it->toDouble(), 'g', 12);
    return QJsonDocument(row).toJson(QJsonDocument::Compact);
}

// The business content of a store, by uid (ids differ between stores): every owned row with
// its references as uids and its children, each row's JSON read back and written by Qt so
// that a workbook and a PostgreSQL store holding the same rows give the same digest.
QByteArray storeDigest(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const PackTable &t : PackTables::all()) {
        if (t.kind == PackTable::Kind::Shared)
            continue;
        const QByteArray sql = "SELECT CAST(" +
                               PackTables::jsonObject(t, "t", false, db.isPostgres()) +
                               " AS TEXT) FROM " + t.name + " t";
        FastQuery q(db, sql.constData());
        std::vector<QByteArray> rows;
        while (q.next())
            rows.push_back(normalisedRow(q.text(0)));
        REQUIRE(q.status().ok());
        std::sort(rows.begin(), rows.end());
        hash.addData(t.name);
        for (const QByteArray &row : rows)
            hash.addData(row);
    }
    return hash.result().toHex();
}

} // namespace

TEST_CASE("Two demo branches packed and merged: each branch's figures at head office are its "
          "own, every row once",
          "[network]")
{
    const bool onPostgres = GENERATE(false, true);
    INFO((onPostgres ? "PostgreSQL" : "workbook"));
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto hz = demoBranch(dir.file(QStringLiteral("杭州二号.servicelens")), clock, "HZ02",
                         QStringLiteral("杭州二号"), "Asia/Shanghai", 7);
    auto urc = demoBranch(dir.file(QStringLiteral("乌鲁木齐.servicelens")), clock, "URC1",
                          QStringLiteral("乌鲁木齐一号"), "Asia/Urumqi", 11);
    auto ho = headOffice(dir, "总部", clock, onPostgres);

    const PackManifest hzPack = pack(*hz, dir.file(QStringLiteral("杭州 1.slpack")));
    CHECK(hzPack.sequence == 1);
    CHECK(hzPack.since == 0); // the first pack carries the whole history
    CHECK(hzPack.rows.at(QStringLiteral("service_order")) == 700);
    pack(*urc, dir.file(QStringLiteral("乌鲁木齐 1.slpack")));

    const MergeOutcome first = merge(*ho, dir.file(QStringLiteral("杭州 1.slpack")));
    CHECK(first.pack.branchCode == QStringLiteral("HZ02"));
    CHECK(first.updated == 0);
    CHECK(first.conflicts == 0);
    merge(*ho, dir.file(QStringLiteral("乌鲁木齐 1.slpack")));

    Database &store = ho->database();
    // Every row once: the store holds the sum of the branches' rows.
    for (const char *table :
         {"service_order", "stage_event", "customer", "staff", "inspection", "inspection_answer",
          "survey_response", "survey_answer", "corrective_action", "training_attendance"}) {
        const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
        INFO(table);
        CHECK(count(store, sql.constData()) ==
              count(hz->database(), sql.constData()) + count(urc->database(), sql.constData()));
    }
    // Both branches number their staff from T01: codes are unique per branch.
    CHECK(count(store, "SELECT count(*) FROM staff WHERE code = 'T01'") == 2);
    // The shipped templates (the branch's and the maintenance checklist), once each.
    CHECK(count(store, "SELECT count(*) FROM inspection_template") == 2);
    CHECK(count(store, "SELECT count(*) FROM merged_pack") == 2);

    // Each branch's month figures at head office are exactly those it computes at home.
    for (auto *home : {hz.get(), urc.get()}) {
        const Branch b = *home->defaultBranch();
        auto there = BranchRepository(store).findByCode(b.code);
        REQUIRE(there.ok());
        REQUIRE(there->has_value());
        CHECK((*there)->timeZone == b.timeZone);
        for (const QDate month : {QDate(2026, 6, 1), QDate(2026, 10, 1), QDate(2026, 11, 1)}) {
            auto atHome = KpiEngine(home->database()).compute(b, month);
            auto atHeadOffice = KpiEngine(store).compute(**there, month);
            REQUIRE(atHome.ok());
            REQUIRE(atHeadOffice.ok());
            INFO(b.code.toStdString() << " " << month.toString().toStdString());
            CHECK(KpiEngine::toJson(*atHeadOffice) == KpiEngine::toJson(*atHome));
        }
    }
}

TEST_CASE("Merging is idempotent and packs merged out of order or twice converge", "[network]")
{
    const bool onPostgres = GENERATE(false, true);
    INFO((onPostgres ? "PostgreSQL" : "workbook"));
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto hz = demoBranch(dir.file(QStringLiteral("杭州.servicelens")), clock, "HZ02",
                         QStringLiteral("杭州二号"), "Asia/Shanghai", 7);
    // The first pack an hour after the data was made (a pack covers its own second again).
    clock.advance(3600 * 1000LL);
    const QString p1 = dir.file(QStringLiteral("第1包.slpack"));
    const QString p2 = dir.file(QStringLiteral("第2包.slpack"));
    const QString p3 = dir.file(QStringLiteral("第3包.slpack"));
    pack(*hz, p1);

    // A day later the branch changes orders and records a step on one.
    clock.advance(24 * 3600 * 1000LL);
    const QByteArray now = QByteArray::number(clock.nowSecsSinceEpoch());
    exec(hz->database(), "UPDATE service_order SET description = description || '（已回访）', "
                         "updated_at = " +
                             now +
                             " WHERE id % 50 = 0;"
                             "INSERT INTO stage_event (uid, order_id, kind, at, note) SELECT "
                             "'fixed-event-1', id, 'correction', " +
                             now +
                             ", '补录' FROM "
                             "service_order WHERE id = 100;");
    const PackManifest second = pack(*hz, p2);
    CHECK(second.sequence == 2);
    CHECK(second.since == referenceNowMsecs() / 1000 + 3600);
    // Only what changed (and what it refers to) travels.
    CHECK(second.rows.at(QStringLiteral("service_order")) == 14);
    CHECK(second.rows.at(QStringLiteral("staff")) > 0);

    // Another day: one more change.
    clock.advance(24 * 3600 * 1000LL);
    exec(hz->database(), "UPDATE service_order SET visits = visits + 1, updated_at = " +
                             QByteArray::number(clock.nowSecsSinceEpoch()) + " WHERE id = 100");
    pack(*hz, p3);

    auto inOrder = headOffice(dir, "按序", clock, onPostgres);
    const MergeOutcome a = merge(*inOrder, p1);
    CHECK(a.inserted > 700);
    const MergeOutcome b = merge(*inOrder, p2);
    CHECK(b.inserted == 0);
    CHECK(b.updated == 14);
    merge(*inOrder, p3);
    // The same pack again changes nothing.
    const QByteArray settled = storeDigest(inOrder->database());
    const MergeOutcome again = merge(*inOrder, p2);
    CHECK(again.inserted == 0);
    CHECK(again.updated == 0);
    CHECK(again.conflicts == 0);
    CHECK(again.unchanged == b.updated + b.unchanged);
    CHECK(storeDigest(inOrder->database()) == settled);

    auto shuffled = headOffice(dir, "乱序", clock, onPostgres);
    for (const QString &p : {p3, p1, p2, p3, p1})
        merge(*shuffled, p);
    CHECK(storeDigest(shuffled->database()) == settled);
    // And both are the branch as it stands.
    CHECK(storeDigest(hz->database()) == settled);
    CHECK(count(shuffled->database(), "SELECT count(*) FROM stage_event WHERE uid = "
                                      "'fixed-event-1'") == 1);
}

TEST_CASE("A row edited at head office and again at its branch becomes a conflict, resolved "
          "either way",
          "[network]")
{
    const bool onPostgres = GENERATE(false, true);
    INFO((onPostgres ? "PostgreSQL" : "workbook"));
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto hz = demoBranch(dir.file(QStringLiteral("杭州.servicelens")), clock, "HZ02",
                         QStringLiteral("杭州二号"), "Asia/Shanghai", 7);
    auto ho = headOffice(dir, "总部", clock, onPostgres);
    pack(*hz, dir.file(QStringLiteral("1.slpack")));
    merge(*ho, dir.file(QStringLiteral("1.slpack")));

    // Head office corrects two orders; the branch changes the same two afterwards.
    clock.advance(3600 * 1000LL);
    const QByteArray t1 = QByteArray::number(clock.nowSecsSinceEpoch());
    exec(ho->database(), "UPDATE service_order SET description = '总部更正', updated_at = " + t1 +
                             " WHERE id IN (SELECT id FROM service_order ORDER BY uid LIMIT 2)");
    clock.advance(3600 * 1000LL);
    const QByteArray t2 = QByteArray::number(clock.nowSecsSinceEpoch());
    exec(hz->database(), "UPDATE service_order SET description = '网点更正', visits = 3, "
                         "updated_at = " +
                             t2 +
                             " WHERE id IN (SELECT id FROM service_order ORDER BY uid LIMIT 2);"
                             "INSERT INTO stage_event (uid, order_id, kind, at, note) SELECT "
                             "'conflict-event', id, 'correction', " +
                             t2 +
                             ", '网点补录' FROM "
                             "service_order ORDER BY uid LIMIT 1;");
    const QString p2 = dir.file(QStringLiteral("2.slpack"));
    pack(*hz, p2);
    const MergeOutcome m = merge(*ho, p2);
    CHECK(m.conflicts == 2);
    CHECK(m.updated == 0);
    // Never overwritten silently.
    CHECK(count(ho->database(), "SELECT count(*) FROM service_order WHERE description = "
                                "'总部更正'") == 2);

    MergeConflicts conflicts(ho->database());
    auto open = conflicts.open();
    REQUIRE(open.ok());
    REQUIRE(open->size() == 2);
    const MergeConflict &first = open->front();
    CHECK(first.entity == QStringLiteral("service_order"));
    CHECK(first.branchCode == QStringLiteral("HZ02"));
    CHECK(first.reason == QStringLiteral("edited_here"));
    CHECK(first.local[QStringLiteral("row")][QStringLiteral("description")].toString() ==
          QStringLiteral("总部更正"));
    CHECK(first.incoming[QStringLiteral("row")][QStringLiteral("description")].toString() ==
          QStringLiteral("网点更正"));

    // Merging the pack again lists the same two, not four.
    merge(*ho, p2);
    CHECK(*conflicts.openCount() == 2);

    // Take the branch's version of one (its new step comes with it), keep head office's other.
    const auto taken = std::find_if(open->begin(), open->end(), [](const MergeConflict &c) {
        return !c.incoming[QStringLiteral("children")][QStringLiteral("stage_event")]
                    .toArray()
                    .isEmpty() &&
               QJsonDocument(c.incoming).toJson().contains("conflict-event");
    });
    REQUIRE(taken != open->end());
    const auto kept = taken == open->begin() ? open->begin() + 1 : open->begin();
    REQUIRE(conflicts.resolve(taken->id, MergeConflicts::Choice::TakeBranch).ok());
    REQUIRE(conflicts.resolve(kept->id, MergeConflicts::Choice::KeepStore).ok());
    CHECK(*conflicts.openCount() == 0);
    CHECK_FALSE(conflicts.resolve(kept->id, MergeConflicts::Choice::TakeBranch).ok());

    FastQuery row(ho->database(), "SELECT description, visits, (SELECT count(*) FROM stage_event "
                                  "e WHERE e.order_id = o.id AND e.uid = 'conflict-event') FROM "
                                  "service_order o WHERE uid = ?1");
    row.bind(1, taken->uid);
    REQUIRE(row.next());
    CHECK(row.text(0) == QStringLiteral("网点更正"));
    CHECK(row.int64(1) == 3);
    CHECK(row.int64(2) == 1);
    row.reset();
    row.bind(1, kept->uid);
    REQUIRE(row.next());
    CHECK(row.text(0) == QStringLiteral("总部更正"));

    // Once decided, the same pack merges without a conflict; every decision is in the trail.
    const MergeOutcome after = merge(*ho, p2);
    CHECK(after.conflicts == 0);
    CHECK(after.updated == 0);
    CHECK(count(ho->database(), "SELECT count(*) FROM audit_log WHERE entity = 'service_order' "
                                "AND action = 'update'") == 2);
}

TEST_CASE("A pack cut short, altered, or from a branch whose code is taken is refused with "
          "nothing merged",
          "[network]")
{
    const bool onPostgres = GENERATE(false, true);
    INFO((onPostgres ? "PostgreSQL" : "workbook"));
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto hz = demoBranch(dir.file(QStringLiteral("杭州.servicelens")), clock, "HZ02",
                         QStringLiteral("杭州二号"), "Asia/Shanghai", 7);
    auto ho = headOffice(dir, "总部", clock, onPostgres);
    const QString whole = dir.file(QStringLiteral("完整.slpack"));
    pack(*hz, whole);
    const QByteArray bytes = fileBytes(whole);

    const auto refused = [&](const QString &path, const char *words) {
        auto merged = PackMerger(ho->database()).merge(path);
        REQUIRE_FALSE(merged.ok());
        INFO(merged.error().message.toStdString());
        CHECK(merged.error().kind == ErrorKind::InvalidInput);
        CHECK(merged.error().message.contains(QString::fromUtf8(words)));
        CHECK(count(ho->database(), "SELECT count(*) FROM service_order") == 0);
        CHECK(count(ho->database(), "SELECT count(*) FROM branch") == 0);
        CHECK(count(ho->database(), "SELECT count(*) FROM merged_pack") == 0);
    };

    const QString cut = dir.file(QStringLiteral("截断.slpack"));
    writeFile(cut, bytes.left(bytes.size() / 2));
    refused(cut, "damaged or cut short");

    const QString altered = dir.file(QStringLiteral("篡改.slpack"));
    writeFile(altered, bytes);
    {
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(altered).constData(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "UPDATE service_order SET visits = visits + 1 WHERE rowid = 1",
                             nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
    refused(altered, "does not match its digest");

    const QString notAPack = dir.file(QStringLiteral("工单.slpack"));
    writeFile(notAPack, "order_id,received_at\n1,2026-10-01\n");
    refused(notAPack, "not a ServiceLens pack");
    refused(dir.file(QStringLiteral("没有.slpack")), "does not exist");

    // The sound pack merges; another workbook calling itself HZ02 is refused.
    merge(*ho, whole);
    auto impostor = demoBranch(dir.file(QStringLiteral("另一个.servicelens")), clock, "HZ02",
                               QStringLiteral("另一个杭州"), "Asia/Shanghai", 8);
    const QString other = dir.file(QStringLiteral("另一个.slpack"));
    pack(*impostor, other);
    const qint64 orders = count(ho->database(), "SELECT count(*) FROM service_order");
    auto merged = PackMerger(ho->database()).merge(other);
    REQUIRE_FALSE(merged.ok());
    CHECK(merged.error().message.contains(QStringLiteral("HZ02")));
    CHECK(count(ho->database(), "SELECT count(*) FROM service_order") == orders);
}

TEST_CASE("A pack is written whole or not at all and never over a file", "[network]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto hz = demoBranch(dir.file(QStringLiteral("杭州.servicelens")), clock, "HZ02",
                         QStringLiteral("杭州二号"), "Asia/Shanghai", 7);
    PackWriter writer(hz->database());
    const Branch b = *hz->defaultBranch();
    // Not over the workbook, nor over any existing file.
    CHECK_FALSE(writer.write(hz->path(), b, false).ok());
    const QString existing = dir.file(QStringLiteral("旧.slpack"));
    writeFile(existing, "keep me");
    CHECK_FALSE(writer.write(existing, b, false).ok());
    CHECK(fileBytes(existing) == "keep me");
    // A refused pack is not noted: the next one still starts from the beginning.
    const QString first = dir.file(QStringLiteral("首个.slpack"));
    const auto written = writer.write(first, b, false);
    REQUIRE(written.ok());
    CHECK(written->sequence == 1);
    CHECK(written->since == 0);
    auto verified = PackFile::verify(first);
    REQUIRE(verified.ok());
    CHECK(verified->digest == written->digest);
    CHECK(verified->branchCode == QStringLiteral("HZ02"));
    CHECK(verified->branchName == QStringLiteral("杭州二号"));
    // --all: the whole history again, numbered on.
    const auto all = writer.write(dir.file(QStringLiteral("全部.slpack")), b, true);
    REQUIRE(all.ok());
    CHECK(all->sequence == 2);
    CHECK(all->since == 0);
    CHECK(all->rows == written->rows);
}

TEST_CASE("The pack's column lists are the workbook's columns", "[network]")
{
    TempWorkbook t(QStringLiteral("列.servicelens"));
    Database &db = t.wb->database();
    for (const PackTable &table : PackTables::all()) {
        QStringList expected;
        const QByteArray sql = "SELECT name FROM pragma_table_info('" + QByteArray(table.name) +
                               "') WHERE name <> 'id' ORDER BY name";
        FastQuery q(db, sql.constData());
        while (q.next())
            expected << q.text(0);
        QStringList packed;
        for (const QByteArray &c : table.columnList())
            packed << QString::fromLatin1(c);
        for (const PackReference &r : table.references)
            packed << QString::fromLatin1(r.column);
        if (table.hasBranch)
            packed << QStringLiteral("branch_id");
        packed.sort();
        INFO(table.name);
        CHECK(packed == expected);
    }
}

TEST_CASE("A row the branch deleted is deleted at head office and stays deleted", "[network]")
{
    const bool onPostgres = GENERATE(false, true);
    INFO((onPostgres ? "PostgreSQL" : "workbook"));
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto hz = demoBranch(dir.file(QStringLiteral("杭州.servicelens")), clock, "HZ02",
                         QStringLiteral("杭州二号"), "Asia/Shanghai", 7);
    clock.advance(3600 * 1000LL);
    const QString p1 = dir.file(QStringLiteral("1.slpack"));
    pack(*hz, p1);
    auto ho = headOffice(dir, "总部", clock, onPostgres);
    merge(*ho, p1);
    const qint64 orders = count(ho->database(), "SELECT count(*) FROM service_order");

    // The branch deletes an order (as its repository does, with its audit record) and a
    // draft inspection is discarded.
    clock.advance(3600 * 1000LL);
    QString gone;
    {
        FastQuery q(hz->database(), "SELECT id, uid FROM service_order ORDER BY id DESC LIMIT 1");
        REQUIRE(q.next());
        gone = q.text(1);
        REQUIRE(flow::OrderRepository(hz->database()).remove(q.int64(0)).ok());
    }
    const QString p2 = dir.file(QStringLiteral("2.slpack"));
    pack(*hz, p2);
    const MergeOutcome m = merge(*ho, p2);
    CHECK(m.deleted == 1);
    CHECK(count(ho->database(), "SELECT count(*) FROM service_order") == orders - 1);
    // The older pack again does not bring it back.
    const MergeOutcome again = merge(*ho, p1);
    CHECK(again.inserted == 0);
    CHECK(count(ho->database(), "SELECT count(*) FROM service_order") == orders - 1);
    FastQuery still(ho->database(), "SELECT count(*) FROM service_order WHERE uid = ?1");
    still.bind(1, gone);
    REQUIRE(still.next());
    CHECK(still.int64(0) == 0);

    // One head office corrected is deleted at the branch: a conflict, not a silent loss.
    clock.advance(3600 * 1000LL);
    QString edited;
    {
        FastQuery q(hz->database(), "SELECT id, uid FROM service_order ORDER BY id LIMIT 1");
        REQUIRE(q.next());
        edited = q.text(1);
        exec(ho->database(), "UPDATE service_order SET description = '总部更正', updated_at = "
                             "updated_at + 1 WHERE uid = '" +
                                 edited.toLatin1() + "'");
        REQUIRE(flow::OrderRepository(hz->database()).remove(q.int64(0)).ok());
    }
    const QString p3 = dir.file(QStringLiteral("3.slpack"));
    pack(*hz, p3);
    const MergeOutcome third = merge(*ho, p3);
    CHECK(third.deleted == 0);
    CHECK(third.conflicts == 1);
    MergeConflicts conflicts(ho->database());
    auto open = conflicts.open();
    REQUIRE(open.ok());
    REQUIRE(open->size() == 1);
    CHECK(open->front().uid == edited);
    CHECK(open->front().incoming[QStringLiteral("deleted")].toBool());
    REQUIRE(conflicts.resolve(open->front().id, MergeConflicts::Choice::TakeBranch).ok());
    CHECK(count(ho->database(), "SELECT count(*) FROM service_order") == orders - 2);
}

TEST_CASE("A branch's new name and time zone reach head office from a newer pack, never back "
          "from an older one, with its months counted in the new zone",
          "[network]")
{
    const bool onPostgres = GENERATE(false, true);
    INFO((onPostgres ? "PostgreSQL" : "workbook"));
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto hz = demoBranch(dir.file(QStringLiteral("杭州.servicelens")), clock, "HZ02",
                         QStringLiteral("杭州二号"), "Asia/Shanghai", 7);
    const QString p1 = dir.file(QStringLiteral("搬迁前.slpack"));
    const QString p2 = dir.file(QStringLiteral("搬迁后.slpack"));
    // An order received at 01:00 on 1 October, Beijing time (30 September 17:00 UTC).
    exec(hz->database(), "INSERT INTO service_order (uid, branch_id, order_no, received_at, "
                         "received_month, created_at, updated_at) VALUES ('tz-order', 1, "
                         "'SO-凌晨', 1790787600, 202610, 1790787600, 1790787600)");
    clock.advance(3600 * 1000LL); // a pack covers its own second again
    pack(*hz, p1);
    // A day later the branch moves two hours west and takes a new name: orders received in the
    // first two hours of a month (Beijing time) now belong to the month before. No order
    // changes, so no order travels in the next pack.
    clock.advance(24 * 3600 * 1000LL);
    Branch moved = *hz->defaultBranch();
    moved.name = QStringLiteral("杭州二号店");
    moved.timeZone = QStringLiteral("Asia/Urumqi");
    REQUIRE(flow::updateBranch(hz->database(), moved).ok());
    REQUIRE(count(hz->database(), "SELECT received_month FROM service_order WHERE uid = "
                                  "'tz-order'") == 202609);
    const PackManifest second = pack(*hz, p2);
    CHECK(second.rows.at(QStringLiteral("service_order")) == 0);

    const auto sameFigures = [&](Workbook &ho) {
        auto there = BranchRepository(ho.database()).findByCode(QStringLiteral("HZ02"));
        REQUIRE(there.ok());
        REQUIRE(there->has_value());
        CHECK((*there)->timeZone == QStringLiteral("Asia/Urumqi"));
        CHECK((*there)->name == QStringLiteral("杭州二号店"));
        CHECK(count(ho.database(),
                    "SELECT received_month FROM service_order WHERE uid = 'tz-order'") == 202609);
        for (const QDate month : {QDate(2026, 8, 1), QDate(2026, 9, 1), QDate(2026, 10, 1)}) {
            INFO(month.toString().toStdString());
            auto atHome = KpiEngine(hz->database()).compute(moved, month);
            auto atHeadOffice = KpiEngine(ho.database()).compute(**there, month);
            REQUIRE(atHome.ok());
            REQUIRE(atHeadOffice.ok());
            CHECK(KpiEngine::toJson(*atHeadOffice) == KpiEngine::toJson(*atHome));
            // The network's reading (a store's month tallies) too.
            auto network = KpiEngine(ho.database()).computeNetwork({**there}, month);
            REQUIRE(network.ok());
            CHECK(KpiEngine::toJson(network->branches.front()) == KpiEngine::toJson(*atHome));
        }
    };
    auto inOrder = headOffice(dir, "按序", clock, onPostgres);
    merge(*inOrder, p1);
    merge(*inOrder, p2);
    sameFigures(*inOrder);
    merge(*inOrder, p1); // the older pack again: nothing goes back
    sameFigures(*inOrder);

    auto late = headOffice(dir, "晚到", clock, onPostgres);
    merge(*late, p2);
    merge(*late, p1); // the older pack's orders, months of the zone before, arrive last
    sameFigures(*late);
}
