// SPDX-License-Identifier: GPL-3.0-or-later
// A second program writing to a workbook, for the two-process test: it edits one order the way
// the order form does (read it, change it, save it over what was read) many times, and on a
// Stale answer reads again and redoes its change, as a person would. It also adds one staff
// member per round, so both processes append to the audit trail.
//
//   servicelens_test_writer DB ORDER_NO TAG ROUNDS [--blind]
//
// Each round appends TAG to the order's description and adds one to its visits. --blind saves
// without the check (what a careless editor would do), to show what the check prevents.
#include "flow/OrderRepository.h"
#include "storage/Database.h"
#include "team/Staff.h"
#include "workbook/Workbook.h"

#include <QCoreApplication>
#include <QDate>
#include <QTextStream>
#include <QThread>

using namespace servicelens;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5)
        return 2;
    const QString path = args[1];
    const QString orderNo = args[2];
    const QString tag = args[3];
    const int rounds = args[4].toInt();
    const bool blind = args.contains(QStringLiteral("--blind"));
    QTextStream err(stderr);

    auto wb = Workbook::open(path);
    if (!wb) {
        err << wb.error().message << Qt::endl;
        return 4;
    }
    Database &db = (*wb)->database();
    flow::OrderRepository orders(db);
    auto found = orders.findByOrderNo((*wb)->defaultBranch()->id, orderNo);
    if (!found || !found->has_value()) {
        err << "no order " << orderNo << Qt::endl;
        return 3;
    }
    const qint64 id = (**found).id;
    int stale = 0;
    for (int round = 0; round < rounds; ++round) {
        for (;;) {
            auto read = orders.findById(id);
            if (!read || !read->has_value())
                return 5;
            const flow::ServiceOrder before = **read;
            flow::ServiceOrder after = before;
            after.description += tag;
            after.visits += 1;
            QThread::usleep(200); // the time a person (or a form) takes between read and save
            const Status s = blind ? orders.update(after) : orders.update(after, before);
            if (s)
                break;
            if (s.error().kind != ErrorKind::Stale && s.error().kind != ErrorKind::Locked) {
                err << s.error().message << " " << s.error().detail << Qt::endl;
                return 6;
            }
            ++stale;
        }
        team::StaffMember m;
        m.code = tag + QString::number(round);
        m.name = QStringLiteral("并发") + m.code;
        m.role = team::Role::TechnicalSupport;
        m.hireDate = QDate(2025, 3, 1);
        if (auto s = team::StaffRepository(db).create(m); !s) {
            err << s.error().message << Qt::endl;
            return 7;
        }
    }
    QTextStream(stdout) << "stale " << stale << Qt::endl;
    return 0;
}
