// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>

namespace servicelens::flow {

// The enumerations of a service order. Each has a stable code (stored in the workbook and used
// in CSV files, FORMATS.md), a Chinese alias accepted on import, and a translated label.

enum class Priority { Urgent, High, Normal, Low };
enum class Channel { Phone, Email, Online, App, WeChat, WalkIn };
enum class Stage { Received, Analysed, Solution, Implemented, FollowedUp, Closed };
enum class OrderStatus { Open, WaitingParts, WaitingCustomer, Closed };

inline constexpr std::array<Priority, 4> allPriorities = {Priority::Urgent, Priority::High,
                                                          Priority::Normal, Priority::Low};
inline constexpr std::array<Channel, 6> allChannels = {Channel::Phone,  Channel::Email,
                                                       Channel::Online, Channel::App,
                                                       Channel::WeChat, Channel::WalkIn};
inline constexpr std::array<Stage, 6> allStages = {Stage::Received,   Stage::Analysed,
                                                   Stage::Solution,   Stage::Implemented,
                                                   Stage::FollowedUp, Stage::Closed};

class FlowNames final {
    Q_DECLARE_TR_FUNCTIONS(FlowNames)

public:
    static QString code(Priority p);
    static QString code(Channel c);
    static QString code(Stage s);
    static QString code(OrderStatus s);

    static QString label(Priority p);
    static QString label(Channel c);
    static QString label(Stage s);
    static QString label(OrderStatus s);

    // Accept the code or the Chinese alias, case-insensitively, ignoring surrounding spaces.
    static std::optional<Priority> priority(const QString &text);
    static std::optional<Channel> channel(const QString &text);
    static std::optional<Stage> stage(const QString &text);
    static std::optional<OrderStatus> status(const QString &text);
};

} // namespace servicelens::flow
