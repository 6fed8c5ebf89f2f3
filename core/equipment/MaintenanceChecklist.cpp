// SPDX-License-Identifier: GPL-3.0-or-later
#include "MaintenanceChecklist.h"

#include "inspection/InspectionRepository.h"
#include "inspection/InspectionWorkflow.h"
#include "inspection/TemplateRepository.h"

namespace servicelens::equipment {

using namespace inspection;

Result<qint64> MaintenanceChecklist::start(Database &db, const Equipment &piece,
                                           const MaintenancePlan &plan,
                                           std::optional<qint64> resume)
{
    if (resume) {
        auto draft = InspectionRepository(db).findById(*resume);
        if (!draft)
            return draft.error();
        if (*draft && (*draft)->status == InspectionStatus::Draft)
            return *resume;
    }
    if (plan.templateCode.isEmpty())
        return makeError(ErrorKind::InvalidInput,
                         tr("The plan %1 has no checklist.").arg(plan.name));
    auto t = TemplateRepository(db).latest(plan.templateCode);
    if (!t)
        return t.error();
    if (!*t)
        return makeError(
            ErrorKind::NotFound,
            tr("The plan's checklist %1 is not among the templates.").arg(plan.templateCode));
    if ((*t)->kind != TemplateKind::Maintenance)
        return makeError(ErrorKind::InvalidInput,
                         tr("%1 is a branch inspection's template, not a maintenance checklist.")
                             .arg(plan.templateCode));
    Inspection i;
    i.templateId = (*t)->id;
    i.branchId = piece.branchId;
    i.note = QStringLiteral("%1 %2 · %3").arg(piece.code, piece.name, plan.name);
    if (auto s = InspectionWorkflow(db).start(i); !s)
        return s.error();
    return i.id;
}

Result<std::optional<bool>> MaintenanceChecklist::outcome(Database &db, qint64 inspectionId)
{
    auto i = InspectionRepository(db).findById(inspectionId);
    if (!i)
        return i.error();
    if (!*i || (*i)->status != InspectionStatus::Completed)
        return std::optional<bool>();
    return std::optional<bool>((*i)->passed.value_or(false));
}

Status MaintenanceChecklist::discard(Database &db, qint64 inspectionId)
{
    return InspectionWorkflow(db).discardDraft(inspectionId);
}

} // namespace servicelens::equipment
