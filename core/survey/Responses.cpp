// SPDX-License-Identifier: GPL-3.0-or-later
#include "Responses.h"

#include "storage/AuditLog.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QJsonArray>
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

QString ResponseNames::code(ResponseStatus status)
{
    switch (status) {
    case ResponseStatus::Due:
        return QStringLiteral("due");
    case ResponseStatus::CallBack:
        return QStringLiteral("call_back");
    case ResponseStatus::Answered:
        return QStringLiteral("answered");
    case ResponseStatus::NoAnswer:
        return QStringLiteral("no_answer");
    case ResponseStatus::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

QString ResponseNames::label(ResponseStatus status)
{
    switch (status) {
    case ResponseStatus::Due:
        return tr("Due");
    case ResponseStatus::CallBack:
        return tr("Call back");
    case ResponseStatus::Answered:
        return tr("Answered");
    case ResponseStatus::NoAnswer:
        return tr("No answer");
    case ResponseStatus::Refused:
        return tr("Refused");
    }
    return {};
}

std::optional<ResponseStatus> ResponseNames::status(const QString &text)
{
    for (ResponseStatus s :
         {ResponseStatus::Due, ResponseStatus::CallBack, ResponseStatus::Answered,
          ResponseStatus::NoAnswer, ResponseStatus::Refused})
        if (text == code(s))
            return s;
    return std::nullopt;
}

QString ResponseNames::code(ResponseChannel channel)
{
    switch (channel) {
    case ResponseChannel::Phone:
        return QStringLiteral("phone");
    case ResponseChannel::Sms:
        return QStringLiteral("sms");
    case ResponseChannel::Online:
        return QStringLiteral("online");
    case ResponseChannel::Face:
        return QStringLiteral("face");
    }
    return {};
}

QString ResponseNames::label(ResponseChannel channel)
{
    switch (channel) {
    case ResponseChannel::Phone:
        return tr("Phone");
    case ResponseChannel::Sms:
        return tr("SMS");
    case ResponseChannel::Online:
        return tr("Online");
    case ResponseChannel::Face:
        return tr("Face to face");
    }
    return {};
}

std::optional<ResponseChannel> ResponseNames::channel(const QString &text)
{
    static const char *const aliases[] = {"电话", "短信", "在线", "面访"};
    const QString t = text.trimmed();
    const ResponseChannel all[] = {ResponseChannel::Phone, ResponseChannel::Sms,
                                   ResponseChannel::Online, ResponseChannel::Face};
    for (std::size_t i = 0; i < std::size(all); ++i)
        if (t.compare(code(all[i]), Qt::CaseInsensitive) == 0 || t == QString::fromUtf8(aliases[i]))
            return all[i];
    return std::nullopt;
}

Result<SurveySettings> SurveySettingsRepository::load() const
{
    SurveySettings s;
    SqlQuery q(m_db, QStringLiteral("SELECT key, value FROM setting WHERE key LIKE 'survey.%'"));
    if (auto st = q.exec(); !st)
        return st.error();
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == QLatin1String("survey.sampling_percent"))
            s.samplingPercent = std::clamp(value.toInt(), 0, 100);
        else if (key == QLatin1String("survey.delay_days"))
            s.delayDays = std::max(0, value.toInt());
        else if (key == QLatin1String("survey.max_attempts"))
            s.maxAttempts = std::max(1, value.toInt());
        else if (key == QLatin1String("survey.code") && !value.isEmpty())
            s.surveyCode = value;
    }
    return s;
}

Status SurveySettingsRepository::save(const SurveySettings &s)
{
    if (s.samplingPercent < 0 || s.samplingPercent > 100 || s.delayDays < 0 || s.maxAttempts < 1)
        return makeError(ErrorKind::InvalidInput,
                         tr("Sampling is 0 % to 100 %, the delay 0 days or more, and at least "
                            "one call is made."));
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO setting (key, value) VALUES (:key, :value) ON "
                                    "CONFLICT (key) DO UPDATE SET value = excluded.value"));
    const std::pair<const char *, QString> values[] = {
        {"survey.sampling_percent", QString::number(s.samplingPercent)},
        {"survey.delay_days", QString::number(s.delayDays)},
        {"survey.max_attempts", QString::number(s.maxAttempts)},
        {"survey.code", s.surveyCode}};
    QJsonObject after;
    for (const auto &[key, value] : values) {
        q.bind(QStringLiteral(":key"), QString::fromLatin1(key))
            .bind(QStringLiteral(":value"), value);
        if (auto st = q.exec(); !st)
            return st;
        after.insert(QString::fromLatin1(key), value);
    }
    if (auto st = AuditLog(m_db).record(AuditLog::Action::Update, QStringLiteral("survey_settings"),
                                        QStringLiteral("survey"), {}, after);
        !st)
        return st;
    return tx.commit();
}

