// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResponseRepository.h"

#include "storage/AuditLog.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/FastQuery.h"
#include "storage/SqlQuery.h"

#include <QLocale>

#include <cmath>

namespace servicelens::survey {

namespace {

const QString entity = QStringLiteral("survey_response");
const char *const responseColumns =
    "r.id, r.uid, r.survey_id, r.branch_id, r.order_id, coalesce(r.external_id, ''), r.channel, "
    "r.status, r.due_at, r.sent_at, r.responded_at, r.attempts, r.call_back_at, r.caller_id";

std::optional<qint64> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

SurveyResponse responseFrom(const SqlQuery &q)
{
    SurveyResponse r;
    r.id = q.value(0).toLongLong();
    r.uid = q.value(1).toString();
    r.surveyId = q.value(2).toLongLong();
    r.branchId = q.value(3).toLongLong();
    r.orderId = optionalInt(q.value(4));
    r.externalId = q.value(5).toString();
    r.channel = ResponseNames::channel(q.value(6).toString()).value_or(ResponseChannel::Phone);
    r.status = ResponseNames::status(q.value(7).toString()).value_or(ResponseStatus::Due);
    r.dueAt = q.value(8).toLongLong();
    r.sentAt = optionalInt(q.value(9));
    r.respondedAt = optionalInt(q.value(10));
    r.attempts = q.value(11).toInt();
    r.callBackAt = optionalInt(q.value(12));
    r.callerId = optionalInt(q.value(13));
    return r;
}

} // namespace

ResponseRepository::ResponseRepository(Database &db)
    : m_db(db)
{}

ResponseRepository::~ResponseRepository() = default;

FastQuery &ResponseRepository::statement(std::unique_ptr<FastQuery> &slot, const char *sql) const
{
    if (!slot)
        slot = std::make_unique<FastQuery>(m_db, sql);
    return *slot;
}

Result<std::optional<SurveyResponse>> ResponseRepository::findById(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM survey_response r WHERE r.id = :id")
                         .arg(QLatin1String(responseColumns)));
    q.bind(QStringLiteral(":id"), id);
    return q.first<SurveyResponse>(responseFrom);
}

Result<std::vector<AnswerValue>> ResponseRepository::answers(qint64 responseId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT q.code, a.value, a.text FROM survey_answer a JOIN "
                                    "survey_question q ON q.id = a.question_id WHERE "
                                    "a.response_id = :r ORDER BY q.position"));
    q.bind(QStringLiteral(":r"), responseId);
    return q.all<AnswerValue>([](const SqlQuery &r) {
        AnswerValue a;
        a.code = r.value(0).toString();
        if (!r.value(1).isNull())
            a.value = r.value(1).toDouble();
        a.text = r.value(2).toString();
        return a;
    });
}

Result<std::vector<CallbackRow>> ResponseRepository::callbackList(qint64 branchId, qint64 now,
                                                                  int limit) const
{
    SqlQuery q(m_db, QStringLiteral(
                         "SELECT %1, coalesce(o.order_no, ''), coalesce(c.name, ''), "
                         "coalesce(c.phone, ''), coalesce(s.name, ''), coalesce(o.category, ''), "
                         "coalesce(o.product, ''), coalesce(o.complaint, 0), o.closed_at "
                         "FROM survey_response r LEFT JOIN service_order o ON o.id = r.order_id "
                         "LEFT JOIN customer c ON c.id = o.customer_id "
                         "LEFT JOIN staff s ON s.id = o.technician_id "
                         "WHERE r.branch_id = :b AND ((r.status = 'due' AND r.due_at <= :now) OR "
                         "(r.status = 'call_back' AND coalesce(r.call_back_at, r.due_at) <= :now)) "
                         "ORDER BY coalesce(r.call_back_at, r.due_at), r.id LIMIT :n")
                         .arg(QLatin1String(responseColumns)));
    q.bind(QStringLiteral(":b"), branchId)
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":n"), limit);
    return q.all<CallbackRow>([](const SqlQuery &r) {
        CallbackRow row;
        row.response = responseFrom(r);
        row.orderNo = r.value(14).toString();
        row.customer = r.value(15).toString();
        row.phone = r.value(16).toString();
        row.technician = r.value(17).toString();
        row.category = r.value(18).toString();
        row.product = r.value(19).toString();
        row.complaint = r.value(20).toInt() != 0;
        row.closedAt = optionalInt(r.value(21));
        return row;
    });
}

std::optional<QString> ResponseRepository::check(const Question &q, const AnswerValue &a)
{
    if (!a.value)
        return std::nullopt; // not answered
    const auto range = q.range();
    if (!range)
        return tr("an open question takes text, not a number");
    const double v = *a.value;
    if (std::floor(v) != v || v < range->first || v > range->second)
        return tr("expected a whole number from %1 to %2").arg(range->first).arg(range->second);
    return std::nullopt;
}

Result<std::vector<ResponseRepository::Unsurveyed>>
ResponseRepository::unsurveyedOrders(qint64 branchId, qint64 from, qint64 now) const
{
    // Closed orders through the KPI index; followed-up ones still open through the open index.
    SqlQuery q(
        m_db,
        QStringLiteral("SELECT id, uid, closed_at FROM service_order o WHERE branch_id = :b AND "
                       "closed_at > :from AND closed_at <= :now AND NOT EXISTS (SELECT 1 FROM "
                       "survey_response r WHERE r.order_id = o.id) UNION ALL SELECT id, uid, "
                       "followed_up_at FROM service_order o WHERE branch_id = :b AND closed_at IS "
                       "NULL AND followed_up_at > :from AND followed_up_at <= :now AND NOT EXISTS "
                       "(SELECT 1 FROM survey_response r WHERE r.order_id = o.id)"));
    q.bind(QStringLiteral(":b"), branchId)
        .bind(QStringLiteral(":from"), from)
        .bind(QStringLiteral(":now"), now);
    return q.all<Unsurveyed>([](const SqlQuery &r) {
        return Unsurveyed{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toLongLong()};
    });
}

