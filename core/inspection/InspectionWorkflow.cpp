// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectionWorkflow.h"

#include "InspectionSeal.h"
#include "Schedule.h"
#include "TemplateRepository.h"
#include "common/LocalTime.h"
#include "org/Branch.h"
#include "storage/AuditLog.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QJsonArray>
#include <QTimeZone>

namespace servicelens::inspection {

namespace {

const QString entity = QStringLiteral("inspection");

QJsonValue optionalJson(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonObject answerJson(const Answer &a)
{
    QJsonObject o{{QStringLiteral("item"), a.itemCode}};
    if (a.na)
        o.insert(QStringLiteral("value"), QStringLiteral("na"));
    else if (a.passed)
        o.insert(QStringLiteral("value"),
                 *a.passed ? QStringLiteral("pass") : QStringLiteral("fail"));
    else if (a.rating)
        o.insert(QStringLiteral("value"), *a.rating);
    else if (a.number)
        o.insert(QStringLiteral("value"), *a.number);
    else if (!a.text.isEmpty())
        o.insert(QStringLiteral("value"), a.text);
    if (!a.note.isEmpty())
        o.insert(QStringLiteral("note"), a.note);
    return o;
}

QJsonObject scoreJson(const ScoreResult &r)
{
    return {{QStringLiteral("score"), optionalJson(r.score)},
            {QStringLiteral("passed"), r.passed},
            {QStringLiteral("failed_critical"), QJsonArray::fromStringList(r.failedCritical)}};
}

Status locked()
{
    return makeError(ErrorKind::Conflict,
                     InspectionWorkflow::tr("The inspection is completed and locked; change it "
                                            "with an amendment that gives a reason."));
}

} // namespace

InspectionWorkflow::InspectionWorkflow(Database &db)
    : m_db(db)
    , m_inspections(db)
{}

Status InspectionWorkflow::start(Inspection &inspection)
{
    auto t = TemplateRepository(m_db).byId(inspection.templateId);
    if (!t)
        return t.error();
    if (!*t)
        return makeError(ErrorKind::NotFound, tr("The inspection template no longer exists."));
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    const qint64 now = m_db.clock().nowSecsSinceEpoch();
    if (inspection.startedAt == 0)
        inspection.startedAt = now;
    // An imported inspection keeps the id it was given elsewhere.
    if (inspection.uid.isEmpty())
        inspection.uid = m_db.uids().next();
    inspection.status = InspectionStatus::Draft;
    SqlQuery q(m_db, QStringLiteral("INSERT INTO inspection (uid, template_id, branch_id, "
                                    "schedule_id, inspector_id, status, started_at, note, "
                                    "created_at, updated_at) VALUES (:uid, :t, :branch, :schedule, "
                                    ":inspector, 'draft', :started, :note, :now, :now)"));
    q.bind(QStringLiteral(":uid"), inspection.uid)
        .bind(QStringLiteral(":t"), inspection.templateId)
        .bind(QStringLiteral(":branch"), inspection.branchId)
        .bind(QStringLiteral(":schedule"), inspection.scheduleId)
        .bind(QStringLiteral(":inspector"), inspection.inspectorId)
        .bind(QStringLiteral(":started"), inspection.startedAt)
        .bind(QStringLiteral(":note"), inspection.note)
        .bind(QStringLiteral(":now"), now);
    if (auto s = q.exec(); !s)
        return s;
    inspection.id = q.lastInsertId();
    const QJsonObject after{
        {QStringLiteral("template"), (*t)->code},
        {QStringLiteral("version"), (*t)->version},
        {QStringLiteral("status"), QStringLiteral("draft")},
        {QStringLiteral("started_at"), static_cast<double>(inspection.startedAt)}};
    if (auto s = AuditLog(m_db).record(AuditLog::Action::Insert, entity, inspection.uid, {}, after);
        !s)
        return s;
    return tx.commit();
}

Result<Inspection> InspectionWorkflow::draft(qint64 inspectionId) const
{
    auto found = m_inspections.findById(inspectionId);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorKind::NotFound, tr("The inspection no longer exists."));
    if ((*found)->status != InspectionStatus::Draft)
        return locked().error();
    return **found;
}

Status InspectionWorkflow::writeAnswer(qint64 inspectionId, const Answer &given)
{
    auto inspection = m_inspections.findById(inspectionId);
    if (!inspection)
        return inspection.error();
    if (!*inspection)
        return makeError(ErrorKind::NotFound, tr("The inspection no longer exists."));
    auto t = TemplateRepository(m_db).byId((*inspection)->templateId);
    if (!t)
        return t.error();
    const TemplateItem *item =
        given.itemId ? (*t)->itemById(given.itemId) : (*t)->item(given.itemCode);
    if (!t->has_value() || !item)
        return makeError(ErrorKind::InvalidInput,
                         tr("The template has no item “%1”.").arg(given.itemCode));
    Answer a = given;
    // Keep only the value that belongs to the item's type.
    if (item->type != ItemType::PassFail)
        a.passed.reset();
    if (item->type != ItemType::Rating5)
        a.rating.reset();
    if (item->type != ItemType::Number)
        a.number.reset();
    if (item->type != ItemType::Text)
        a.text.clear();
    if (a.rating && (*a.rating < 1 || *a.rating > 5))
        return makeError(
            ErrorKind::InvalidInput,
            tr("“%1”: a rating is from 1 to 5, not %2.").arg(item->code).arg(*a.rating));
    if (a.na) {
        a.passed.reset();
        a.rating.reset();
        a.number.reset();
    }
    if (!a.answers(item->type) && a.note.trimmed().isEmpty()) {
        SqlQuery del(m_db, QStringLiteral("DELETE FROM inspection_answer WHERE inspection_id = "
                                          ":i AND item_id = :item"));
        del.bind(QStringLiteral(":i"), inspectionId).bind(QStringLiteral(":item"), item->id);
        return del.exec();
    }
    SqlQuery q(
        m_db,
        QStringLiteral("INSERT INTO inspection_answer (inspection_id, item_id, na, passed, rating, "
                       "number, text, note, answered_at) VALUES (:i, :item, :na, :passed, :rating, "
                       ":number, :text, :note, :at) ON CONFLICT (inspection_id, item_id) DO UPDATE "
                       "SET na = excluded.na, passed = excluded.passed, rating = excluded.rating, "
                       "number = excluded.number, text = excluded.text, note = excluded.note, "
                       "answered_at = excluded.answered_at"));
    q.bind(QStringLiteral(":i"), inspectionId)
        .bind(QStringLiteral(":item"), item->id)
        .bind(QStringLiteral(":na"), a.na ? 1 : 0)
        .bind(QStringLiteral(":passed"),
              a.passed ? QVariant(*a.passed ? 1 : 0) : QVariant(QMetaType::fromType<int>()))
        .bind(QStringLiteral(":rating"),
              a.rating ? QVariant(*a.rating) : QVariant(QMetaType::fromType<int>()))
        .bind(QStringLiteral(":number"),
              a.number ? QVariant(*a.number) : QVariant(QMetaType::fromType<double>()))
        .bind(QStringLiteral(":text"), a.text)
        .bind(QStringLiteral(":note"), a.note)
        .bind(QStringLiteral(":at"),
              a.answeredAt ? a.answeredAt : m_db.clock().nowSecsSinceEpoch());
    return q.exec();
}

Status InspectionWorkflow::saveAnswer(qint64 inspectionId, const Answer &answer)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (auto d = draft(inspectionId); !d)
        return d.error();
    if (auto s = writeAnswer(inspectionId, answer); !s)
        return s;
    return tx.commit();
}

