// SPDX-License-Identifier: GPL-3.0-or-later
#include "Response.h"

namespace servicelens::survey {

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

} // namespace servicelens::survey