Result<std::optional<qint64>> ResponseRepository::idByExternalId(qint64 branchId,
                                                                 const QString &externalId) const
{
    FastQuery &q = statement(m_byExternalId, "SELECT id FROM survey_response WHERE branch_id = ?1 "
                                             "AND external_id = ?2");
    q.bind(1, branchId).bind(2, externalId);
    std::optional<qint64> id;
    if (q.next())
        id = q.int64(0);
    q.reset();
    if (!q.status())
        return q.status().error();
    return id;
}

Status ResponseRepository::insert(SurveyResponse &r, const Survey &s,
                                  const std::vector<AnswerValue> &answers, qint64 createdAt)
{
    if (r.uid.isEmpty())
        r.uid = m_db.uids().next();
    FastQuery &insert = statement(
        m_insert,
        "INSERT INTO survey_response (uid, survey_id, branch_id, order_id, external_id, channel, "
        "status, due_at, sent_at, responded_at, attempts, created_at, updated_at) VALUES (?1, ?2, "
        "?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)");
    insert.bind(1, r.uid)
        .bind(2, r.surveyId)
        .bind(3, r.branchId)
        .bind(4, r.orderId)
        .bind(6, ResponseNames::code(r.channel))
        .bind(7, ResponseNames::code(r.status))
        .bind(8, r.dueAt)
        .bind(9, r.sentAt)
        .bind(10, r.respondedAt)
        .bind(11, static_cast<qint64>(r.attempts))
        .bind(12, createdAt);
    // Only imported responses have an id elsewhere; the unique index skips NULLs.
    if (r.externalId.isEmpty())
        insert.bindNull(5);
    else
        insert.bind(5, r.externalId);
    if (auto st = insert.exec(); !st)
        return st;
    r.id = insert.lastInsertId();
    return insertAnswers(r.id, s, answers);
}

Status ResponseRepository::replaceImported(const SurveyResponse &r, const Survey &s,
                                           const std::vector<AnswerValue> &answers,
                                           const QJsonObject &before, const QJsonObject &after)
{
    FastQuery &update =
        statement(m_updateImported, "UPDATE survey_response SET order_id = ?1, channel = ?2, "
                                    "status = ?3, sent_at = ?4, responded_at = ?5, updated_at = "
                                    "?6 WHERE id = ?7");
    update.bind(1, r.orderId)
        .bind(2, ResponseNames::code(r.channel))
        .bind(3, ResponseNames::code(r.status))
        .bind(4, r.sentAt)
        .bind(5, r.respondedAt)
        .bind(6, m_db.clock().nowSecsSinceEpoch())
        .bind(7, r.id);
    if (auto st = update.exec(); !st)
        return st;
    if (auto st = writeAnswers(r, s, answers); !st)
        return st;
    return AuditLog(m_db).record(AuditLog::Action::Update, entity, r.uid, before, after);
}

Status ResponseRepository::writeAnswers(const SurveyResponse &r, const Survey &s,
                                        const std::vector<AnswerValue> &answers)
{
    FastQuery &clear =
        statement(m_clearAnswers, "DELETE FROM survey_answer WHERE response_id = ?1");
    if (auto st = clear.bind(1, r.id).exec(); !st)
        return st;
    return insertAnswers(r.id, s, answers);
}

Status ResponseRepository::insertAnswers(qint64 responseId, const Survey &s,
                                         const std::vector<AnswerValue> &answers)
{
    FastQuery &insert = statement(m_insertAnswer, "INSERT INTO survey_answer (response_id, "
                                                  "question_id, value, text) VALUES (?1, ?2, ?3, "
                                                  "?4)");
    for (const AnswerValue &a : answers) {
        const Question *q = s.question(a.code);
        if (!q)
            return makeError(ErrorKind::InvalidInput,
                             tr("The survey has no question “%1”.").arg(a.code));
        if (auto problem = check(*q, a))
            return makeError(
                ErrorKind::InvalidInput,
                tr("“%1”: %2, not %3").arg(q->code, *problem, QLocale::c().toString(*a.value)));
        if (!a.value && a.text.trimmed().isEmpty())
            continue;
        insert.bind(1, responseId)
            .bind(2, q->id)
            .bind(4, q->type == QuestionType::Text ? a.text.trimmed() : QString());
        if (a.value)
            insert.bindReal(3, *a.value);
        else
            insert.bindNull(3);
        if (auto st = insert.exec(); !st)
            return st;
    }
    return {};
}

Status ResponseRepository::recordCall(qint64 responseId, ResponseStatus status, qint64 at,
                                      std::optional<qint64> callBackAt,
                                      std::optional<qint64> callerId)
{
    SqlQuery q(m_db,
               QStringLiteral("UPDATE survey_response SET status = :status, sent_at = "
                              "coalesce(sent_at, :at), responded_at = coalesce(:responded, "
                              "responded_at), attempts = attempts + 1, call_back_at = "
                              ":next, caller_id = :caller, updated_at = :now WHERE id = :id"));
    q.bind(QStringLiteral(":status"), ResponseNames::code(status))
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":responded"),
              status == ResponseStatus::Answered ? std::optional<qint64>(at) : std::nullopt)
        .bind(QStringLiteral(":next"), callBackAt)
        .bind(QStringLiteral(":caller"), callerId)
        .bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch())
        .bind(QStringLiteral(":id"), responseId);
    return q.exec();
}

} // namespace servicelens::survey
