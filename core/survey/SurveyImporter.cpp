// SPDX-License-Identifier: GPL-3.0-or-later
#include "SurveyImporter.h"

#include "Responses.h"
#include "Survey.h"
#include "common/LocalTime.h"
#include "flow/OrderRepository.h"
#include "io/TimestampParser.h"
#include "org/Branch.h"
#include "storage/AuditLog.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QFileInfo>
#include <QLocale>
#include <QTimeZone>

#include <set>

namespace servicelens::survey {

using io::CsvImport;
using Outcome = CsvImport::Outcome;

namespace {

enum Column { ResponseId, OrderId, SentAt, RespondedAt, ChannelCol, FirstQuestion };

const char *const fixedNames[][2] = {{"response_id", "回访编号"},
                                     {"order_id", "工单号"},
                                     {"sent_at", "发送时间"},
                                     {"responded_at", "回复时间"},
                                     {"channel", "回访渠道"}};

// Column specs point at these bytes: the question codes of the survey being imported.
struct Specs {
    std::vector<QByteArray> codes;
    std::vector<CsvImport::ColumnSpec> specs;
    explicit Specs(const Survey &s)
    {
        for (const auto &f : fixedNames)
            specs.push_back({f[0], f[1]});
        codes.reserve(s.questions.size());
        for (const Question &q : s.questions)
            codes.push_back(q.code.toUtf8());
        for (std::size_t i = 0; i < codes.size(); ++i)
            specs.push_back({codes[i].constData(), "", s.questions[i].type == QuestionType::Text});
    }
};

} // namespace

const io::ImportShape &SurveyImporter::shape()
{
    static const Survey shipped = SurveyRepository::shippedDefault().value();
    static const Specs specs(shipped);
    static const io::ImportShape shape{
        specs.specs,
        {ResponseId, SentAt},
        {QStringLiteral("survey_response"), QStringLiteral("survey_answer")}};
    return shape;
}

Result<io::ImportSummary> SurveyImporter::run(Database &db, const QString &path,
                                              const io::ImportOptions &options,
                                              const io::ImportProgress &progress)
{
    QString code = options.surveyCode;
    if (code.isEmpty()) {
        auto settings = SurveySettingsRepository(db).load();
        if (!settings)
            return settings.error();
        code = settings->surveyCode;
    }
    auto found = SurveyRepository(db).latest(code);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorKind::InvalidInput, tr("The workbook has no survey “%1”.").arg(code));
    const Survey survey = std::move(**found);
    auto branches = BranchRepository(db).list();
    if (!branches)
        return branches.error();
    if (branches->empty())
        return makeError(ErrorKind::Database, tr("The workbook has no branch."));
    Branch branch = branches->front();
    if (!options.branchCode.isEmpty()) {
        auto it = std::find_if(branches->begin(), branches->end(),
                               [&](const Branch &b) { return b.code == options.branchCode; });
        if (it == branches->end())
            return makeError(ErrorKind::InvalidInput,
                             tr("The workbook has no branch “%1”.").arg(options.branchCode));
        branch = *it;
    }
    const LocalTime local = branch.localTime();
    const io::TimestampParser times(local);
    const Specs specs(survey);
    CsvImport frame(db, path, options, specs.specs, shape().required);
    frame.setTablesWritten(shape().tablesWritten);
    flow::OrderRepository orders(db);
    ResponseRepository responses(db);
    std::set<QString> seen;
    qint64 inserted = 0;

    SqlQuery byExternal(db, QStringLiteral("SELECT id FROM survey_response WHERE branch_id = :b "
                                           "AND external_id = :e"));
    SqlQuery insert(
        db, QStringLiteral("INSERT INTO survey_response (uid, survey_id, branch_id, order_id, "
                           "external_id, channel, status, due_at, sent_at, responded_at, "
                           "attempts, created_at, updated_at) VALUES (:uid, :s, :b, :o, :e, :ch, "
                           ":status, :sent, :sent, :responded, 1, :now, :now)"));
    SqlQuery update(
        db, QStringLiteral("UPDATE survey_response SET order_id = :o, channel = :ch, status = "
                           ":status, sent_at = :sent, responded_at = :responded, updated_at = "
                           ":now WHERE id = :id"));
    SqlQuery clear(db, QStringLiteral("DELETE FROM survey_answer WHERE response_id = :r"));
    SqlQuery answer(db, QStringLiteral("INSERT INTO survey_answer (response_id, question_id, "
                                       "value, text) VALUES (:r, :q, :v, :t)"));

