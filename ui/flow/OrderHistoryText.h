// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flow/OrderDetails.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>
#include <QTimeZone>

namespace servicelens::ui {

// An order's audit records as a manager reads them: each changed field by its label in the
// window's language, with its values as words ("Status: Open → Waiting for parts"), times in
// the branch's local time, people and customers by name. The stored records keep the codes.
class OrderHistoryText final {
    Q_DECLARE_TR_FUNCTIONS(OrderHistoryText)

public:
    explicit OrderHistoryText(const flow::OrderDetails &details);

    // One line per field the record set or changed, in the form's order.
    QStringList changes(const AuditLog::Entry &entry) const;
    // How the order came to be, from the batch that created it: "Imported from orders.csv".
    QString origin(const AuditLog::Entry &batch) const;
    static QString actionLabel(AuditLog::Action action);

    // The label of a stored field (received_at → "Received"); empty for bookkeeping fields
    // that are never shown (ids, months kept for indexes).
    static QString fieldLabel(const QString &key);
    QString valueText(const QString &key, const QJsonValue &value) const;
    QString timeText(qint64 secs) const;

private:
    const flow::OrderDetails &m_details;
    QTimeZone m_zone;
};

} // namespace servicelens::ui
