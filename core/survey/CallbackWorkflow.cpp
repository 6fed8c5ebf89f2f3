// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallbackWorkflow.h"

#include "SurveyRepository.h"
#include "SurveySettings.h"
#include "storage/AuditLog.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QJsonArray>

namespace servicelens::survey {

namespace {

const QString entity = QStringLiteral("survey_response");

QJsonObject statusJson(const SurveyResponse &r)
{
    auto t = [](const std::optional<qint64> &v) {
        return v ? QJsonValue(static_cast<double>(*v)) : QJsonValue();
    };
    return {{QStringLiteral("status"), ResponseNames::code(r.status)},
            {QStringLiteral("sent_at"), t(r.sentAt)},
            {QStringLiteral("responded_at"), t(r.respondedAt)},
            {QStringLiteral("attempts"), r.attempts},
            {QStringLiteral("call_back_at"), t(r.callBackAt)}};
}

// The same order is sampled the same way every time: the random tail of its uid decides.
bool sampled(const QString &orderUid, int percent)
{
    if (percent >= 100)
        return true;
    if (percent <= 0)
        return false;
    bool ok = false;
    const quint32 tail = orderUid.right(8).toUInt(&ok, 16);
    return ok && static_cast<int>(tail % 100) < percent;
}

} // namespace

CallbackWorkflow::CallbackWorkflow(Database &db)
    : m_db(db)
    , m_responses(db)
{}

Result<SurveyResponse> CallbackWorkflow::existing(qint64 responseId) const
{
    auto found = m_responses.findById(responseId);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorKind::NotFound, tr("The survey no longer exists."));
    return **found;
}

Result<int> CallbackWorkflow::createDue(qint64 branchId, qint64 now)
{
    auto settings = SurveySettingsRepository(m_db).load();
    if (!settings)
        return settings.error();
    auto survey = SurveyRepository(m_db).latest(settings->surveyCode);
    if (!survey)
        return survey.error();
    if (!*survey)
        return makeError(ErrorKind::NotFound,
                         tr("The workbook has no survey “%1”.").arg(settings->surveyCode));
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    // A window, not a watermark: an order imported or closed after the fact is still found;
    // nobody calls about a repair older than two weeks past the delay.
    const qint64 from = now - 86400LL * (settings->delayDays + 14);
    auto rows = m_responses.unsurveyedOrders(branchId, from, now);
    if (!rows)
        return rows.error();
    int created = 0;
    for (const ResponseRepository::Unsurveyed &order : *rows) {
        if (!sampled(order.orderUid, settings->samplingPercent))
            continue;
        SurveyResponse r;
        r.surveyId = (*survey)->id;
        r.branchId = branchId;
        r.orderId = order.orderId;
        r.status = ResponseStatus::Due;
        r.dueAt = order.at + 86400LL * settings->delayDays;
        if (auto st = m_responses.insert(r, **survey, {}, m_db.clock().nowSecsSinceEpoch()); !st)
            return st.error();
        ++created;
    }
    if (created > 0)
        if (auto st = AuditLog(m_db).record(AuditLog::Action::Bulk, entity, m_db.uids().next(), {},
                                            {{QStringLiteral("due"), created},
                                             {QStringLiteral("source"), QStringLiteral("orders")}});
            !st)
            return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return created;
}

Status CallbackWorkflow::recordAnswers(qint64 responseId, const std::vector<AnswerValue> &answers,
                                       std::optional<qint64> callerId, qint64 at)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto found = existing(responseId);
    if (!found)
        return found.error();
    const SurveyResponse before = *found;
    auto s = SurveyRepository(m_db).byId(before.surveyId);
    if (!s)
        return s.error();
    if (!*s)
        return makeError(ErrorKind::NotFound, tr("The survey no longer exists."));
    if (auto st = m_responses.writeAnswers(before, **s, answers); !st)
        return st;
    if (auto st = m_responses.recordCall(responseId, ResponseStatus::Answered, at, std::nullopt,
                                         callerId);
        !st)
        return st;
    auto after = m_responses.findById(responseId);
    if (!after)
        return after.error();
    QJsonObject afterJson = statusJson(**after);
    QJsonArray list;
    for (const AnswerValue &a : answers)
        list.append(QJsonObject{
            {QStringLiteral("q"), a.code},
            {QStringLiteral("value"), a.value ? QJsonValue(*a.value) : QJsonValue(a.text)}});
    afterJson.insert(QStringLiteral("answers"), list);
    if (auto st = AuditLog(m_db).record(AuditLog::Action::Update, entity, before.uid,
                                        statusJson(before), afterJson);
        !st)
        return st;
    return tx.commit();
}

Status CallbackWorkflow::recordOutcome(qint64 responseId, CallOutcome outcome,
                                       std::optional<qint64> callBackAt,
                                       std::optional<qint64> callerId, qint64 at)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto found = existing(responseId);
    if (!found)
        return found.error();
    const SurveyResponse before = *found;
    if (before.status == ResponseStatus::Answered)
        return makeError(ErrorKind::InvalidInput, tr("This survey is already answered."));
    auto settings = SurveySettingsRepository(m_db).load();
    if (!settings)
        return settings.error();
    ResponseStatus status = ResponseStatus::CallBack;
    std::optional<qint64> next = callBackAt;
    switch (outcome) {
    case CallOutcome::NoAnswer:
        // Tried again the next day until the attempts run out.
        if (before.attempts + 1 >= settings->maxAttempts) {
            status = ResponseStatus::NoAnswer;
            next.reset();
        } else {
            next = at + 86400;
        }
        break;
    case CallOutcome::Refused:
        status = ResponseStatus::Refused;
        next.reset();
        break;
    case CallOutcome::CallBackLater:
        if (!next || *next <= at)
            return makeError(ErrorKind::InvalidInput, tr("Say when to call back: a later time."));
        break;
    }
    if (auto st = m_responses.recordCall(responseId, status, at, next, callerId); !st)
        return st;
    auto after = m_responses.findById(responseId);
    if (!after)
        return after.error();
    if (auto st = AuditLog(m_db).record(AuditLog::Action::Update, entity, before.uid,
                                        statusJson(before), statusJson(**after));
        !st)
        return st;
    return tx.commit();
}

} // namespace servicelens::survey
