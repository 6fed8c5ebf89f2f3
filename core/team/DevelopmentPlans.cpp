// SPDX-License-Identifier: GPL-3.0-or-later
#include "DevelopmentPlans.h"

#include "ReviewCycles.h"
#include "ReviewResults.h"
#include "storage/AuditedWrite.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/UidGenerator.h"
#include "storage/WriteTransaction.h"

#include <QJsonObject>

#include <algorithm>

namespace servicelens::team {

namespace {

const char *const outcomeCodes[] = {"open", "achieved", "partly", "not_achieved", "dropped"};

const QString selectGoal =
    QStringLiteral("SELECT id, uid, cycle_id, staff_id, competency, goal, actions, due_on, "
                   "outcome, reviewed_in, review_note FROM development_goal ");

DevelopmentGoal goalOf(const SqlQuery &q)
{
    DevelopmentGoal g;
    g.id = q.value(0).toLongLong();
    g.uid = q.value(1).toString();
    g.cycleId = q.value(2).toLongLong();
    g.staffId = q.value(3).toLongLong();
    g.competency = q.value(4).toString();
    g.goal = q.value(5).toString();
    g.actions = q.value(6).toString();
    g.dueOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    g.outcome = GoalOutcomeNames::parse(q.value(8).toString()).value_or(GoalOutcome::Open);
    g.reviewedIn = q.optionalId(9);
    g.reviewNote = q.value(10).toString();
    return g;
}

QJsonObject jsonOf(const DevelopmentGoal &g)
{
    return {
        {QStringLiteral("cycle_id"), double(g.cycleId)},
        {QStringLiteral("staff_id"), double(g.staffId)},
        {QStringLiteral("competency"), g.competency},
        {QStringLiteral("goal"), g.goal},
        {QStringLiteral("actions"), g.actions},
        {QStringLiteral("due_on"), g.dueOn.isValid() ? g.dueOn.toString(Qt::ISODate) : QString()},
        {QStringLiteral("outcome"), GoalOutcomeNames::code(g.outcome)},
        {QStringLiteral("review_note"), g.reviewNote}};
}

} // namespace

QString GoalOutcomeNames::code(GoalOutcome outcome)
{
    return QString::fromLatin1(outcomeCodes[int(outcome)]);
}

const char *GoalOutcomeNames::labelSource(GoalOutcome outcome)
{
    switch (outcome) {
    case GoalOutcome::Open:
        return QT_TR_NOOP("Open");
    case GoalOutcome::Achieved:
        return QT_TR_NOOP("Achieved");
    case GoalOutcome::Partly:
        return QT_TR_NOOP("Partly achieved");
    case GoalOutcome::NotAchieved:
        return QT_TR_NOOP("Not achieved");
    case GoalOutcome::Dropped:
        break;
    }
    return QT_TR_NOOP("Dropped");
}

QString GoalOutcomeNames::label(GoalOutcome outcome)
{
    return tr(labelSource(outcome));
}

std::optional<GoalOutcome> GoalOutcomeNames::parse(const QString &code)
{
    for (int i = 0; i < 5; ++i)
        if (code == QLatin1String(outcomeCodes[i]))
            return GoalOutcome(i);
    return std::nullopt;
}

Result<std::vector<DevelopmentGoal>> DevelopmentPlans::plan(qint64 cycleId, qint64 staffId) const
{
    SqlQuery q(m_db, selectGoal + QStringLiteral("WHERE cycle_id = :cycle AND staff_id = :staff "
                                                 "ORDER BY position"));
    q.bind(QStringLiteral(":cycle"), cycleId).bind(QStringLiteral(":staff"), staffId);
    return q.all<DevelopmentGoal>(goalOf);
}

Result<std::vector<DevelopmentGoal>> DevelopmentPlans::plans(qint64 cycleId) const
{
    SqlQuery q(m_db, selectGoal + QStringLiteral("WHERE cycle_id = :cycle ORDER BY staff_id, "
                                                 "position"));
    q.bind(QStringLiteral(":cycle"), cycleId);
    return q.all<DevelopmentGoal>(goalOf);
}

Status DevelopmentPlans::setPlan(qint64 cycleId, qint64 staffId, std::vector<DevelopmentGoal> goals)
{
    auto competencies = ReviewResults::competencies(m_db, cycleId);
    if (!competencies)
        return competencies.error();
    for (std::size_t i = 0; i < goals.size(); ++i) {
        DevelopmentGoal &g = goals[i];
        g.goal = g.goal.trimmed();
        g.actions = g.actions.trimmed();
        if (g.goal.isEmpty())
            return makeError(ErrorKind::InvalidInput,
                             tr("Goal %1 has no words: say what is to be reached.").arg(i + 1));
        if (!g.competency.isEmpty() && std::find(competencies->begin(), competencies->end(),
                                                 g.competency) == competencies->end())
            return makeError(ErrorKind::InvalidInput,
                             tr("Goal %1 names a competency the cycle's questionnaire does not "
                                "rate.")
                                 .arg(i + 1));
    }
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto current = plan(cycleId, staffId);
    if (!current)
        return current.error();
    for (const DevelopmentGoal &g : *current)
        if (g.reviewedIn)
            return makeError(ErrorKind::InvalidInput,
                             tr("This plan was reviewed at a later cycle and no longer changes."));
    for (const DevelopmentGoal &g : *current) {
        SqlQuery del(m_db, QStringLiteral("DELETE FROM development_goal WHERE id = :id"));
        del.bind(QStringLiteral(":id"), g.id);
        if (auto w = auditedWrite(m_db, del, false, QStringLiteral("development_goal"), g.uid,
                                  jsonOf(g), {});
            !w)
            return w.error();
    }
    const qint64 now = m_db.clock().nowSecsSinceEpoch();
    int position = 0;
    for (DevelopmentGoal &g : goals) {
        g.cycleId = cycleId;
        g.staffId = staffId;
        g.uid = m_db.uids().next();
        g.outcome = GoalOutcome::Open;
        g.reviewedIn.reset();
        g.reviewNote.clear();
        SqlQuery ins(m_db, QStringLiteral(
                               "INSERT INTO development_goal (uid, cycle_id, staff_id, position, "
                               "competency, goal, actions, due_on, created_at, updated_at) VALUES "
                               "(:uid, :cycle, :staff, :position, :competency, :goal, :actions, "
                               ":due, :now, :now)"));
        ins.bind(QStringLiteral(":uid"), g.uid)
            .bind(QStringLiteral(":cycle"), cycleId)
            .bind(QStringLiteral(":staff"), staffId)
            .bind(QStringLiteral(":position"), ++position)
            .bind(QStringLiteral(":competency"), g.competency)
            .bind(QStringLiteral(":goal"), g.goal)
            .bind(QStringLiteral(":actions"), g.actions)
            .bind(QStringLiteral(":due"), g.dueOn.isValid()
                                              ? QVariant(g.dueOn.toString(Qt::ISODate))
                                              : QVariant(QMetaType(QMetaType::QString)))
            .bind(QStringLiteral(":now"), now);
        auto id =
            auditedWrite(m_db, ins, true, QStringLiteral("development_goal"), g.uid, {}, jsonOf(g));
        if (!id)
            return id.error();
        g.id = *id;
    }
    return tx.commit();
}

Status DevelopmentPlans::review(qint64 goalId, qint64 cycleId, GoalOutcome outcome,
                                const QString &note)
{
    if (outcome == GoalOutcome::Open)
        return makeError(ErrorKind::InvalidInput,
                         tr("A review says how the goal went: achieved, partly, not, or dropped."));
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    SqlQuery q(m_db, selectGoal + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), goalId);
    auto found = q.first<DevelopmentGoal>(goalOf);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorKind::NotFound, tr("This goal no longer exists."));
    const DevelopmentGoal before = **found;
    auto planCycle = ReviewCycles(m_db).find(before.cycleId);
    auto reviewCycle = ReviewCycles(m_db).find(cycleId);
    if (!planCycle)
        return planCycle.error();
    if (!reviewCycle)
        return reviewCycle.error();
    if (reviewCycle->branchId != planCycle->branchId || reviewCycle->opensOn < planCycle->opensOn ||
        reviewCycle->id == planCycle->id)
        return makeError(ErrorKind::InvalidInput,
                         tr("A goal is reviewed at a later cycle than the one it followed."));
    DevelopmentGoal after = before;
    after.outcome = outcome;
    after.reviewedIn = cycleId;
    after.reviewNote = note.trimmed();
    SqlQuery up(m_db, QStringLiteral("UPDATE development_goal SET outcome = :outcome, reviewed_in "
                                     "= :cycle, review_note = :note, updated_at = :now WHERE id "
                                     "= :id"));
    up.bind(QStringLiteral(":outcome"), GoalOutcomeNames::code(outcome))
        .bind(QStringLiteral(":cycle"), cycleId)
        .bind(QStringLiteral(":note"), after.reviewNote)
        .bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch())
        .bind(QStringLiteral(":id"), goalId);
    if (auto w = auditedWrite(m_db, up, false, QStringLiteral("development_goal"), before.uid,
                              jsonOf(before), jsonOf(after));
        !w)
        return w.error();
    return tx.commit();
}

} // namespace servicelens::team
