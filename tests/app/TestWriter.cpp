// SPDX-License-Identifier: GPL-3.0-or-later
// A second program writing to a workbook, for the concurrency and crash tests.
//
//   servicelens_test_writer edit-order DB ORDER_NO TAG ROUNDS [--blind]
//     Edits one order the way the order form does (read it, change it, save it over what was
//     read) ROUNDS times; on a Stale answer it reads again and redoes its change, as a person
//     would. Each round appends TAG to the description, adds one to the visits and adds one
//     staff member (so both processes append to the audit trail). --blind saves without the
//     check, to show what the check prevents.
//   servicelens_test_writer fill-inspection DB
//     Fills an inspection the way the inspection form does: resumes the draft (or starts one),
//     saves the scripted answers one at a time, each in its own transaction, then completes it.
#include "InspectionScript.h"

#include "flow/OrderRepository.h"
#include "inspection/InspectionWorkflow.h"
#include "inspection/TemplateRepository.h"
#include "org/Staff.h"
#include "storage/Database.h"
#include "workbook/Workbook.h"

#include <QCoreApplication>
#include <QDate>
#include <QTextStream>
#include <QThread>

using namespace servicelens;

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const Error &e, int code)
{
    err() << e.message << ' ' << e.detail << Qt::endl;
    return code;
}

int editOrder(Workbook &wb, const QString &orderNo, const QString &tag, int rounds, bool blind)
{
    Database &db = wb.database();
    flow::OrderRepository orders(db);
    auto found = orders.findByOrderNo(wb.defaultBranch()->id, orderNo);
    if (!found || !found->has_value())
        return 3;
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
            if (s.error().kind != ErrorKind::Stale && s.error().kind != ErrorKind::Locked)
                return fail(s.error(), 6);
            ++stale;
        }
        org::StaffMember m;
        m.code = tag + QString::number(round);
        m.name = QStringLiteral("并发") + m.code;
        m.role = org::Role::TechnicalSupport;
        m.hireDate = QDate(2025, 3, 1);
        if (auto s = org::StaffRepository(db).create(m); !s)
            return fail(s.error(), 7);
    }
    QTextStream(stdout) << "stale " << stale << Qt::endl;
    return 0;
}

int fillInspection(Workbook &wb)
{
    using namespace inspection;
    Database &db = wb.database();
    InspectionRepository repo(db);
    InspectionWorkflow workflow(db);
    auto t = TemplateRepository(db).latest(QStringLiteral("branch-ops-monthly"));
    if (!t || !t->has_value())
        return 3;
    const InspectionTemplate &tpl = **t;
    auto list = repo.list(wb.defaultBranch()->id);
    if (!list)
        return fail(list.error(), 4);
    qint64 id = 0;
    for (const InspectionListRow &row : *list)
        if (row.inspection.status == InspectionStatus::Draft)
            id = row.inspection.id;
    if (id == 0) {
        Inspection i;
        i.templateId = tpl.id;
        i.branchId = wb.defaultBranch()->id;
        i.startedAt = test::scriptedCompletion - 3600;
        if (auto s = workflow.start(i); !s)
            return fail(s.error(), 5);
        id = i.id;
    }
    auto given = repo.answers(id);
    if (!given)
        return fail(given.error(), 6);
    QSet<QString> answered;
    for (const Answer &a : *given)
        answered.insert(a.itemCode);
    for (const TemplateSection &section : tpl.sections)
        for (const TemplateItem &item : section.items) {
            const auto answer = test::scriptedAnswer(item);
            if (!answer || answered.contains(item.code))
                continue;
            if (auto s = workflow.saveAnswer(id, *answer); !s)
                return fail(s.error(), 7);
            QThread::msleep(10); // a person answering
        }
    if (auto r = workflow.complete(id, test::scriptedCompletion); !r)
        return fail(r.error(), 8);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    auto wb = Workbook::open(args[2]);
    if (!wb)
        return fail(wb.error(), 4);
    if (args[1] == QLatin1String("edit-order") && args.size() >= 6)
        return editOrder(**wb, args[3], args[4], args[5].toInt(),
                         args.contains(QStringLiteral("--blind")));
    if (args[1] == QLatin1String("fill-inspection"))
        return fillInspection(**wb);
    return 2;
}
