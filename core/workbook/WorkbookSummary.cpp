// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkbookSummary.h"
#include "Workbook.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QFileInfo>

namespace servicelens {

Result<WorkbookSummary> WorkbookSummary::read(const Database &db)
{
    WorkbookSummary s;
    s.schemaVersion = db.schemaVersion();
    s.fileBytes = QFileInfo(db.path()).size();

    SqlQuery branch(db, QStringLiteral("SELECT code, name, time_zone, (SELECT count(*) FROM "
                                       "branch) FROM branch ORDER BY code LIMIT 1"));
    if (auto st = branch.exec(); !st)
        return st.error();
    if (branch.next()) {
        s.branchCode = branch.value(0).toString();
        s.branchName = branch.value(1).toString();
        s.timeZone = branch.value(2).toString();
        s.branchCount = branch.value(3).toInt();
    }

    SqlQuery staff(
        db, QStringLiteral("SELECT role, active, count(*) FROM staff GROUP BY role, active"));
    if (auto st = staff.exec(); !st)
        return st.error();
    while (staff.next()) {
        const int n = staff.value(2).toInt();
        if (staff.value(1).toInt() == 0) {
            s.inactiveStaff += n;
        } else if (auto role = org::RoleNames::parse(staff.value(0).toString())) {
            s.activeStaffByRole[*role] += n;
        }
    }

    // Served by the partial open-orders index and, per branch, the received index (min/max):
    // across branches min(received_at) had no index to use and walked every order (0.07-0.2 s
    // of opening a million-order workbook).
    SqlQuery orders(
        db, QStringLiteral("SELECT (SELECT count(*) FROM service_order), (SELECT count(*) FROM "
                           "service_order WHERE closed_at IS NULL), (SELECT min((SELECT "
                           "min(received_at) FROM service_order o WHERE o.branch_id = b.id)) "
                           "FROM branch b), (SELECT max((SELECT max(received_at) FROM "
                           "service_order o WHERE o.branch_id = b.id)) FROM branch b), "
                           "(SELECT count(*) FROM customer), (SELECT count(*) FROM audit_log)"));
    if (auto st = orders.exec(); !st)
        return st.error();
    if (orders.next()) {
        s.orders = orders.value(0).toLongLong();
        s.openOrders = orders.value(1).toLongLong();
        if (!orders.value(2).isNull())
            s.firstReceived = orders.value(2).toLongLong();
        if (!orders.value(3).isNull())
            s.lastReceived = orders.value(3).toLongLong();
        s.customers = orders.value(4).toLongLong();
        s.auditRecords = orders.value(5).toLongLong();
    }

    SqlQuery demo(db, QStringLiteral("SELECT value FROM setting WHERE key = :key"));
    demo.bind(QStringLiteral(":key"), QString::fromLatin1(Workbook::demoSetting));
    if (auto st = demo.exec(); !st)
        return st.error();
    s.demo = demo.next() && demo.value(0).toString() == QLatin1String("1");

    SqlQuery years(db, QStringLiteral("SELECT year FROM calendar_year ORDER BY year"));
    if (auto st = years.exec(); !st)
        return st.error();
    while (years.next())
        s.calendarYears.push_back(years.value(0).toInt());
    return s;
}

} // namespace servicelens
