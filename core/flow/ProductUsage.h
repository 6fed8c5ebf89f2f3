// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "org/ProductMatcher.h"
#include "storage/Result.h"

#include <QJsonObject>

#include <optional>
#include <vector>

namespace servicelens {
class Database;
}

namespace servicelens::flow {

// The orders of a workbook or store seen through head office's lists (org/ProductMatcher):
// how many each model and category has across the branches, and the texts branches wrote that
// match no entry, most orders first, for someone to map. Read from the distinct texts
// (branch, product, category) of the orders, so it costs one grouped scan of the orders and no
// order is ever rewritten: a mapping made later applies to every order.
struct ProductUsage {
    struct Entry {
        QString target; // the model's code or the category's name
        qint64 orders = 0;
        int branches = 0;
    };
    struct Unmapped {
        org::ProductList list = org::ProductList::Model;
        QString value; // as the branches wrote it
        qint64 orders = 0;
        int branches = 0;
        QStringList candidates; // the models an ambiguous text names
    };

    std::optional<int> month; // YYYYMM of receipt, or every order
    qint64 orders = 0;
    qint64 modelMatched = 0;       // orders whose product text names a model
    qint64 modelBlank = 0;         // orders without a product text: unknown, not unmapped
    qint64 categoryMatched = 0;    // orders whose category is known (from the model or its text)
    qint64 categoryBlank = 0;      // orders with neither a matched model nor a category text
    std::vector<Entry> models;     // every model of the list, in its order, 0 when unused
    std::vector<Entry> categories; // every category of the list
    std::vector<Unmapped> unmapped;

    static Result<ProductUsage> read(const Database &db, const org::ProductLists &lists,
                                     std::optional<int> month = std::nullopt);
    QJsonObject toJson() const;
};

} // namespace servicelens::flow