    auto handle = [&](CsvImport::Row &row) -> Result<Outcome> {
        const QString id = row.cell(ResponseId);
        if (id.isEmpty())
            row.issue(ResponseId, id, tr("a response id is required"));
        else if (!seen.insert(id).second)
            row.issue(ResponseId, id, tr("this response id appears earlier in the file"));
        std::optional<qint64> orderId;
        if (const QString no = row.cell(OrderId); !no.isEmpty()) {
            auto o = orders.idByOrderNo(branch.id, no);
            if (!o)
                return o.error();
            if (!*o)
                row.issue(OrderId, no, tr("no service order has this id; import the orders first"));
            orderId = *o;
        }
        const QString sentText = row.cell(SentAt);
        const qint64 nowSecs = db.clock().nowSecsSinceEpoch();
        const auto parsedSent = times.parseTimestamp(sentText);
        const bool sentPlausible =
            parsedSent && io::TimestampParser::isPlausible(parsedSent.value_or(0), nowSecs);
        if (!parsedSent)
            row.issue(SentAt, sentText,
                      sentText.isEmpty() ? tr("the time the survey was sent is required")
                                         : tr("expected a time such as 2026-10-31 14:30"));
        else if (!sentPlausible)
            row.issue(SentAt, sentText,
                      tr("outside the plausible range, 2000-01-01 to a year from now"));
        const qint64 sentSecs = sentPlausible ? parsedSent.value_or(0) : 0;
        std::optional<qint64> responded;
        if (const QString v = row.cell(RespondedAt); !v.isEmpty()) {
            responded = times.parseTimestamp(v);
            if (!responded)
                row.issue(RespondedAt, v, tr("expected a time such as 2026-10-31 14:30"));
            else if (!io::TimestampParser::isPlausible(*responded, nowSecs))
                row.issue(RespondedAt, v,
                          tr("outside the plausible range, 2000-01-01 to a year from now"));
            else if (sentPlausible && responded.value_or(0) < sentSecs)
                row.issue(RespondedAt, v, tr("earlier than the time it was sent"));
        }
        ResponseChannel channel = ResponseChannel::Phone;
        if (const QString v = row.cell(ChannelCol); !v.isEmpty()) {
            if (auto c = ResponseNames::channel(v))
                channel = *c;
            else
                row.issue(ChannelCol, v,
                          tr("expected phone, sms, online or face (电话, 短信, 在线, 面访)"));
        }
        std::vector<std::pair<const Question *, AnswerValue>> given;
        for (std::size_t i = 0; i < survey.questions.size(); ++i) {
            const int column = FirstQuestion + static_cast<int>(i);
            const QString v = row.cell(column);
            if (v.isEmpty())
                continue; // not answered
            const Question &q = survey.questions[i];
            AnswerValue a;
            a.code = q.code;
            if (q.type == QuestionType::Text) {
                a.text = v;
            } else {
                bool ok = false;
                const double number = QLocale::c().toDouble(v, &ok);
                if (ok)
                    a.value = number;
                if (auto problem = ok ? ResponseRepository::check(q, a)
                                      : std::optional<QString>(tr("expected a number")))
                    row.issue(column, v, *problem);
            }
            given.emplace_back(&q, a);
        }
        if (!row.ok())
            return Outcome::Unchanged; // rejected by the frame

        const qint64 now = db.clock().nowSecsSinceEpoch();
        byExternal.bind(QStringLiteral(":b"), branch.id).bind(QStringLiteral(":e"), id);
        auto existing = byExternal.scalar();
        if (!existing)
            return existing.error();
        qint64 responseId = 0;
        Outcome outcome = Outcome::Inserted;
        std::optional<ResponseStatus> keptStatus;
        if (existing->isValid()) {
            responseId = existing->toLongLong();
            auto old = responses.findById(responseId);
            auto oldAnswers = responses.answers(responseId);
            if (!old)
                return old.error();
            if (!oldAnswers)
                return oldAnswers.error();
            const SurveyResponse &r = **old;
            // A re-import changes only the columns the file has (FORMATS.md): the order link,
            // channel, answer time and each question's answer stay as stored when their
            // column is absent.
            if (!row.has(OrderId))
                orderId = r.orderId;
            if (!row.has(ChannelCol))
                channel = r.channel;
            if (!row.has(RespondedAt))
                responded = r.respondedAt;
            if (!row.has(RespondedAt) || (!responded && r.status != ResponseStatus::Answered))
                keptStatus = r.status; // a refusal or a callback stands
            std::vector<std::pair<const Question *, AnswerValue>> merged;
            for (std::size_t i = 0; i < survey.questions.size(); ++i) {
                const Question &q = survey.questions[i];
                if (row.has(FirstQuestion + static_cast<int>(i))) {
                    for (const auto &g : given)
                        if (g.first == &q)
                            merged.push_back(g);
                } else {
                    for (const AnswerValue &a : *oldAnswers)
                        if (a.code == q.code)
                            merged.emplace_back(&q, a);
                }
            }
            given = std::move(merged);
            std::vector<AnswerValue> stored = *oldAnswers;
            auto byCode = [](const AnswerValue &a, const AnswerValue &b) {
                return a.code < b.code;
            };
            std::sort(stored.begin(), stored.end(), byCode);
            std::vector<AnswerValue> wanted;
            for (const auto &g : given)
                wanted.push_back(g.second);
            std::sort(wanted.begin(), wanted.end(), byCode);
            bool same = r.orderId == orderId && r.channel == channel &&
                        r.sentAt == std::optional<qint64>(sentSecs) && r.respondedAt == responded &&
                        stored.size() == wanted.size() && (!keptStatus || *keptStatus == r.status);
            for (std::size_t i = 0; same && i < wanted.size(); ++i)
                same = stored[i].code == wanted[i].code && stored[i].value == wanted[i].value &&
                       stored[i].text == wanted[i].text;
            if (!given.empty() && !responded) {
                row.issue(RespondedAt, row.cell(RespondedAt),
                          tr("a response with answers needs the time it was answered"));
                return Outcome::Unchanged;
            }
            if (same)
                return Outcome::Unchanged;
            const QString status = ResponseNames::code(
                keptStatus && !responded
                    ? *keptStatus
                    : (responded ? ResponseStatus::Answered : ResponseStatus::NoAnswer));
            update.bind(QStringLiteral(":o"), orderId)
                .bind(QStringLiteral(":ch"), ResponseNames::code(channel))
                .bind(QStringLiteral(":status"), status)
                .bind(QStringLiteral(":sent"), sentSecs)
                .bind(QStringLiteral(":responded"), responded)
                .bind(QStringLiteral(":now"), now)
                .bind(QStringLiteral(":id"), responseId);
            if (auto s = update.exec(); !s)
                return s.error();
            clear.bind(QStringLiteral(":r"), responseId);
            if (auto s = clear.exec(); !s)
                return s.error();
            // The whole before and after, so an update can be undone by hand from the trail.
            auto image = [&](std::optional<qint64> order, ResponseChannel ch,
                             std::optional<qint64> at, const QString &st,
                             const std::vector<AnswerValue> &answers) {
                QJsonObject values;
                for (const AnswerValue &a : answers)
                    values.insert(a.code, a.value ? QJsonValue(*a.value) : QJsonValue(a.text));
                return QJsonObject{
                    {QStringLiteral("order_id"), order ? QJsonValue(*order) : QJsonValue()},
                    {QStringLiteral("channel"), ResponseNames::code(ch)},
                    {QStringLiteral("responded_at"), at ? QJsonValue(*at) : QJsonValue()},
                    {QStringLiteral("status"), st},
                    {QStringLiteral("answers"), values}};
            };
            QJsonObject after = image(orderId, channel, responded, status, wanted);
            after.insert(QStringLiteral("file"), QFileInfo(path).fileName());
            after.insert(QStringLiteral("response_id"), id);
            if (auto s = AuditLog(db).record(AuditLog::Action::Update,
                                             QStringLiteral("survey_response"), r.uid,
                                             image(r.orderId, r.channel, r.respondedAt,
                                                   ResponseNames::code(r.status), stored),
                                             after);
                !s)
                return s.error();
            outcome = Outcome::Updated;
        } else {
            if (!given.empty() && !responded) {
                row.issue(RespondedAt, row.cell(RespondedAt),
                          tr("a response with answers needs the time it was answered"));
                return Outcome::Unchanged;
            }
            const QString status = ResponseNames::code(responded ? ResponseStatus::Answered
                                                                 : ResponseStatus::NoAnswer);
            insert.bind(QStringLiteral(":uid"), db.uids().next())
                .bind(QStringLiteral(":s"), survey.id)
                .bind(QStringLiteral(":b"), branch.id)
                .bind(QStringLiteral(":o"), orderId)
                .bind(QStringLiteral(":e"), id)
                .bind(QStringLiteral(":ch"), ResponseNames::code(channel))
                .bind(QStringLiteral(":status"), status)
                .bind(QStringLiteral(":sent"), sentSecs)
                .bind(QStringLiteral(":responded"), responded)
                .bind(QStringLiteral(":now"), now);
            if (auto s = insert.exec(); !s)
                return s.error();
            responseId = insert.lastInsertId();
            ++inserted;
        }
        for (const auto &[q, a] : given) {
            answer.bind(QStringLiteral(":r"), responseId)
                .bind(QStringLiteral(":q"), q->id)
                .bind(QStringLiteral(":v"),
                      a.value ? QVariant(*a.value) : QVariant(QMetaType::fromType<double>()))
                .bind(QStringLiteral(":t"), a.text);
            if (auto s = answer.exec(); !s)
                return s.error();
        }
        return outcome;
    };
    auto finish = [&](const io::ImportSummary &) -> Status {
        if (inserted == 0)
            return {};
        // New responses are audited as the batch that brought them.
        return AuditLog(db).record(AuditLog::Action::Bulk, QStringLiteral("survey_response"),
                                   db.uids().next(), {},
                                   {{QStringLiteral("file"), QFileInfo(path).fileName()},
                                    {QStringLiteral("inserted"), static_cast<double>(inserted)},
                                    {QStringLiteral("survey"), survey.code},
                                    {QStringLiteral("source"), QStringLiteral("import")}});
    };
    return frame.run(handle, {}, finish, progress);
}

} // namespace servicelens::survey
