// SPDX-License-Identifier: GPL-3.0-or-later
// A completed inspection's seal: fixed at completion and amendment, broken by any change made
// outside ServiceLens to what was found (answers, notes, photos, evidence, score).
#include "TestSupport.h"

#include "flow/OrderRepository.h"
#include "inspection/InspectionSeal.h"
#include "inspection/InspectionWorkflow.h"
#include "inspection/TemplateRepository.h"
#include "workbook/WorkbookCheck.h"

#include <sqlite3.h>

using namespace servicelens;
using namespace servicelens::inspection;
using namespace servicelens::test;

namespace {

qint64 at(int d, int h)
{
    return QDateTime(QDate(2026, 10, d), QTime(h, 0), QTimeZone("Asia/Shanghai"))
        .toSecsSinceEpoch();
}

} // namespace

TEST_CASE("A completed inspection is sealed, a change outside ServiceLens breaks the seal",
          "[inspection][seal]")
{
    TempFolder dir;
    FixedClock clock(referenceNowMsecs());
    const QString path = dir.file(QStringLiteral("封存.servicelens"));
    qint64 id = 0;
    QString uid;
    QString sealed;
    {
        auto wb = createWorkbook(path, clock);
        Database &db = wb->database();
        const InspectionTemplate t =
            **TemplateRepository(db).latest(QStringLiteral("branch-ops-monthly"));
        InspectionRepository repo(db);
        InspectionWorkflow workflow(db);
        Inspection i;
        i.templateId = t.id;
        i.branchId = wb->defaultBranch()->id;
        i.startedAt = at(12, 9);
        REQUIRE(workflow.start(i).ok());
        id = i.id;
        uid = i.uid;
        for (const TemplateSection &s : t.sections)
            for (const TemplateItem &item : s.items) {
                Answer a;
                a.itemCode = item.code;
                if (item.type == ItemType::PassFail)
                    a.passed = true;
                else if (item.type == ItemType::Rating5)
                    a.rating = 4;
                else if (item.type == ItemType::Number)
                    a.number = 3;
                else if (item.type == ItemType::Text)
                    a.text = QStringLiteral("维修区整洁");
                else
                    continue;
                a.note = QStringLiteral("备注：") + item.code;
                REQUIRE(workflow.saveAnswer(i.id, a).ok());
            }
        REQUIRE(workflow
                    .addPhoto(i.id, t.item(QStringLiteral("equipment.photo"))->id,
                              QStringLiteral("仪器.jpg"), QByteArray(3000, 'p'), "t")
                    .ok());
        flow::ServiceOrder order;
        order.branchId = i.branchId;
        order.orderNo = QStringLiteral("SO-封存-1");
        order.times.received = at(3, 10);
        order.times.closed = at(5, 10);
        order.status = flow::OrderStatus::Closed;
        REQUIRE(flow::OrderRepository(db).insert(order).ok());
        REQUIRE(
            workflow.setEvidence(i.id, t.item(QStringLiteral("flow.chain"))->id, {order.id}).ok());

        // A draft has no seal; completion fixes it, over exactly what is stored.
        CHECK((*repo.findById(id))->contentHash.isEmpty());
        REQUIRE(workflow.complete(id, at(12, 11)).ok());
        sealed = (*repo.findById(id))->contentHash;
        CHECK(sealed.size() == 64);
        CHECK(QString::fromLatin1(*InspectionSeal::compute(db.handle(), id)) == sealed);

        // An amendment is a change made by ServiceLens: sealed anew, the seal in its audit.
        REQUIRE(workflow
                    .amend(
                        id,
                        [] {
                            Answer a;
                            a.itemCode = QStringLiteral("flow.site");
                            a.passed = false;
                            return a;
                        }(),
                        QStringLiteral("复查发现现场未分区"))
                    .ok());
        const QString amended = (*repo.findById(id))->contentHash;
        CHECK(amended != sealed);
        CHECK(QString::fromLatin1(*InspectionSeal::compute(db.handle(), id)) == amended);
        sealed = amended;
    }
    auto fine = WorkbookCheck::verifyInspectionSeals(path);
    REQUIRE(fine.ok());
    CHECK(fine->sealed == 1);
    CHECK(fine->intact());
    CHECK(WorkbookCheck::verifyFile(path)->isEmpty());

    const QByteArray original = fileBytes(path);
    const char *edits[] = {
        "UPDATE inspection_answer SET passed = 1 WHERE item_id = (SELECT id FROM inspection_item "
        "WHERE code = 'flow.site' ORDER BY id DESC LIMIT 1)",
        "UPDATE inspection_answer SET note = note || '.' WHERE rowid = (SELECT min(rowid) FROM "
        "inspection_answer)",
        "UPDATE inspection SET score = 100",
        "UPDATE inspection_photo SET image = zeroblob(3000)",
        "DELETE FROM inspection_evidence",
        "DELETE FROM inspection_answer WHERE rowid = (SELECT max(rowid) FROM inspection_answer)",
        "UPDATE inspection SET completed_at = completed_at + 3600",
    };
    for (const char *edit : edits) {
        DYNAMIC_SECTION(edit)
        {
            writeFile(path, original);
            execOutside(path, edit);
            auto broken = WorkbookCheck::verifyInspectionSeals(path);
            REQUIRE(broken.ok());
            REQUIRE(broken->broken.size() == 1);
            CHECK(broken->broken.front().contains(uid));
            CHECK(broken->broken.front().contains(InspectionSeal::shortForm(sealed)));
            // `check` fails on it too.
            auto problems = WorkbookCheck::verifyFile(path);
            REQUIRE(problems.ok());
            CHECK(problems->contains(broken->broken.front()));
        }
    }
}

TEST_CASE("The seal's short form groups its first sixteen digits", "[inspection][seal]")
{
    CHECK(InspectionSeal::shortForm(QStringLiteral("0123456789abcdef0123")) ==
          QStringLiteral("0123 4567 89ab cdef"));
    CHECK(InspectionSeal::shortForm(QString()).isEmpty());
}