Status InspectionWorkflow::setNote(qint64 inspectionId, const QString &note)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (auto d = draft(inspectionId); !d)
        return d.error();
    SqlQuery q(m_db, QStringLiteral("UPDATE inspection SET note = :note, updated_at = :now WHERE "
                                    "id = :id"));
    q.bind(QStringLiteral(":note"), note)
        .bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch())
        .bind(QStringLiteral(":id"), inspectionId);
    if (auto s = q.exec(); !s)
        return s;
    return tx.commit();
}

Status InspectionWorkflow::discardDraft(qint64 inspectionId)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto d = draft(inspectionId);
    if (!d)
        return d.error();
    SqlQuery q(m_db, QStringLiteral("DELETE FROM inspection WHERE id = :id"));
    q.bind(QStringLiteral(":id"), inspectionId);
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = AuditLog(m_db).record(AuditLog::Action::Delete, entity, d->uid,
                                       {{QStringLiteral("status"), QStringLiteral("draft")}}, {});
        !s)
        return s;
    return tx.commit();
}

Result<ScoreResult> InspectionWorkflow::rescore(const Inspection &inspection)
{
    auto t = TemplateRepository(m_db).byId(inspection.templateId);
    if (!t)
        return t.error();
    if (!*t)
        return makeError(ErrorKind::NotFound, tr("The inspection template no longer exists."));
    auto given = m_inspections.answers(inspection.id);
    if (!given)
        return given.error();
    return Scoring::score(**t, *given);
}

