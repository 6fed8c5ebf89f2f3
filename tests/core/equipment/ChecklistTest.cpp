// SPDX-License-Identifier: GPL-3.0-or-later
// A maintenance plan's checklist (issue 22): an inspection of the shipped maintenance template,
// scored as the branch's inspections are (a failed critical item fails it), noting the piece,
// and kept out of the branch's inspection figures; a branch template is refused as a checklist.
#include "TestSupport.h"

#include "equipment/Equipment.h"
#include "equipment/MaintenanceChecklist.h"
#include "equipment/MaintenanceLog.h"
#include "inspection/InspectionRepository.h"
#include "inspection/InspectionWorkflow.h"
#include "inspection/TemplateRepository.h"
#include "kpi/KpiEngine.h"

using namespace servicelens;
using namespace servicelens::equipment;
using namespace servicelens::inspection;
using namespace servicelens::test;

namespace {

// Answers every scored item pass, but `failing` fail.
void answerAll(Database &db, qint64 inspectionId, const InspectionTemplate &t,
               const QString &failing = QString())
{
    InspectionWorkflow workflow(db);
    for (const TemplateSection &s : t.sections)
        for (const TemplateItem &item : s.items) {
            if (!item.scored())
                continue;
            Answer a;
            a.itemId = item.id;
            a.itemCode = item.code;
            a.passed = item.code != failing;
            REQUIRE(workflow.saveAnswer(inspectionId, a).ok());
        }
}

} // namespace

TEST_CASE("A maintenance checklist is scored like an inspection and kept out of the branch's "
          "inspection figures",
          "[equipment][checklist]")
{
    TempWorkbook t(QStringLiteral("保养检查表.servicelens"));
    const Branch branch = *t.wb->defaultBranch();
    auto checklist = TemplateRepository(t.db).latest(QStringLiteral("equipment-maintenance"));
    REQUIRE(checklist.ok());
    REQUIRE(checklist->has_value());
    CHECK((*checklist)->kind == TemplateKind::Maintenance);
    Equipment piece;
    piece.branchId = branch.id;
    piece.code = QStringLiteral("T-01");
    piece.name = QStringLiteral("压缩机测试台");
    REQUIRE(EquipmentRegister(t.db).save(piece).ok());
    MaintenancePlan plan;
    plan.branchId = branch.id;
    plan.equipmentId = piece.id;
    plan.name = QStringLiteral("月度保养");
    plan.schedule = {Cadence::Monthly, 0, 10};
    plan.since = QDate(2026, 1, 1);
    plan.templateCode = QStringLiteral("equipment-maintenance");
    REQUIRE(MaintenanceLog(t.db).savePlan(plan).ok());

    // All passed: it passes, noting the piece; a draft resumed is the same one.
    auto first = MaintenanceChecklist::start(t.db, piece, plan);
    REQUIRE(first.ok());
    CHECK(*MaintenanceChecklist::start(t.db, piece, plan, *first) == *first);
    CHECK((*InspectionRepository(t.db).findById(*first))->note ==
          QStringLiteral("T-01 压缩机测试台 · 月度保养"));
    CHECK_FALSE(MaintenanceChecklist::outcome(t.db, *first)->has_value()); // a draft
    answerAll(t.db, *first, **checklist);
    const qint64 now = t.clock.nowSecsSinceEpoch();
    REQUIRE(InspectionWorkflow(t.db).complete(*first, now).ok());
    CHECK(*MaintenanceChecklist::outcome(t.db, *first) == std::optional<bool>(true));

    // A damaged power cord, a critical item: it fails whatever the score.
    auto second = MaintenanceChecklist::start(t.db, piece, plan, *first); // completed: a new one
    REQUIRE(second.ok());
    CHECK(*second != *first);
    answerAll(t.db, *second, **checklist, QStringLiteral("check.cables"));
    REQUIRE(InspectionWorkflow(t.db).complete(*second, now).ok());
    CHECK(*MaintenanceChecklist::outcome(t.db, *second) == std::optional<bool>(false));

    // The month's inspection figures count the branch's inspections alone.
    auto k = kpi::KpiEngine(t.db).compute(branch, QDate(2026, 11, 1));
    REQUIRE(k.ok());
    CHECK(k->inspections.completed == 0);
    CHECK(k->inspections.failed == 0);
    auto branchTemplate = TemplateRepository(t.db).latest(QStringLiteral("branch-ops-monthly"));
    Inspection ops;
    ops.templateId = (*branchTemplate)->id;
    ops.branchId = branch.id;
    REQUIRE(InspectionWorkflow(t.db).start(ops).ok());
    answerAll(t.db, ops.id, **branchTemplate);
    REQUIRE(InspectionWorkflow(t.db).complete(ops.id, now).ok());
    k = kpi::KpiEngine(t.db).compute(branch, QDate(2026, 11, 1));
    REQUIRE(k.ok());
    CHECK(k->inspections.completed == 1);

    // A branch inspection's template is no checklist; a draft discarded is gone.
    MaintenancePlan wrong = plan;
    wrong.templateCode = QStringLiteral("branch-ops-monthly");
    CHECK_FALSE(MaintenanceChecklist::start(t.db, piece, wrong).ok());
    auto draft = MaintenanceChecklist::start(t.db, piece, plan);
    REQUIRE(draft.ok());
    REQUIRE(MaintenanceChecklist::discard(t.db, *draft).ok());
    CHECK_FALSE(InspectionRepository(t.db).findById(*draft)->has_value());
}
