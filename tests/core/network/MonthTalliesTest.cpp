// SPDX-License-Identifier: GPL-3.0-or-later
// A head office's month tallies on PostgreSQL (kpi::MonthTallies, network::KeptMonths): every
// branch's month is counted at its merge, a later merge counts again only the months it touched
// and carries every other tally, a change made at head office leaves no tally standing for data
// it changed; the figures always equal those a head-office workbook reads from the rows.
#include "DemoFixture.h"
#include "HeadOfficeStore.h"
#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "kpi/KpiCatalogue.h"
#include "kpi/KpiEngine.h"
#include "network/MergeConflicts.h"
#include "network/NetworkFigures.h"
#include "network/PackMerger.h"
#include "network/PackWriter.h"
#include "storage/FastQuery.h"
#include "workbook/Workbook.h"

using namespace servicelens;
using namespace servicelens::network;
using servicelens::kpi::KpiEngine;
using namespace servicelens::test;

namespace {

qint64 scalar(Database &db, const char *sql)
{
    FastQuery q(db, sql);
    REQUIRE(q.next());
    return q.int64(0);
}

// Tallies of a branch (by code) valid now.
qint64 validTallies(Database &store, const char *code)
{
    FastQuery q(store, "SELECT count(*) FROM month_tally t JOIN data_version v ON v.version = "
                       "t.version JOIN branch b ON b.id = t.branch_id WHERE b.code = ?1");
    q.bind(1, QString::fromLatin1(code));
    REQUIRE(q.next());
    return q.int64(0);
}

void merge(Workbook &store, const QString &pack)
{
    auto merged = PackMerger(store.database()).merge(pack);
    INFO((merged ? QString() : merged.error().message + merged.error().detail).toStdString());
    REQUIRE(merged.ok());
}

// Every figure of the months checked, on the store and on the workbook.
void checkSameFigures(Workbook &pg, Workbook &file)
{
    for (const QDate month : {QDate(2026, 11, 1), QDate(2026, 9, 1), QDate(2026, 3, 1)}) {
        INFO(month.toString(Qt::ISODate).toStdString());
        auto onStore = NetworkFigures(pg.database()).compute(month, KpiEngine::All);
        auto onFile = NetworkFigures(file.database()).compute(month, KpiEngine::All);
        REQUIRE(onStore.ok());
        REQUIRE(onFile.ok());
        CHECK(NetworkFigures::toJson(*onStore).toStdString() ==
              NetworkFigures::toJson(*onFile).toStdString());
        for (std::size_t b = 0; b < onStore->branches.size(); ++b)
            CHECK(KpiEngine::toJson(onStore->branches[b].kpis).toStdString() ==
                  KpiEngine::toJson(onFile->branches[b].kpis).toStdString());
    }
    // Twelve months of a rate, read briefly (SLA) or in full (response times).
    for (const char *key : {"orders.sla_met_rate", "orders.response_within_target_rate",
                            "orders.resolution_wd_median"}) {
        INFO(key);
        const kpi::KpiDefinition &rate = kpi::KpiCatalogue::at(key);
        auto onStore = NetworkFigures(pg.database()).trend(rate, QDate(2026, 11, 1), 12);
        auto onFile = NetworkFigures(file.database()).trend(rate, QDate(2026, 11, 1), 12);
        REQUIRE(onStore.ok());
        REQUIRE(onFile.ok());
        REQUIRE(onStore->lines.size() == onFile->lines.size());
        for (std::size_t l = 0; l < onStore->lines.size(); ++l)
            CHECK(onStore->lines[l].values == onFile->lines[l].values);
    }
}

} // namespace