Result<int> ResponseRepository::createDue(qint64 branchId, qint64 now)
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
    // Closed orders through the KPI index; followed-up ones still open through the open index.
    SqlQuery candidates(
        m_db, QStringLiteral(
                  "SELECT id, uid, closed_at FROM service_order WHERE branch_id = :b AND "
                  "closed_at > :from AND closed_at <= :now UNION ALL SELECT id, uid, "
                  "followed_up_at FROM service_order WHERE branch_id = :b AND closed_at IS NULL "
                  "AND followed_up_at > :from AND followed_up_at <= :now"));
    candidates.bind(QStringLiteral(":b"), branchId)
        .bind(QStringLiteral(":from"), from)
        .bind(QStringLiteral(":now"), now);
    auto rows = candidates.all<std::tuple<qint64, QString, qint64>>([](const SqlQuery &r) {
        return std::tuple{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toLongLong()};
    });
    if (!rows)
        return rows.error();
    SqlQuery exists(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM survey_response WHERE "
                                         "order_id = :o)"));
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO survey_response (uid, survey_id, branch_id, "
                                         "order_id, channel, status, due_at, created_at, "
                                         "updated_at) VALUES (:uid, :s, :b, :o, 'phone', 'due', "
                                         ":due, :now, :now)"));
    int created = 0;
    for (const auto &[orderId, orderUid, event] : *rows) {
        if (!sampled(orderUid, settings->samplingPercent))
            continue;
        exists.bind(QStringLiteral(":o"), orderId);
        auto already = exists.scalar();
        if (!already)
            return already.error();
        if (already->toInt() != 0)
            continue;
        insert.bind(QStringLiteral(":uid"), m_db.uids().next())
            .bind(QStringLiteral(":s"), (*survey)->id)
            .bind(QStringLiteral(":b"), branchId)
            .bind(QStringLiteral(":o"), orderId)
            .bind(QStringLiteral(":due"), event + 86400LL * settings->delayDays)
            .bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch());
        if (auto st = insert.exec(); !st)
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

ResponseRepository::ResponseRepository(Database &db)
    : m_db(db)
{}

ResponseRepository::~ResponseRepository() = default;

SqlQuery &ResponseRepository::statement(std::unique_ptr<SqlQuery> &slot, const char *sql) const
{
    if (!slot)
        slot = std::make_unique<SqlQuery>(m_db, QString::fromLatin1(sql));
    return *slot;
}

Result<std::optional<qint64>> ResponseRepository::idByExternalId(qint64 branchId,
                                                                 const QString &externalId) const
{
    SqlQuery &q = statement(m_byExternalId, "SELECT id FROM survey_response WHERE branch_id = :b "
                                            "AND external_id = :e");
    q.bind(QStringLiteral(":b"), branchId).bind(QStringLiteral(":e"), externalId);
    auto id = q.scalar();
    if (!id)
        return id.error();
    return id->isValid() ? std::optional<qint64>(id->toLongLong()) : std::nullopt;
}

Status ResponseRepository::insertImported(SurveyResponse &r, const Survey &s,
                                          const std::vector<AnswerValue> &answers)
{
    const qint64 now = m_db.clock().nowSecsSinceEpoch();
    r.uid = m_db.uids().next();
    SqlQuery &insert = statement(
        m_insertImported,
        "INSERT INTO survey_response (uid, survey_id, branch_id, order_id, external_id, channel, "
        "status, due_at, sent_at, responded_at, attempts, created_at, updated_at) VALUES (:uid, "
        ":s, :b, :o, :e, :ch, :status, :due, :sent, :responded, :attempts, :now, :now)");
    insert.bind(QStringLiteral(":uid"), r.uid)
        .bind(QStringLiteral(":s"), r.surveyId)
        .bind(QStringLiteral(":b"), r.branchId)
        .bind(QStringLiteral(":o"), r.orderId)
        .bind(QStringLiteral(":e"), r.externalId)
        .bind(QStringLiteral(":ch"), ResponseNames::code(r.channel))
        .bind(QStringLiteral(":status"), ResponseNames::code(r.status))
        .bind(QStringLiteral(":due"), r.dueAt)
        .bind(QStringLiteral(":sent"), r.sentAt)
        .bind(QStringLiteral(":responded"), r.respondedAt)
        .bind(QStringLiteral(":attempts"), r.attempts)
        .bind(QStringLiteral(":now"), now);
    if (auto st = insert.exec(); !st)
        return st;
    r.id = insert.lastInsertId();
    return writeAnswers(r, s, answers);
}