Result<QByteArray> InspectionWorkflow::storeScore(qint64 inspectionId, const ScoreResult &result,
                                                  std::optional<qint64> completedAt)
{
    // On completion the status and time change with the score; an amendment keeps them.
    SqlQuery q(m_db, completedAt
                         ? QStringLiteral("UPDATE inspection SET status = 'completed', "
                                          "completed_at = :at, score = :score, passed = :passed, "
                                          "updated_at = :now WHERE id = :id")
                         : QStringLiteral("UPDATE inspection SET score = :score, passed = "
                                          ":passed, updated_at = :now WHERE id = :id"));
    if (completedAt)
        q.bind(QStringLiteral(":at"), *completedAt);
    q.bind(QStringLiteral(":score"),
           result.score ? QVariant(*result.score) : QVariant(QMetaType::fromType<double>()))
        .bind(QStringLiteral(":passed"), result.passed ? 1 : 0)
        .bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch())
        .bind(QStringLiteral(":id"), inspectionId);
    if (auto s = q.exec(); !s)
        return s.error();
    // The seal covers the content as it now stands.
    return InspectionSeal::seal(m_db.handle(), inspectionId);
}

Result<ScoreResult> InspectionWorkflow::complete(qint64 inspectionId, qint64 completedAt)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto d = draft(inspectionId);
    if (!d)
        return d.error();
    if (completedAt < d->startedAt)
        return makeError(ErrorKind::InvalidInput,
                         tr("An inspection cannot be completed before it started."));
    auto result = rescore(*d);
    if (!result)
        return result.error();
    auto sealed = storeScore(inspectionId, *result, completedAt);
    if (!sealed)
        return sealed.error();
    auto given = m_inspections.answers(inspectionId);
    if (!given)
        return given.error();
    QJsonArray answerList;
    for (const Answer &a : *given)
        answerList.append(answerJson(a));
    QJsonObject after = scoreJson(*result);
    after.insert(QStringLiteral("status"), QStringLiteral("completed"));
    after.insert(QStringLiteral("completed_at"), static_cast<double>(completedAt));
    after.insert(QStringLiteral("answers"), answerList);
    after.insert(QStringLiteral("content_hash"), QString::fromLatin1(*sealed));
    if (auto s =
            AuditLog(m_db).record(AuditLog::Action::Update, entity, d->uid,
                                  {{QStringLiteral("status"), QStringLiteral("draft")}}, after);
        !s)
        return s.error();
    if (d->scheduleId) {
        auto branch = BranchRepository(m_db).findById(d->branchId);
        if (!branch)
            return branch.error();
        const QTimeZone zone = (*branch ? **branch : Branch()).localTime().zone();
        const QDate done = LocalTime(zone).localDate(completedAt);
        if (auto s = ScheduleRepository(m_db).advance(*d->scheduleId, done); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return result;
}

Result<ScoreResult> InspectionWorkflow::amend(qint64 inspectionId, const Answer &answer,
                                              const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorKind::InvalidInput,
                         tr("An amendment to a completed inspection needs a reason."));
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto found = m_inspections.findById(inspectionId);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorKind::NotFound, tr("The inspection no longer exists."));
    const Inspection &inspection = **found;
    if (inspection.status != InspectionStatus::Completed)
        return makeError(ErrorKind::InvalidInput,
                         tr("A draft is changed directly; amendments are for completed "
                            "inspections."));
    auto before = m_inspections.answers(inspectionId);
    if (!before)
        return before.error();
    QJsonObject beforeJson{{QStringLiteral("score"), optionalJson(inspection.score)},
                           {QStringLiteral("passed"), inspection.passed.value_or(false)}};
    for (const Answer &a : *before)
        if (a.itemCode == answer.itemCode || (answer.itemId && a.itemId == answer.itemId))
            beforeJson.insert(QStringLiteral("answer"), answerJson(a));
    if (auto s = writeAnswer(inspectionId, answer); !s)
        return s.error();
    auto result = rescore(inspection);
    if (!result)
        return result.error();
    auto sealed = storeScore(inspectionId, *result, std::nullopt);
    if (!sealed)
        return sealed.error();
    auto now = m_inspections.answers(inspectionId);
    if (!now)
        return now.error();
    QJsonObject after = scoreJson(*result);
    after.insert(QStringLiteral("amendment_reason"), reason.trimmed());
    after.insert(QStringLiteral("content_hash"), QString::fromLatin1(*sealed));
    for (const Answer &a : *now)
        if (a.itemCode == answer.itemCode || (answer.itemId && a.itemId == answer.itemId))
            after.insert(QStringLiteral("answer"), answerJson(a));
    if (auto s = AuditLog(m_db).record(AuditLog::Action::Update, entity, inspection.uid, beforeJson,
                                       after);
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return result;
}

