// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FlowTypes.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace servicelens::flow {

// The times an order reached each point of the flow, Unix seconds UTC. Only received is
// required; each time present is not earlier than the one before it that is present.
struct StageTimes {
    qint64 received = 0;
    std::optional<qint64> responded;
    std::optional<qint64> analysed;
    std::optional<qint64> solution;
    std::optional<qint64> implemented;
    std::optional<qint64> followedUp;
    std::optional<qint64> closed;

    // The last stage reached.
    Stage stage() const;
    bool operator==(const StageTimes &o) const
    {
        return received == o.received && responded == o.responded && analysed == o.analysed &&
               solution == o.solution && implemented == o.implemented &&
               followedUp == o.followedUp && closed == o.closed;
    }
};

struct ServiceOrder {
    qint64 id = 0;
    QString uid;
    qint64 branchId = 0;
    QString orderNo; // the order id users see, unique in the branch
    Channel channel = Channel::Phone;
    QString category;
    QString product;
    Priority priority = Priority::Normal;
    bool complaint = false;
    std::optional<qint64> technicianId;
    std::optional<qint64> customerId;
    int visits = 1;
    int reopened = 0;
    OrderStatus status = OrderStatus::Open; // Closed exactly when times.closed is set
    StageTimes times;
    QString description;
    // The inputs the order's source never gave (KPI.md, "unknown is not zero"): an order
    // imported from a file without responded_at, visits or reopened. Figures that need one
    // leave the order out; the stored value (responded_at NULL, visits 1, reopened 0) means
    // nothing then.
    enum Unknown : int { ResponseUnknown = 1, VisitsUnknown = 2, ReopenedUnknown = 4 };
    int unknownInputs = 0;
    // The order's own resolution deadline, from an export's due date: when set, the resolution
    // target instead of the SLA policy's working days (KPI.md).
    std::optional<qint64> dueAt;
    // A code of the workbook's fault list (org/FaultCodes), or empty: not given.
    QString faultCode;
    bool knows(Unknown input) const { return (unknownInputs & input) == 0; }

    QJsonObject toJson() const;
    // Every stored field equal (what an import compares to decide "unchanged").
    bool operator==(const ServiceOrder &o) const
    {
        return id == o.id && uid == o.uid && branchId == o.branchId && orderNo == o.orderNo &&
               channel == o.channel && category == o.category && product == o.product &&
               priority == o.priority && complaint == o.complaint &&
               technicianId == o.technicianId && customerId == o.customerId && visits == o.visits &&
               reopened == o.reopened && status == o.status && times == o.times &&
               description == o.description && unknownInputs == o.unknownInputs &&
               dueAt == o.dueAt && faultCode == o.faultCode;
    }
    bool operator!=(const ServiceOrder &o) const { return !(*this == o); }
};

} // namespace servicelens::flow
