// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

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

} // namespace servicelens::survey