Status ResponseRepository::replaceImported(const SurveyResponse &r, const Survey &s,
                                           const std::vector<AnswerValue> &answers,
                                           const QJsonObject &before, const QJsonObject &after)
{
    SqlQuery &update =
        statement(m_updateImported, "UPDATE survey_response SET order_id = :o, channel = :ch, "
                                    "status = :status, sent_at = :sent, responded_at = "
                                    ":responded, updated_at = :now WHERE id = :id");
    update.bind(QStringLiteral(":o"), r.orderId)
        .bind(QStringLiteral(":ch"), ResponseNames::code(r.channel))
        .bind(QStringLiteral(":status"), ResponseNames::code(r.status))
        .bind(QStringLiteral(":sent"), r.sentAt)
        .bind(QStringLiteral(":responded"), r.respondedAt)
        .bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch())
        .bind(QStringLiteral(":id"), r.id);
    if (auto st = update.exec(); !st)
        return st;
    if (auto st = writeAnswers(r, s, answers); !st)
        return st;
    return AuditLog(m_db).record(AuditLog::Action::Update, QStringLiteral("survey_response"), r.uid,
                                 before, after);
}

Status ResponseRepository::writeAnswers(const SurveyResponse &r, const Survey &s,
                                        const std::vector<AnswerValue> &answers)
{
    SqlQuery &clear = statement(m_clearAnswers, "DELETE FROM survey_answer WHERE response_id = :r");
    clear.bind(QStringLiteral(":r"), r.id);
    if (auto st = clear.exec(); !st)
        return st;
    SqlQuery &insert = statement(m_insertAnswer, "INSERT INTO survey_answer (response_id, "
                                                 "question_id, value, text) VALUES (:r, :q, :v, "
                                                 ":t)");
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
        insert.bind(QStringLiteral(":r"), r.id)
            .bind(QStringLiteral(":q"), q->id)
            .bind(QStringLiteral(":v"),
                  a.value ? QVariant(*a.value) : QVariant(QMetaType::fromType<double>()))
            .bind(QStringLiteral(":t"),
                  q->type == QuestionType::Text ? a.text.trimmed() : QString());
        if (auto st = insert.exec(); !st)
            return st;
    }
    return {};
}

Result<SurveyResponse> ResponseRepository::existing(qint64 responseId) const
{
    auto found = findById(responseId);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorKind::NotFound, tr("The survey no longer exists."));
    return **found;
}

Status ResponseRepository::recordAnswers(qint64 responseId, const std::vector<AnswerValue> &answers,
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
    if (auto st = writeAnswers(before, **s, answers); !st)
        return st;
    SqlQuery q(m_db, QStringLiteral("UPDATE survey_response SET status = 'answered', sent_at = "
                                    "coalesce(sent_at, :at), responded_at = :at, attempts = "
                                    "attempts + 1, call_back_at = NULL, caller_id = :caller, "
                                    "updated_at = :now WHERE id = :id"));
    q.bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":caller"), callerId)
        .bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch())
        .bind(QStringLiteral(":id"), responseId);
    if (auto st = q.exec(); !st)
        return st;
    auto after = findById(responseId);
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

Status ResponseRepository::recordOutcome(qint64 responseId, CallOutcome outcome,
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
    SqlQuery q(m_db, QStringLiteral("UPDATE survey_response SET status = :status, sent_at = "
                                    "coalesce(sent_at, :at), attempts = attempts + 1, "
                                    "call_back_at = :next, caller_id = :caller, updated_at = :now "
                                    "WHERE id = :id"));
    q.bind(QStringLiteral(":status"), ResponseNames::code(status))
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":next"), next)
        .bind(QStringLiteral(":caller"), callerId)
        .bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch())
        .bind(QStringLiteral(":id"), responseId);
    if (auto st = q.exec(); !st)
        return st;
    auto after = findById(responseId);
    if (!after)
        return after.error();
    if (auto st = AuditLog(m_db).record(AuditLog::Action::Update, entity, before.uid,
                                        statusJson(before), statusJson(**after));
        !st)
        return st;
    return tx.commit();
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

} // namespace servicelens::survey
