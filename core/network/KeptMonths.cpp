// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeptMonths.h"

#include "kpi/KpiEngine.h"
#include "kpi/MonthTallies.h"
#include "org/Branch.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/FastQuery.h"

#include <QByteArrayList>

#include <algorithm>

namespace servicelens::network {

namespace {

// The times a branch's rows count at in its months' figures (KPI.md): an order from its
// receipt (its closing and the backlogs after come later), a survey from its invitation or
// its response, an inspection at its completion, a corrective action from its creation.
struct TimeColumn {
    const char *table;
    const char *column;
};
constexpr TimeColumn timeColumns[] = {{"service_order", "received_at"},
                                      {"survey_response", "sent_at"},
                                      {"survey_response", "responded_at"},
                                      {"inspection", "completed_at"},
                                      {"corrective_action", "created_at"}};

std::optional<qint64> earlier(std::optional<qint64> a, std::optional<qint64> b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return std::min(*a, *b);
}

// The smallest value of the one column the statement gives, or nullopt.
Result<std::optional<qint64>> smallest(Database &db, const QByteArray &sql,
                                       std::optional<qint64> branchId = std::nullopt)
{
    FastQuery q(db, sql.constData());
    if (branchId)
        q.bind(1, *branchId);
    std::optional<qint64> out;
    if (q.next() && !q.isNull(0))
        out = q.int64(0);
    if (!q.status())
        return q.status().error();
    return out;
}

} // namespace

KeptMonths::KeptMonths(Database &store)
    : m_db(store)
    , m_kept(kpi::MonthTallies(store).kept())
{}

Status KeptMonths::begin()
{
    if (!m_kept)
        return {};
    auto before = kpi::MonthTallies(m_db).hold();
    if (!before)
        return before.error();
    m_before = *before;
    return {};
}

Status KeptMonths::noteTouched(qint64 branchId)
{
    if (!m_kept)
        return {};
    QByteArrayList parts;
    for (const TimeColumn &c : timeColumns) {
        const QByteArray table(c.table), column(c.column);
        parts << "SELECT min(" + column + ") AS t FROM pack." + table;
        parts << "SELECT min(s." + column + ") FROM main." + table + " s JOIN pack." + table +
                     " x ON x.uid = s.uid";
        parts << "SELECT min(s." + column + ") FROM main." + table +
                     " s WHERE s.uid IN (SELECT entity_uid FROM pack.audit_log WHERE action = "
                     "'delete' AND entity = '" +
                     table + "')";
    }
    auto touched = smallest(m_db, "SELECT min(t) FROM (" + parts.join(" UNION ALL ") + ") AS m");
    if (!touched)
        return touched.error();
    m_touched = *touched;
    // An action due in a month counts there (on time or not) even if made later; due_date is
    // a day of the branch's calendar.
    FastQuery dueDate(m_db, "SELECT min(d) FROM (SELECT min(due_date) AS d FROM "
                            "pack.corrective_action UNION ALL SELECT min(s.due_date) FROM "
                            "main.corrective_action s JOIN pack.corrective_action x ON x.uid = "
                            "s.uid UNION ALL SELECT min(s.due_date) FROM main.corrective_action s "
                            "WHERE s.uid IN (SELECT entity_uid FROM pack.audit_log WHERE action = "
                            "'delete' AND entity = 'corrective_action')) AS m");
    if (dueDate.next() && !dueDate.isNull(0)) {
        auto branch = BranchRepository(m_db).findById(branchId);
        if (!branch)
            return branch.error();
        const QDate day = QDate::fromString(dueDate.text(0), Qt::ISODate);
        if (*branch && day.isValid())
            m_touched = earlier(m_touched, (*branch)->localTime().startOfDay(day));
    }
    return dueDate.status();
}

Result<std::optional<qint64>> KeptMonths::branchStart(qint64 branchId) const
{
    std::optional<qint64> start;
    for (const TimeColumn &c : timeColumns) {
        auto first = smallest(m_db,
                              "SELECT min(" + QByteArray(c.column) + ") FROM main." +
                                  QByteArray(c.table) + " WHERE branch_id = ?1",
                              branchId);
        if (!first)
            return first.error();
        start = earlier(start, *first);
    }
    return start;
}

Status KeptMonths::end(qint64 branchId, bool everyMonth)
{
    if (!m_kept)
        return {};
    kpi::MonthTallies tallies(m_db);
    auto after = tallies.current();
    if (!after)
        return after.error();
    if (auto s = tallies.carry(m_before, *after); !s)
        return s;

    auto branch = BranchRepository(m_db).findById(branchId);
    if (!branch)
        return branch.error();
    if (!*branch)
        return {};
    const LocalTime local = (*branch)->localTime();
    const auto monthOf = [&](qint64 t) {
        const QDate day = local.localDate(t);
        return QDate(day.year(), day.month(), 1);
    };
    // Every month counted again (the months moved to another zone, or a row changed whose
    // times are not looked up): the branch's tallies are dropped first, none outlives it.
    if (everyMonth)
        if (auto s = tallies.forget(branchId); !s)
            return s;
    auto start = branchStart(branchId);
    if (!start)
        return start.error();
    std::optional<QDate> first, touched;
    if (*start)
        first = monthOf(**start);
    if (everyMonth)
        touched = first;
    else if (m_touched)
        touched = monthOf(*m_touched);
    if (!first && !touched)
        return {}; // nothing of the branch counts in any month
    const QDate last = monthOf(m_db.clock().nowSecsSinceEpoch());

    // The branch's months with a valid tally now (after the carry) stay unless touched; any
    // other month (new, or left invalid by a change at head office) is counted. From the
    // earlier of its first month and the first touched: a pack that deletes all of the
    // branch's earliest month leaves that month to be counted again (empty).
    auto valid = tallies.validMonths(branchId, *after);
    if (!valid)
        return valid.error();
    const QDate from = first && touched ? std::min(*first, *touched) : first ? *first : *touched;
    std::vector<QDate> months;
    for (QDate m = from; m <= last; m = m.addMonths(1))
        if ((touched && m >= *touched) ||
            std::find(valid->begin(), valid->end(), LocalTime::monthKey(m)) == valid->end())
            months.push_back(m);
    return kpi::KpiEngine(m_db).keepMonths(**branch, months, *after);
}

} // namespace servicelens::network
