// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProductLists.h"

#include <QHash>
#include <QStringList>

namespace servicelens::org {

// How a branch's text was matched to an entry of head office's lists.
enum class MatchHow {
    Blank,     // no text: unknown, not unmapped
    Exact,     // the entry's own code or name, in any spelling of the same key
    Alias,     // a spelling the list or a user's mapping gives
    Code,      // the text holds exactly one model code ("洗衣机XQB80", "XQB80洗衣机")
    Ambiguous, // the text holds several model codes: someone must say which
    Unmatched
};

struct ProductMatch {
    MatchHow how = MatchHow::Unmatched;
    QString target;         // the model's code or the category's name when matched
    QStringList candidates; // the models an ambiguous text names

    bool matched() const
    {
        return how == MatchHow::Exact || how == MatchHow::Alias || how == MatchHow::Code;
    }
};

// Matches the free text branches write (an order's product and category) to head office's
// lists, in memory: built once from the lists, then asked for every distinct text. A text is
// compared by its key (ProductLists::key), first with the entries' codes and names, then with
// the remembered spellings, and a product text finally by the model codes it contains, a code
// counting only where it is not part of a longer run of Latin letters and digits ("XQB80" is not
// in "XQB800"; of "XQB80" and "XQB80-1" in one text the longer wins).
class ProductMatcher final {
public:
    explicit ProductMatcher(const ProductLists &lists);

    ProductMatch model(const QString &productText) const;
    ProductMatch category(const QString &categoryText) const;
    // An order's category: its model's when the product text names a model with a category,
    // otherwise what its own category text matches.
    ProductMatch categoryOf(const QString &productText, const QString &categoryText) const;
    // A listed model's category ('' when it has none), for a model already matched.
    QString categoryOfModel(const QString &model) const { return m_modelCategory.value(model); }

    bool isEmpty() const { return m_modelKeys.isEmpty() && m_categoryKeys.isEmpty(); }

    // For a text no entry matches, the entry a person most likely means: the one whose code or
    // name shares the longest run of characters with it (at least two; "T10 扫地机" → T10 Pro,
    // 扫地机 → 扫地机器人), or empty. A proposal to confirm, never applied on its own.
    QString closest(ProductList list, const QString &text) const;

private:
    QHash<QString, QString> m_modelKeys;    // key of a code, name or alias → model code
    QHash<QString, bool> m_modelKeyIsAlias; // whether that key is an alias
    QHash<QString, QString> m_categoryKeys; // key of a name or alias → category name
    QHash<QString, bool> m_categoryKeyIsAlias;
    QHash<QString, QString> m_modelCategory;          // model code → its category ('' = none)
    std::vector<std::pair<QString, QString>> m_codes; // (key of a code, model code), longest first
    std::vector<std::pair<QString, QString>> m_categoryNames; // (key of a name, category)
};

} // namespace servicelens::org
