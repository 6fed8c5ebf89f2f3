// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace servicelens {

class Database;

// One search over a branch's whole workbook (Ctrl+K): orders (id, product, fault, customer
// name or phone), customers (name, phone), inspections (note, template, answers' notes),
// corrective actions (description, verification note) and survey comments. Each kind gives its
// newest matches (orders: the newest entered), at most `perKind` of them, newest first, so a
// word found everywhere stays quick.
class WorkbookSearch final {
    Q_DECLARE_TR_FUNCTIONS(WorkbookSearch)

public:
    enum class Kind { Order, Customer, Inspection, Action, Comment };

    struct Hit {
        Kind kind = Kind::Order;
        qint64 id = 0;               // the row of its kind
        std::optional<qint64> order; // the order it belongs to (comments, actions), if any
        QString title;               // "SO202611300010", "张建国 13912345678", …
        QString detail;              // the text that matched, shortened around the match
        qint64 at = 0; // when: received, a customer's latest order, completed, created, answered
        // A customer's orders are those the orders list finds by this: the phone when there is
        // one (names repeat), else the name.
        QString ordersSearch;
    };

    WorkbookSearch(Database &db, qint64 branchId)
        : m_db(db)
        , m_branchId(branchId)
    {}

    // Nothing for fewer than two characters (one character matches almost everything).
    Result<std::vector<Hit>> find(const QString &text, int perKind = 20) const;
    // The matched text, cut to about `width` characters around the first match.
    static QString excerpt(const QString &text, const QString &match, int width = 60);

private:
    Database &m_db;
    qint64 m_branchId;
};

} // namespace servicelens
