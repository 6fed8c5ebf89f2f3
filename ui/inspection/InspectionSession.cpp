// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectionSession.h"

#include "inspection/CorrectiveAction.h"
#include "inspection/InspectionWorkflow.h"
#include "inspection/TemplateRepository.h"
#include "org/Branch.h"
#include "storage/Clock.h"
#include "storage/Database.h"

#include <algorithm>

namespace servicelens::ui {

using namespace inspection;

InspectionSession::InspectionSession(Database &db, qint64 inspectionId)
    : m_db(db)
    , m_id(inspectionId)
    , m_zone(QString::fromLatin1(Branch::defaultTimeZone))
{}

Status InspectionSession::load()
{
    if (auto s = reloadInspection(); !s)
        return s;
    auto t = TemplateRepository(m_db).byId(m_inspection.templateId);
    if (!t)
        return t.error();
    if (!*t)
        return makeError(ErrorKind::NotFound, tr("No template."));
    m_template = std::move(**t);
    if (auto branch = BranchRepository(m_db).findById(m_inspection.branchId); branch && *branch)
        m_zone = (*branch)->timeZone;
    InspectionRepository repo(m_db);
    InspectionWorkflow workflow(m_db);
    if (auto answers = repo.answers(m_id))
        m_answers = std::move(*answers);
    if (auto previous = repo.previousFindings(m_inspection))
        m_previous = std::move(*previous);
    if (auto s = refreshAttachments(); !s)
        return s;
    m_order.clear();
    for (const TemplateSection &s : m_template.sections)
        for (const TemplateItem &i : s.items)
            m_order.push_back(&i);
    // Resume where the inspector stopped: the first item without an answer.
    m_index = 0;
    for (std::size_t i = 0; i < m_order.size(); ++i) {
        const Answer *a = nullptr;
        for (const Answer &x : m_answers)
            if (x.itemCode == m_order[i]->code)
                a = &x;
        if (!(a && a->answers(m_order[i]->type)) && m_order[i]->type != ItemType::Photo) {
            m_index = static_cast<int>(i);
            break;
        }
    }
    return {};
}

Status InspectionSession::reloadInspection()
{
    auto found = InspectionRepository(m_db).findById(m_id);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorKind::NotFound, tr("The inspection no longer exists."));
    m_inspection = **found;
    return {};
}

bool InspectionSession::move(int step)
{
    const int to = m_index + step;
    if (to < 0 || to >= itemCount())
        return false;
    m_index = to;
    return true;
}

void InspectionSession::moveTo(const QString &itemCode)
{
    for (std::size_t i = 0; i < m_order.size(); ++i)
        if (m_order[i]->code == itemCode)
            m_index = static_cast<int>(i);
}

void InspectionSession::moveSection(int step)
{
    const TemplateItem *item = currentItem();
    if (!item || m_template.sections.empty())
        return;
    const TemplateSection *section = m_template.sectionOf(item->code);
    int s = 0;
    for (std::size_t i = 0; i < m_template.sections.size(); ++i)
        if (&m_template.sections[i] == section)
            s = static_cast<int>(i);
    s = std::clamp(s + step, 0, static_cast<int>(m_template.sections.size()) - 1);
    const auto &target = m_template.sections[static_cast<std::size_t>(s)];
    if (!target.items.empty())
        moveTo(target.items.front().code);
}

const TemplateItem *InspectionSession::currentItem() const
{
    if (m_index < 0 || m_index >= itemCount())
        return nullptr;
    return m_order[static_cast<std::size_t>(m_index)];
}

QString InspectionSession::currentItemCode() const
{
    const TemplateItem *item = currentItem();
    return item ? item->code : QString();
}

Answer InspectionSession::currentAnswer() const
{
    const TemplateItem *item = currentItem();
    Answer a;
    if (!item)
        return a;
    for (const Answer &x : m_answers)
        if (x.itemCode == item->code)
            a = x;
    a.itemCode = item->code;
    a.itemId = item->id;
    return a;
}

Status InspectionSession::save(Answer answer)
{
    InspectionRepository repo(m_db);
    InspectionWorkflow workflow(m_db);
    answer.answeredAt = m_db.clock().nowSecsSinceEpoch();
    if (amending()) {
        if (auto r = workflow.amend(m_id, answer, m_amendReason); !r)
            return r.error();
        if (auto s = reloadInspection(); !s)
            return s;
    } else if (auto s = workflow.saveAnswer(m_id, answer); !s) {
        return s;
    }
    if (auto answers = repo.answers(m_id))
        m_answers = std::move(*answers);
    return {};
}

Status InspectionSession::complete()
{
    if (auto r = InspectionWorkflow(m_db).complete(m_id, m_db.clock().nowSecsSinceEpoch()); !r)
        return r.error();
    return reloadInspection();
}

ScoreResult InspectionSession::score() const
{
    return Scoring::score(m_template, m_answers);
}

int InspectionSession::answeredCount() const
{
    return static_cast<int>(std::count_if(m_order.begin(), m_order.end(), [this](const auto *i) {
        if (i->type == ItemType::Photo)
            return photoCount(i->code) > 0;
        return std::any_of(m_answers.begin(), m_answers.end(), [i](const Answer &a) {
            return a.itemCode == i->code && a.answers(i->type);
        });
    }));
}

Status InspectionSession::refreshAttachments()
{
    auto photos = InspectionRepository(m_db).photos(m_id);
    if (!photos)
        return photos.error();
    ActionFilter filter;
    filter.branchId = m_inspection.branchId;
    filter.inspectionId = m_id;
    auto actions = ActionRepository(m_db).list(filter);
    if (!actions)
        return actions.error();
    m_photos.clear();
    for (const PhotoInfo &p : *photos)
        if (const TemplateItem *item = m_template.itemById(p.itemId))
            ++m_photos[item->code];
    m_actions.clear();
    for (const ActionListRow &row : *actions)
        if (!row.itemCode.isEmpty())
            ++m_actions[row.itemCode];
    return {};
}

} // namespace servicelens::ui