Status InspectionWorkflow::addPhoto(qint64 inspectionId, qint64 itemId, const QString &fileName,
                                    const QByteArray &image, const QByteArray &thumbnail)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (auto d = draft(inspectionId); !d)
        return d.error();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO inspection_photo (uid, inspection_id, item_id, "
                                    "file_name, image, thumbnail, created_at) VALUES (:uid, :i, "
                                    ":item, :name, :image, :thumb, :now)"));
    q.bind(QStringLiteral(":uid"), m_db.uids().next())
        .bind(QStringLiteral(":i"), inspectionId)
        .bind(QStringLiteral(":item"), itemId)
        .bind(QStringLiteral(":name"), fileName)
        .bind(QStringLiteral(":image"), QVariant(image))
        .bind(QStringLiteral(":thumb"), QVariant(thumbnail))
        .bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch());
    if (auto s = q.exec(); !s)
        return s;
    return tx.commit();
}

Status InspectionWorkflow::removePhoto(qint64 photoId)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    SqlQuery owner(m_db,
                   QStringLiteral("SELECT inspection_id FROM inspection_photo WHERE id = :id"));
    owner.bind(QStringLiteral(":id"), photoId);
    auto inspectionId = owner.scalar();
    if (!inspectionId)
        return inspectionId.error();
    if (!inspectionId->isValid())
        return {};
    if (auto d = draft(inspectionId->toLongLong()); !d)
        return d.error();
    SqlQuery q(m_db, QStringLiteral("DELETE FROM inspection_photo WHERE id = :id"));
    q.bind(QStringLiteral(":id"), photoId);
    if (auto s = q.exec(); !s)
        return s;
    return tx.commit();
}

Status InspectionWorkflow::setEvidence(qint64 inspectionId, qint64 itemId,
                                       const std::vector<qint64> &orderIds)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (auto d = draft(inspectionId); !d)
        return d.error();
    SqlQuery clear(m_db, QStringLiteral("DELETE FROM inspection_evidence WHERE inspection_id = :i "
                                        "AND item_id = :item"));
    clear.bind(QStringLiteral(":i"), inspectionId).bind(QStringLiteral(":item"), itemId);
    if (auto s = clear.exec(); !s)
        return s;
    SqlQuery add(m_db, QStringLiteral("INSERT OR IGNORE INTO inspection_evidence (inspection_id, "
                                      "item_id, order_id) VALUES (:i, :item, :order)"));
    for (qint64 order : orderIds) {
        add.bind(QStringLiteral(":i"), inspectionId)
            .bind(QStringLiteral(":item"), itemId)
            .bind(QStringLiteral(":order"), order);
        if (auto s = add.exec(); !s)
            return s;
    }
    return tx.commit();
}

} // namespace servicelens::inspection
