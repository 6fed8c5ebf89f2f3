// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceOrder.h"

#include <QJsonArray>

namespace servicelens::flow {

Stage StageTimes::stage() const
{
    if (closed)
        return Stage::Closed;
    if (followedUp)
        return Stage::FollowedUp;
    if (implemented)
        return Stage::Implemented;
    if (solution)
        return Stage::Solution;
    if (analysed)
        return Stage::Analysed;
    return Stage::Received;
}

QJsonObject ServiceOrder::toJson() const
{
    auto time = [](const std::optional<qint64> &t) {
        return t ? QJsonValue(static_cast<double>(*t)) : QJsonValue();
    };
    auto id = [](const std::optional<qint64> &v) {
        return v ? QJsonValue(static_cast<double>(*v)) : QJsonValue();
    };
    QJsonObject json{{QStringLiteral("order_no"), orderNo},
                     {QStringLiteral("branch_id"), static_cast<double>(branchId)},
                     {QStringLiteral("channel"), FlowNames::code(channel)},
                     {QStringLiteral("category"), category},
                     {QStringLiteral("product"), product},
                     {QStringLiteral("priority"), FlowNames::code(priority)},
                     {QStringLiteral("complaint"), complaint},
                     {QStringLiteral("technician_id"), id(technicianId)},
                     {QStringLiteral("customer_id"), id(customerId)},
                     {QStringLiteral("visits"), visits},
                     {QStringLiteral("reopened"), reopened},
                     {QStringLiteral("status"), FlowNames::code(status)},
                     {QStringLiteral("received_at"), static_cast<double>(times.received)},
                     {QStringLiteral("responded_at"), time(times.responded)},
                     {QStringLiteral("analysed_at"), time(times.analysed)},
                     {QStringLiteral("solution_at"), time(times.solution)},
                     {QStringLiteral("implemented_at"), time(times.implemented)},
                     {QStringLiteral("followed_up_at"), time(times.followedUp)},
                     {QStringLiteral("closed_at"), time(times.closed)},
                     {QStringLiteral("description"), description}};
    // Only when there are any (and a deadline or a fault code only when set), so the records of
    // other orders stay as they were.
    QJsonArray unknown;
    if (!knows(ResponseUnknown))
        unknown.append(QStringLiteral("responded_at"));
    if (!knows(VisitsUnknown))
        unknown.append(QStringLiteral("visits"));
    if (!knows(ReopenedUnknown))
        unknown.append(QStringLiteral("reopened"));
    if (!unknown.isEmpty())
        json.insert(QStringLiteral("unknown"), unknown);
    if (dueAt)
        json.insert(QStringLiteral("due_at"), static_cast<double>(*dueAt));
    if (!faultCode.isEmpty())
        json.insert(QStringLiteral("fault_code"), faultCode);
    return json;
}

} // namespace servicelens::flow