TEST_CASE("Month tallies on PostgreSQL: counted at each merge, touched months counted again, the "
          "rest carried, none left standing for data changed at head office",
          "[network][postgres]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs()); // 2026-11-22
    std::vector<std::unique_ptr<Workbook>> branches;
    QStringList packs;
    std::uint64_t seed = 31;
    for (const auto &[code, zone] : {std::pair{"HZ02", "Asia/Shanghai"},
                                     std::pair{"URC1", "Asia/Urumqi"}}) {
        PackedDemoBranch made = packedDemoBranch(dir, code, zone, seed++, 700, clock);
        branches.push_back(std::move(made.wb));
        packs << made.pack;
    }
    auto pg = createHeadOfficeStore(dir, QStringLiteral("unused"), clock, true);
    auto file = createHeadOfficeStore(dir, QStringLiteral("总部"), clock, false);
    for (Workbook *store : {pg.get(), file.get()})
        for (const QString &p : packs)
            merge(*store, p);
    Database &store = pg->database();

    // Each branch's every month, from its first to this one, counted and valid.
    const qint64 hzMonths = validTallies(store, "HZ02");
    const qint64 urcMonths = validTallies(store, "URC1");
    CHECK(hzMonths >= 12);
    CHECK(urcMonths >= 12);
    CHECK(scalar(store, "SELECT max(month) FROM month_tally") == 202611);
    checkSameFigures(*pg, *file);

    // HZ02 changes an order closed in September: a first-time fix no longer.
    Workbook &hz = *branches[0];
    clock.advance(24 * 3600 * 1000);
    const qint64 now = clock.nowSecsSinceEpoch();
    FastQuery change(hz.database(),
                     "UPDATE service_order SET visits = 3, updated_at = ?1 WHERE id = (SELECT id "
                     "FROM service_order WHERE closed_month = 202609 AND visits <= 1 AND "
                     "reopened = 0 AND unknown_inputs = 0 ORDER BY id LIMIT 1)");
    REQUIRE(change.bind(1, now).exec().ok());
    REQUIRE(change.changes() == 1);
    const QString second = dir.file(QStringLiteral("HZ02-2.slpack"));
    REQUIRE(PackWriter(hz.database()).write(second, *hz.defaultBranch(), false).ok());
    for (Workbook *s : {pg.get(), file.get()})
        merge(*s, second);
    // URC1's tallies carried over HZ02's merge; HZ02's all valid again, September recounted.
    CHECK(validTallies(store, "URC1") == urcMonths);
    CHECK(validTallies(store, "HZ02") == hzMonths);
    checkSameFigures(*pg, *file);

    // Head office changes orders itself (any writer, no merge): no tally stands for them.
    for (Workbook *s : {pg.get(), file.get()})
        REQUIRE(s->database()
                    .execScript("UPDATE service_order SET reopened = 1 WHERE closed_month = "
                                "202609 AND branch_id = (SELECT id FROM branch WHERE code = "
                                "'URC1')")
                    .ok());
    CHECK(validTallies(store, "URC1") == 0);
    CHECK(validTallies(store, "HZ02") == 0);
    checkSameFigures(*pg, *file);

    // URC1's next merge (nothing new) counts every month of URC1 again; HZ02's wait for its own.
    for (Workbook *s : {pg.get(), file.get()})
        merge(*s, packs[1]);
    CHECK(validTallies(store, "URC1") == urcMonths);
    CHECK(validTallies(store, "HZ02") == 0);
    checkSameFigures(*pg, *file);

    // Head office edits an order of HZ02's, HZ02 changes it too: a conflict, resolved by taking
    // HZ02's version, leaves both branches' tallies valid and the figures right.
    const QString uid = [&] {
        FastQuery q(hz.database(), "SELECT uid FROM service_order WHERE closed_month = 202610 "
                                   "ORDER BY id LIMIT 1");
        REQUIRE(q.next());
        return q.text(0);
    }();
    for (Workbook *s : {pg.get(), file.get()}) {
        FastQuery edit(s->database(), "UPDATE service_order SET visits = 4, updated_at = "
                                      "updated_at + 1 WHERE uid = ?1");
        REQUIRE(edit.bind(1, uid).exec().ok());
    }
    for (Workbook *s : {pg.get(), file.get()})
        merge(*s, packs[1]); // URC1's tallies counted again after that edit
    CHECK(validTallies(store, "URC1") == urcMonths);
    clock.advance(24 * 3600 * 1000);
    FastQuery again(hz.database(),
                    "UPDATE service_order SET visits = 2, updated_at = ?1 WHERE uid = ?2");
    REQUIRE(again.bind(1, clock.nowSecsSinceEpoch()).bind(2, uid).exec().ok());
    const QString third = dir.file(QStringLiteral("HZ02-3.slpack"));
    REQUIRE(PackWriter(hz.database()).write(third, *hz.defaultBranch(), false).ok());
    for (Workbook *s : {pg.get(), file.get()}) {
        merge(*s, third);
        MergeConflicts conflicts(s->database());
        auto open = conflicts.open();
        REQUIRE(open.ok());
        REQUIRE(open->size() == 1);
        REQUIRE(conflicts.resolve(open->front().id, MergeConflicts::Choice::TakeBranch).ok());
    }
    CHECK(validTallies(store, "URC1") == urcMonths);
    CHECK(validTallies(store, "HZ02") == hzMonths);
    CHECK(scalar(store, "SELECT visits FROM service_order WHERE closed_month = 202610 AND "
                        "branch_id = (SELECT id FROM branch WHERE code = 'HZ02') ORDER BY id "
                        "LIMIT 1") == 2);
    checkSameFigures(*pg, *file);
}
