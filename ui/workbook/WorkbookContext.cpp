// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkbookContext.h"

#include "storage/Clock.h"
#include "storage/Database.h"
#include "workbook/Workbook.h"

namespace servicelens::ui {

WorkbookContext::WorkbookContext(QObject *parent)
    : QObject(parent)
{}

void WorkbookContext::setWorkbook(Workbook *workbook)
{
    m_workbook = workbook;
    m_branches.clear();
    m_branchProblem = {};
    if (m_workbook) {
        auto branches = BranchRepository(m_workbook->database()).list();
        if (!branches)
            m_branchProblem = branches.error();
        else if (branches->empty())
            m_branchProblem = makeError(ErrorKind::NotFound, tr("The workbook has no branch."));
        else
            m_branches = std::move(*branches);
    }
    // The branch chosen before stays chosen when the workbook still has it.
    bool known = false;
    for (const Branch &b : m_branches)
        known = known || b.id == m_branchId;
    if (!known)
        m_branchId = m_branches.empty() ? 0 : m_branches.front().id;
    emit workbookChanged();
}

Database *WorkbookContext::database() const
{
    return m_workbook ? &m_workbook->database() : nullptr;
}

Result<Branch> WorkbookContext::branch() const
{
    for (const Branch &b : m_branches)
        if (b.id == m_branchId)
            return b;
    if (!m_workbook)
        return makeError(ErrorKind::NotFound, tr("No workbook is open."));
    return m_branchProblem;
}

void WorkbookContext::chooseBranch(qint64 branchId)
{
    if (branchId == m_branchId)
        return;
    for (const Branch &b : m_branches)
        if (b.id == branchId) {
            m_branchId = branchId;
            emit workbookChanged();
            return;
        }
}

LocalTime WorkbookContext::localTime() const
{
    auto b = branch();
    return (b ? *b : Branch()).localTime();
}

QDate WorkbookContext::today() const
{
    if (!m_workbook)
        return {};
    return localTime().localDate(m_workbook->database().clock().nowSecsSinceEpoch());
}

QDate WorkbookContext::lastFullMonth() const
{
    const QDate now = today();
    return now.isValid() ? QDate(now.year(), now.month(), 1).addMonths(-1) : QDate();
}

void WorkbookContext::notify(Changes what)
{
    emit dataChanged(what);
}

} // namespace servicelens::ui
