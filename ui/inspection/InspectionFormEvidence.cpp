// SPDX-License-Identifier: GPL-3.0-or-later
// What an inspection item's answer rests on and leads to: the orders sampled as its evidence
// (or, for an equipment item, the equipment's status), and the corrective action it raises.
#include "InspectionForm.h"

#include "ActionDialog.h"
#include "EquipmentEvidence.h"
#include "EvidenceDialog.h"
#include "InspectionItemPage.h"
#include "common/LocalTime.h"
#include "inspection/EvidenceSampler.h"
#include "inspection/InspectionWorkflow.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "widgets/ErrorMessage.h"

namespace servicelens::ui {

using namespace inspection;

void InspectionForm::sampleEvidence()
{
    const TemplateItem *item = m_session.currentItem();
    if (!item)
        return;
    if (EquipmentEvidence::applies(m_session, *item)) { // the equipment's status, not orders
        if (auto note = EquipmentEvidence::ask(this, m_db, m_session, m_itemPage->note())) {
            Answer a = m_session.currentAnswer();
            a.note = *note;
            save(a);
            showAnswer();
        }
        return;
    }
    const LocalTime local = m_session.localTime();
    EvidenceSampler sampler(m_db);
    auto kept = InspectionRepository(m_db).evidence(m_id, item->id);
    std::vector<qint64> ids = kept ? *kept : std::vector<qint64>();
    const bool draft = m_session.draft();
    // A draft samples more (the rule is the sampler's); a completed inspection shows its own.
    const auto sample = draft ? sampler.forInspection(m_session.inspection().branchId, local,
                                                      m_session.inspection().startedAt,
                                                      m_db.clock().nowSecsSinceEpoch(), ids)
                              : sampler.byIds(ids);
    if (!sample) {
        showError(this, tr("Sample orders"), sample.error());
        return;
    }

    EvidenceDialog dialog(*sample, ids, draft, local, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ids = dialog.keptAfter(std::move(ids));
    if (auto s = InspectionWorkflow(m_db).setEvidence(m_id, item->id, ids); !s)
        showError(this, tr("Sample orders"), s.error());
    showAnswer();
}

void InspectionForm::createAction()
{
    const TemplateItem *item = m_session.currentItem();
    if (!item)
        return;
    const Answer a = m_session.currentAnswer();
    CorrectiveAction action;
    action.branchId = m_session.inspection().branchId;
    action.source = ActionSource::Inspection;
    action.inspectionId = m_id;
    action.itemId = item->id;
    action.description = a.note.isEmpty() ? itemTitle(*item)
                                          : QStringLiteral("%1: %2").arg(itemTitle(*item), a.note);
    action.priority = item->critical ? flow::Priority::Urgent : flow::Priority::Normal;
    action.due = m_session.localTime()
                     .localDate(m_db.clock().nowSecsSinceEpoch())
                     .addDays(item->critical ? 3 : 7);
    ActionDialog dialog(m_db, action, this);
    if (dialog.exec() == QDialog::Accepted)
        attachmentsChanged();
}

} // namespace servicelens::ui
