// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlowTypes.h"

namespace servicelens::flow {

namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> parse(const QString &text, const std::array<Enum, N> &all,
                          QString (*codeOf)(Enum), const char *const (&aliases)[N])
{
    const QString t = text.trimmed();
    for (std::size_t i = 0; i < N; ++i) {
        if (t.compare(codeOf(all[i]), Qt::CaseInsensitive) == 0 ||
            t.compare(QString::fromUtf8(aliases[i]), Qt::CaseInsensitive) == 0)
            return all[i];
    }
    return std::nullopt;
}

constexpr std::array<OrderStatus, 4> allStatuses = {OrderStatus::Open, OrderStatus::WaitingParts,
                                                    OrderStatus::WaitingCustomer,
                                                    OrderStatus::Closed};

} // namespace

QString FlowNames::code(Priority p)
{
    switch (p) {
    case Priority::Urgent:
        return QStringLiteral("urgent");
    case Priority::High:
        return QStringLiteral("high");
    case Priority::Normal:
        return QStringLiteral("normal");
    case Priority::Low:
        return QStringLiteral("low");
    }
    return {};
}

QString FlowNames::code(Channel c)
{
    switch (c) {
    case Channel::Phone:
        return QStringLiteral("phone");
    case Channel::Email:
        return QStringLiteral("email");
    case Channel::Online:
        return QStringLiteral("online");
    case Channel::App:
        return QStringLiteral("app");
    case Channel::WeChat:
        return QStringLiteral("wechat");
    case Channel::WalkIn:
        return QStringLiteral("walk_in");
    }
    return {};
}

QString FlowNames::code(Stage s)
{
    switch (s) {
    case Stage::Received:
        return QStringLiteral("received");
    case Stage::Analysed:
        return QStringLiteral("analysed");
    case Stage::Solution:
        return QStringLiteral("solution");
    case Stage::Implemented:
        return QStringLiteral("implemented");
    case Stage::FollowedUp:
        return QStringLiteral("followed_up");
    case Stage::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

QString FlowNames::code(OrderStatus s)
{
    switch (s) {
    case OrderStatus::Open:
        return QStringLiteral("open");
    case OrderStatus::WaitingParts:
        return QStringLiteral("waiting_parts");
    case OrderStatus::WaitingCustomer:
        return QStringLiteral("waiting_customer");
    case OrderStatus::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

QString FlowNames::label(Priority p)
{
    switch (p) {
    case Priority::Urgent:
        return tr("Urgent");
    case Priority::High:
        return tr("High");
    case Priority::Normal:
        return tr("Normal");
    case Priority::Low:
        return tr("Low");
    }
    return {};
}

QString FlowNames::label(Channel c)
{
    switch (c) {
    case Channel::Phone:
        return tr("Phone");
    case Channel::Email:
        return tr("Email");
    case Channel::Online:
        return tr("Online");
    case Channel::App:
        return tr("App");
    case Channel::WeChat:
        return tr("WeChat");
    case Channel::WalkIn:
        return tr("Walk-in");
    }
    return {};
}

QString FlowNames::label(Stage s)
{
    switch (s) {
    case Stage::Received:
        return tr("Received");
    case Stage::Analysed:
        return tr("Analysed");
    case Stage::Solution:
        return tr("Solution agreed");
    case Stage::Implemented:
        return tr("Implemented");
    case Stage::FollowedUp:
        return tr("Followed up");
    case Stage::Closed:
        return tr("Closed");
    }
    return {};
}

QString FlowNames::label(OrderStatus s)
{
    switch (s) {
    case OrderStatus::Open:
        return tr("Open");
    case OrderStatus::WaitingParts:
        return tr("Waiting for parts");
    case OrderStatus::WaitingCustomer:
        return tr("Waiting for customer");
    case OrderStatus::Closed:
        return tr("Closed");
    }
    return {};
}

std::optional<Priority> FlowNames::priority(const QString &text)
{
    static const char *const aliases[] = {"紧急", "高", "普通", "低"};
    return parse<Priority>(text, allPriorities, &FlowNames::code, aliases);
}

std::optional<Channel> FlowNames::channel(const QString &text)
{
    static const char *const aliases[] = {"电话", "邮件", "在线", "APP", "微信", "到店"};
    return parse<Channel>(text, allChannels, &FlowNames::code, aliases);
}

std::optional<Stage> FlowNames::stage(const QString &text)
{
    static const char *const aliases[] = {"受理", "诊断", "方案确认", "实施", "回访", "关闭"};
    return parse<Stage>(text, allStages, &FlowNames::code, aliases);
}

std::optional<OrderStatus> FlowNames::status(const QString &text)
{
    static const char *const aliases[] = {"处理中", "等待备件", "等待客户", "已关闭"};
    return parse<OrderStatus>(text, allStatuses, &FlowNames::code, aliases);
}

} // namespace servicelens::flow
