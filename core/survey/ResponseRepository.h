// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Response.h"
#include "Survey.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>
#include <vector>

namespace servicelens {
class Database;
class FastQuery;
} // namespace servicelens

namespace servicelens::survey {

// Survey responses as stored: read for the callback list and the forms, and written row by row
// for the callback workflow, the survey importer and the demo. Callers own the transaction and
// the audit record; the rules of a call live in CallbackWorkflow.
class ResponseRepository final {
    Q_DECLARE_TR_FUNCTIONS(ResponseRepository)

public:
    explicit ResponseRepository(Database &db);
    ~ResponseRepository();

    Result<std::optional<SurveyResponse>> findById(qint64 id) const;
    Result<std::vector<AnswerValue>> answers(qint64 responseId) const;
    // Due now or asked to be called back by now, oldest first.
    Result<std::vector<CallbackRow>> callbackList(qint64 branchId, qint64 now, int limit) const;
    // A branch's orders followed up or closed in (from, now] that have no survey response yet:
    // row id, uid, and the time of the follow-up or closing.
    struct Unsurveyed {
        qint64 orderId = 0;
        QString orderUid;
        qint64 at = 0;
    };
    Result<std::vector<Unsurveyed>> unsurveyedOrders(qint64 branchId, qint64 from,
                                                     qint64 now) const;
    // Responses brought in from a file (`import surveys`), by the id they have there.
    Result<std::optional<qint64>> idByExternalId(qint64 branchId, const QString &externalId) const;

    // A response with its answers, created at `createdAt`: a new survey made due, a row being
    // imported, the demo's history. A set r.uid is kept (the demo's are seeded), an empty one is
    // drawn; sets r.id.
    Status insert(SurveyResponse &r, const Survey &s, const std::vector<AnswerValue> &answers,
                  qint64 createdAt);
    // A response brought in again with changes: stored with its answers, the whole before and
    // after audited (so an update can be undone by hand from the trail).
    Status replaceImported(const SurveyResponse &r, const Survey &s,
                           const std::vector<AnswerValue> &answers, const QJsonObject &before,
                           const QJsonObject &after);
    // Replaces a response's answers, each checked against its question.
    Status writeAnswers(const SurveyResponse &r, const Survey &s,
                        const std::vector<AnswerValue> &answers);
    // One call made: the status it left, the attempt counted, the first call's time kept as
    // sent_at, responded_at set when answered, when to call back, who called.
    Status recordCall(qint64 responseId, ResponseStatus status, qint64 at,
                      std::optional<qint64> callBackAt, std::optional<qint64> callerId);

    // Checks one answer against its question: nullopt when fine, else what was expected.
    static std::optional<QString> check(const Question &q, const AnswerValue &a);

private:
    Status insertAnswers(qint64 responseId, const Survey &s,
                         const std::vector<AnswerValue> &answers);
    // A statement prepared once per repository: an import or the demo writes thousands of rows
    // with one.
    FastQuery &statement(std::unique_ptr<FastQuery> &slot, const char *sql) const;

    Database &m_db;
    mutable std::unique_ptr<FastQuery> m_byExternalId;
    mutable std::unique_ptr<FastQuery> m_insert;
    mutable std::unique_ptr<FastQuery> m_updateImported;
    mutable std::unique_ptr<FastQuery> m_clearAnswers;
    mutable std::unique_ptr<FastQuery> m_insertAnswer;
};

} // namespace servicelens::survey
