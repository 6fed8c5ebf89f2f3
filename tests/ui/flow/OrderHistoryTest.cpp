// SPDX-License-Identifier: GPL-3.0-or-later
// The order form's history as a manager reads it: labels, local times, values as words, names.
#include "TestSupport.h"

#include "flow/OrderDialog.h"
#include "flow/OrderRepository.h"
#include "flow/OrderWorkflow.h"
#include "org/Staff.h"
#include "settings/OperatorIdentity.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"
#include "workbook/Importers.h"

#include <QLabel>
#include <QRegularExpression>
#include <QTableWidget>

using namespace servicelens;
using namespace servicelens::test;

namespace {

QStringList column(const QTableWidget *table, int c)
{
    QStringList cells;
    for (int r = 0; r < table->rowCount(); ++r)
        cells << table->item(r, c)->text();
    return cells;
}

} // namespace

TEST_CASE("An order's history names fields, values and people in words, in local time",
          "[ui][orders][history]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("历史.servicelens")), clock);
    Database &db = wb->database();
    org::StaffMember tech;
    tech.code = QStringLiteral("T02");
    tech.name = QStringLiteral("马宇航");
    REQUIRE(org::StaffRepository(db).create(tech).ok());
    ui::OperatorIdentity::choose(QStringLiteral("张经理"), &db);

    flow::OrderRepository orders(db);
    flow::ServiceOrder o;
    o.branchId = wb->defaultBranch()->id;
    o.orderNo = QStringLiteral("SO-历史-1");
    o.technicianId = tech.id;
    // 2026-11-21 09:15 in Shanghai.
    o.times.received = QDateTime(QDate(2026, 11, 21), QTime(1, 15), Qt::UTC).toSecsSinceEpoch();
    REQUIRE(orders.insert(o).ok());
    REQUIRE(flow::OrderWorkflow(db)
                .startWait(o.id, flow::OrderWorkflow::Wait::Parts, clock.nowSecsSinceEpoch())
                .ok());

    ui::OrderDialog dialog(db, o.id);
    REQUIRE(dialog.isLoaded());
    const auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("history"));
    REQUIRE(table->rowCount() == 2);
    CHECK(column(table, 1) == QStringList{QStringLiteral("张经理"), QStringLiteral("张经理")});
    CHECK(column(table, 2) == QStringList{QStringLiteral("Created"), QStringLiteral("Changed")});
    const QString created = table->item(0, 3)->text();
    CHECK(created.contains(QStringLiteral("Order id: SO-历史-1")));
    CHECK(created.contains(QStringLiteral("Technician: T02 马宇航")));
    CHECK(created.contains(QStringLiteral("Received: 21 Nov 2026 09:15"))); // English dates
    CHECK(created.contains(QStringLiteral("Status: Open")));
    const QString changed = table->item(1, 3)->text();
    CHECK(changed.contains(QStringLiteral("Status: Open → Waiting for parts")));
    // Neither stored codes nor Unix seconds reach the reader.
    for (const QString &text : column(table, 3)) {
        CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("\\d{9,}"))));
        CHECK_FALSE(text.contains(QStringLiteral("_at")));
        CHECK_FALSE(text.contains(QStringLiteral("waiting_parts")));
    }
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("historyEmpty"))->isHidden());
    ui::OperatorIdentity::choose(QString());
}

TEST_CASE("An imported order's history starts with its import, an order without records says so",
          "[ui][orders][history]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    auto wb = createWorkbook(dir.file(QStringLiteral("导入历史.servicelens")), clock);
    Database &db = wb->database();
    const QString csv = dir.file(QStringLiteral("报修工单.csv"));
    writeFile(csv,
              QStringLiteral("工单号,受理时间,产品\nSO-导入-1,2026-11-20 10:00,空调\n").toUtf8());
    auto imported = Importers::run(ImportKind::Orders, db, csv, {});
    REQUIRE(imported.ok());
    REQUIRE(imported->inserted == 1);
    auto found = flow::OrderRepository(db).findByOrderNo(wb->defaultBranch()->id,
                                                         QStringLiteral("SO-导入-1"));
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    {
        ui::OrderDialog dialog(db, (*found)->id);
        const auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("history"));
        REQUIRE(table->rowCount() == 1);
        CHECK(table->item(0, 2)->text() == QStringLiteral("Created"));
        CHECK(table->item(0, 3)->text() == QStringLiteral("Imported from 报修工单.csv"));
    }

    // Written by a caller that audits nothing of its own (as no path in the program does now,
    // but older workbooks hold such rows): the tab says nothing was recorded yet.
    flow::ServiceOrder bare;
    bare.branchId = wb->defaultBranch()->id;
    bare.orderNo = QStringLiteral("SO-无记录");
    bare.times.received = clock.nowSecsSinceEpoch() - 3600;
    {
        WriteTransaction tx(db);
        REQUIRE(flow::OrderRepository(db).insert(bare, flow::OrderRepository::Audit::Caller).ok());
        REQUIRE(tx.commit().ok());
    }
    ui::OrderDialog dialog(db, bare.id);
    CHECK(dialog.findChild<QTableWidget *>(QStringLiteral("history"))->isHidden());
    CHECK_FALSE(dialog.findChild<QLabel *>(QStringLiteral("historyEmpty"))->isHidden());
}
