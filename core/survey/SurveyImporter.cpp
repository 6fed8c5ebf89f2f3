// SPDX-License-Identifier: GPL-3.0-or-later
#include "SurveyImporter.h"

#include "ResponseRepository.h"
#include "Survey.h"
#include "SurveyRepository.h"
#include "SurveySettings.h"
#include "common/LocalTime.h"
#include "flow/OrderRepository.h"
#include "io/TimestampParser.h"
#include "org/Branch.h"
#include "storage/AuditLog.h"
#include "storage/Clock.h"
#include "storage/Database.h"

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

std::vector<AnswerValue>
answersOf(const std::vector<std::pair<const Question *, AnswerValue>> &given)
{
    std::vector<AnswerValue> answers;
    for (const auto &g : given)
        answers.push_back(g.second);
    return answers;
}

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
    // The frame takes this questionnaire's own columns: its question codes.
    const Specs specs(survey);
    const io::ImportShape questionnaire{specs.specs, shape().required, shape().tablesWritten};
    SurveyImporter importer(db, survey, branch, QFileInfo(path).fileName());
    return io::RowImporter::run(importer, questionnaire, db, path, options, progress);
}

SurveyImporter::SurveyImporter(Database &db, Survey survey, Branch branch, QString fileName)
    : m_db(db)
    , m_survey(std::move(survey))
    , m_branch(std::move(branch))
    , m_local(m_branch.localTime())
    , m_times(m_local)
    , m_fileName(std::move(fileName))
    , m_orders(db)
    , m_responses(db)
{}

SurveyImporter::~SurveyImporter() = default;

Result<Outcome> SurveyImporter::row(CsvImport::Row &row)
{
    const QString id = row.cell(ResponseId);
    if (id.isEmpty())
        row.issue(ResponseId, id, tr("a response id is required"));
    else if (!m_seen.insert(id).second)
        row.issue(ResponseId, id, tr("this response id appears earlier in the file"));
    std::optional<qint64> orderId;
    if (const QString no = row.cell(OrderId); !no.isEmpty()) {
        auto o = m_orders.idByOrderNo(m_branch.id, no);
        if (!o)
            return o.error();
        if (!*o)
            row.issue(OrderId, no, tr("no service order has this id; import the orders first"));
        orderId = *o;
    }
    const QString sentText = row.cell(SentAt);
    const qint64 nowSecs = m_db.clock().nowSecsSinceEpoch();
    const auto parsedSent = m_times.parseTimestamp(sentText);
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
        responded = m_times.parseTimestamp(v);
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
    for (std::size_t i = 0; i < m_survey.questions.size(); ++i) {
        const int column = FirstQuestion + static_cast<int>(i);
        const QString v = row.cell(column);
        if (v.isEmpty())
            continue; // not answered
        const Question &q = m_survey.questions[i];
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

    auto existing = m_responses.idByExternalId(m_branch.id, id);
    if (!existing)
        return existing.error();
    std::optional<ResponseStatus> keptStatus;
    if (*existing) {
        const qint64 responseId = **existing;
        auto old = m_responses.findById(responseId);
        auto oldAnswers = m_responses.answers(responseId);
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
        for (std::size_t i = 0; i < m_survey.questions.size(); ++i) {
            const Question &q = m_survey.questions[i];
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
        const ResponseStatus status =
            keptStatus && !responded
                ? *keptStatus
                : (responded ? ResponseStatus::Answered : ResponseStatus::NoAnswer);
        // The whole before and after, so an update can be undone by hand from the trail.
        auto image = [&](std::optional<qint64> order, ResponseChannel ch, std::optional<qint64> at,
                         ResponseStatus st, const std::vector<AnswerValue> &answers) {
            QJsonObject values;
            for (const AnswerValue &a : answers)
                values.insert(a.code, a.value ? QJsonValue(*a.value) : QJsonValue(a.text));
            return QJsonObject{
                {QStringLiteral("order_id"), order ? QJsonValue(*order) : QJsonValue()},
                {QStringLiteral("channel"), ResponseNames::code(ch)},
                {QStringLiteral("responded_at"), at ? QJsonValue(*at) : QJsonValue()},
                {QStringLiteral("status"), ResponseNames::code(st)},
                {QStringLiteral("answers"), values}};
        };
        QJsonObject after = image(orderId, channel, responded, status, wanted);
        after.insert(QStringLiteral("file"), m_fileName);
        after.insert(QStringLiteral("response_id"), id);
        SurveyResponse changed = r;
        changed.orderId = orderId;
        changed.channel = channel;
        changed.status = status;
        changed.sentAt = sentSecs;
        changed.respondedAt = responded;
        if (auto s = m_responses.replaceImported(
                changed, m_survey, answersOf(given),
                image(r.orderId, r.channel, r.respondedAt, r.status, stored), after);
            !s)
            return s.error();
        return Outcome::Updated;
    }
    if (!given.empty() && !responded) {
        row.issue(RespondedAt, row.cell(RespondedAt),
                  tr("a response with answers needs the time it was answered"));
        return Outcome::Unchanged;
    }
    SurveyResponse r;
    r.surveyId = m_survey.id;
    r.branchId = m_branch.id;
    r.orderId = orderId;
    r.externalId = id;
    r.channel = channel;
    r.status = responded ? ResponseStatus::Answered : ResponseStatus::NoAnswer;
    r.dueAt = sentSecs;
    r.sentAt = sentSecs;
    r.respondedAt = responded;
    r.attempts = 1;
    if (auto s =
            m_responses.insert(r, m_survey, answersOf(given), m_db.clock().nowSecsSinceEpoch());
        !s)
        return s.error();
    ++m_inserted;
    return Outcome::Inserted;
}

Status SurveyImporter::finish(const io::ImportSummary &)
{
    if (m_inserted == 0)
        return {};
    // New responses are audited as the batch that brought them.
    return AuditLog(m_db).record(AuditLog::Action::Bulk, QStringLiteral("survey_response"),
                                 m_db.uids().next(), {},
                                 {{QStringLiteral("file"), m_fileName},
                                  {QStringLiteral("inserted"), static_cast<double>(m_inserted)},
                                  {QStringLiteral("survey"), m_survey.code},
                                  {QStringLiteral("source"), QStringLiteral("import")}});
}

} // namespace servicelens::survey
