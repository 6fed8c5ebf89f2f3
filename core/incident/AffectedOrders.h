// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Incident.h"
#include "storage/Result.h"

namespace servicelens {
class Database;
}

namespace servicelens::incident {

// An order an incident touched.
struct AffectedOrder {
    qint64 orderId = 0;
    QString orderNo;
    qint64 receivedAt = 0;
    QString product;
    QString faultCode;
    std::optional<qint64> customerId;
    QString customerName;
    QString phone;
    bool closed = false;
};

// A customer an incident touched, with their latest affected order.
struct AffectedCustomer {
    qint64 customerId = 0;
    QString name;
    QString phone;
    qint64 latestOrderId = 0;
    QString latestOrderNo;
    int orders = 0;
};

// The orders and customers an incident touched (docs/kpi.md, "Incidents"): the branch's orders
// received in the scope's period (either end open) that match it — a product value matches an
// order whose product text is that text, or names the same model of the product lists (a value
// the lists do not know counts as a model code of its own: "洗衣机 XQB90-Z6258" names XQB90-Z6258);
// a category value, an order of that category (its model's, or its own text's); a fault code, that
// code; a batch or serial mark, an order whose description holds it (any case). Values of one kind
// widen the match, kinds narrow it. An empty scope touches nothing.
class AffectedOrders final {
public:
    explicit AffectedOrders(Database &db)
        : m_db(db)
    {}

    // The orders, the oldest received first.
    Result<std::vector<AffectedOrder>> orders(const Incident &incident) const;
    // Each customer once, with their latest affected order; orders without a customer are left
    // out. In the order their latest order was received, the latest last.
    static std::vector<AffectedCustomer> customers(const std::vector<AffectedOrder> &orders);

private:
    // The (product, category) texts of the period's orders that the scope's products and
    // categories match; empty when the scope names neither.
    Result<std::vector<std::pair<QString, QString>>> matchingTexts(const Incident &incident) const;

    Database &m_db;
};

} // namespace servicelens::incident
