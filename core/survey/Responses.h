// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Survey.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

namespace servicelens {
class SqlQuery;
}

namespace servicelens::survey {

enum class ResponseStatus { Due, CallBack, Answered, NoAnswer, Refused };
enum class ResponseChannel { Phone, Sms, Online, Face };

class ResponseNames final {
    Q_DECLARE_TR_FUNCTIONS(ResponseNames)

public:
    static QString code(ResponseStatus status);
    static QString label(ResponseStatus status);
    static std::optional<ResponseStatus> status(const QString &code);
    static QString code(ResponseChannel channel);
    static QString label(ResponseChannel channel);
    // Code or Chinese alias (电话, 短信, 在线, 面访).
    static std::optional<ResponseChannel> channel(const QString &text);
};

// Which closed orders are surveyed, and when (per workbook).
struct SurveySettings {
    int samplingPercent = 100; // share of followed-up or closed orders invited
    int delayDays = 1;         // days after follow-up or closing before the call
    int maxAttempts = 3;       // unanswered calls before "no answer" is final
    QString surveyCode = SurveyRepository::defaultCode();
};

class SurveySettingsRepository final {
    Q_DECLARE_TR_FUNCTIONS(SurveySettingsRepository)

public:
    explicit SurveySettingsRepository(Database &db)
        : m_db(db)
    {}
    Result<SurveySettings> load() const;
    Status save(const SurveySettings &settings);

private:
    Database &m_db;
};

struct SurveyResponse {
    qint64 id = 0;
    QString uid;
    qint64 surveyId = 0;
    qint64 branchId = 0;
    std::optional<qint64> orderId;
    QString externalId;
    ResponseChannel channel = ResponseChannel::Phone;
    ResponseStatus status = ResponseStatus::Due;
    qint64 dueAt = 0;
    std::optional<qint64> sentAt;
    std::optional<qint64> respondedAt;
    int attempts = 0;
    std::optional<qint64> callBackAt;
    std::optional<qint64> callerId;
};

struct AnswerValue {
    QString code; // the question's code
    std::optional<double> value;
    QString text;
};

// A line of the callback list (回访清单): who to call about which order.
struct CallbackRow {
    SurveyResponse response;
    QString orderNo;
    QString customer;
    QString phone;
    QString technician;
    QString category;
    QString product;
    bool complaint = false;
    std::optional<qint64> closedAt;
};

// What a call ended with when nobody answered the questions.
enum class CallOutcome { NoAnswer, Refused, CallBackLater };

// Survey responses: made due for followed-up and closed orders, called from the callback list,
// answered, imported. Every change is audited; each call is one transaction.
class ResponseRepository final {
    Q_DECLARE_TR_FUNCTIONS(ResponseRepository)

public:
    explicit ResponseRepository(Database &db);
    ~ResponseRepository();

    // Makes surveys due for the orders followed up or closed in the last two weeks (plus the
    // delay) that have none yet, sampled and delayed by the settings. Returns how many.
    Result<int> createDue(qint64 branchId, qint64 now);
    // Due now or asked to be called back by now, oldest first.
    Result<std::vector<CallbackRow>> callbackList(qint64 branchId, qint64 now, int limit) const;
    // An answered call: the answers checked against the questions, stored with the response.
    Status recordAnswers(qint64 responseId, const std::vector<AnswerValue> &answers,
                         std::optional<qint64> callerId, qint64 at);
    // A call without answers: no answer (retried until maxAttempts), refused, or call back at.
    Status recordOutcome(qint64 responseId, CallOutcome outcome, std::optional<qint64> callBackAt,
                         std::optional<qint64> callerId, qint64 at);

    // Responses brought in from a file (`import surveys`), by the id they have there.
    Result<std::optional<qint64>> idByExternalId(qint64 branchId, const QString &externalId) const;
    // A response brought in whole, with its answers; sets r.id and r.uid. The import audits the
    // batch.
    Status insertImported(SurveyResponse &r, const Survey &s,
                          const std::vector<AnswerValue> &answers);
    // A response brought in again with changes: stored with its answers, the whole before and
    // after audited (so an update can be undone by hand from the trail).
    Status replaceImported(const SurveyResponse &r, const Survey &s,
                           const std::vector<AnswerValue> &answers, const QJsonObject &before,
                           const QJsonObject &after);

    Result<std::optional<SurveyResponse>> findById(qint64 id) const;
    Result<std::vector<AnswerValue>> answers(qint64 responseId) const;

    // Checks one answer against its question: nullopt when fine, else what was expected.
    static std::optional<QString> check(const Question &q, const AnswerValue &a);

private:
    // The response with this id, or a NotFound error saying the survey no longer exists.
    Result<SurveyResponse> existing(qint64 responseId) const;
    Status writeAnswers(const SurveyResponse &r, const Survey &s,
                        const std::vector<AnswerValue> &answers);
    // A statement prepared once per repository: an import writes thousands of rows with one.
    SqlQuery &statement(std::unique_ptr<SqlQuery> &slot, const char *sql) const;

    Database &m_db;
    mutable std::unique_ptr<SqlQuery> m_byExternalId;
    mutable std::unique_ptr<SqlQuery> m_insertImported;
    mutable std::unique_ptr<SqlQuery> m_updateImported;
    mutable std::unique_ptr<SqlQuery> m_clearAnswers;
    mutable std::unique_ptr<SqlQuery> m_insertAnswer;
};

} // namespace servicelens::survey
