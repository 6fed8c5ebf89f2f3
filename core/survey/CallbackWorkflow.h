// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ResponseRepository.h"

#include <QCoreApplication>

namespace servicelens::survey {

// What a call ended with when nobody answered the questions.
enum class CallOutcome { NoAnswer, Refused, CallBackLater };

// The follow-up call (回访) as a workflow: surveys made due for followed-up and closed orders
// (sampled and delayed by the settings), then each call recorded — answered, no answer (tried
// again the next day until the attempts run out), refused, or call back later. Each step is one
// transaction with its audit record.
class CallbackWorkflow final {
    Q_DECLARE_TR_FUNCTIONS(CallbackWorkflow)

public:
    explicit CallbackWorkflow(Database &db);

    // Makes surveys due for the orders followed up or closed in the last two weeks (plus the
    // delay) that have none yet, sampled and delayed by the settings. Returns how many.
    Result<int> createDue(qint64 branchId, qint64 now);
    // An answered call: the answers checked against the questions, stored with the response.
    Status recordAnswers(qint64 responseId, const std::vector<AnswerValue> &answers,
                         std::optional<qint64> callerId, qint64 at);
    // A call without answers: no answer (retried until maxAttempts), refused, or call back at.
    Status recordOutcome(qint64 responseId, CallOutcome outcome, std::optional<qint64> callBackAt,
                         std::optional<qint64> callerId, qint64 at);

private:
    // The response with this id, or a NotFound error saying the survey no longer exists.
    Result<SurveyResponse> existing(qint64 responseId) const;

    Database &m_db;
    ResponseRepository m_responses;
};

} // namespace servicelens::survey
