// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProductMatcher.h"

#include <algorithm>
#include <set>

namespace servicelens::org {

namespace {

// Latin letters and digits run together into one code; anything else (Chinese, a hyphen, a
// space already removed) ends it.
bool isCodeChar(QChar c)
{
    return c.unicode() < 128 && c.isLetterOrNumber();
}

// The length of the longest run of characters `a` and `b` share.
qsizetype longestCommonRun(const QString &a, const QString &b)
{
    std::vector<qsizetype> previous(static_cast<std::size_t>(b.size() + 1), 0);
    std::vector<qsizetype> current(previous.size(), 0);
    qsizetype best = 0;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const auto at = static_cast<std::size_t>(j);
            current[at] = a.at(i - 1) == b.at(j - 1) ? previous[at - 1] + 1 : 0;
            best = std::max(best, current[at]);
        }
        std::swap(previous, current);
    }
    return best;
}

// A code shorter than this is too likely to turn up by chance ("A1" in "A1级能效").
constexpr qsizetype shortestCode = 3;

} // namespace

ProductMatcher::ProductMatcher(const ProductLists &lists)
{
    QHash<QString, int> nameUses;
    for (const ProductModel &m : lists.models)
        if (const QString k = ProductLists::key(m.name); !k.isEmpty())
            ++nameUses[k];
    // Names first, codes after: a code wins over another model's name of the same key.
    for (const ProductModel &m : lists.models) {
        const QString k = ProductLists::key(m.name);
        if (!k.isEmpty() && nameUses.value(k) == 1)
            m_modelKeys.insert(k, m.model);
    }
    for (const ProductAlias &a : lists.aliases) {
        QHash<QString, QString> &keys = a.list == ProductList::Model ? m_modelKeys : m_categoryKeys;
        keys.insert(a.key, a.target);
        (a.list == ProductList::Model ? m_modelKeyIsAlias : m_categoryKeyIsAlias)
            .insert(a.key, true);
    }
    for (const ProductModel &m : lists.models) {
        const QString k = ProductLists::key(m.model);
        m_modelKeys.insert(k, m.model);
        m_modelKeyIsAlias.remove(k);
        m_modelCategory.insert(m.model, m.category);
        m_codes.emplace_back(k, m.model);
    }
    for (const ProductCategory &c : lists.categories) {
        for (const QString &name : {c.nameEn, c.name}) {
            const QString k = ProductLists::key(name);
            if (k.isEmpty())
                continue;
            m_categoryKeys.insert(k, c.name);
            m_categoryKeyIsAlias.remove(k);
            m_categoryNames.emplace_back(k, c.name);
        }
    }
    // Longer codes first, so that a text holding "XQB80-1" is seen to hold it before "XQB80".
    std::sort(m_codes.begin(), m_codes.end(), [](const auto &a, const auto &b) {
        return a.first.size() != b.first.size() ? a.first.size() > b.first.size()
                                                : a.first < b.first;
    });
}

ProductMatch ProductMatcher::model(const QString &productText) const
{
    const QString key = ProductLists::key(productText);
    if (key.isEmpty())
        return {MatchHow::Blank, {}, {}};
    if (const auto it = m_modelKeys.constFind(key); it != m_modelKeys.cend())
        return {m_modelKeyIsAlias.contains(key) ? MatchHow::Alias : MatchHow::Exact, *it, {}};
    // The codes the text holds, each where it stands alone; a place taken by a longer code is
    // not looked at again.
    std::vector<bool> taken(static_cast<std::size_t>(key.size()), false);
    std::set<QString> found;
    for (const auto &[code, model] : m_codes) {
        if (code.size() < shortestCode)
            continue;
        for (qsizetype at = key.indexOf(code); at >= 0; at = key.indexOf(code, at + 1)) {
            const qsizetype end = at + code.size();
            const bool alone =
                (at == 0 || !isCodeChar(key.at(at - 1)) || !isCodeChar(code.front())) &&
                (end == key.size() || !isCodeChar(key.at(end)) || !isCodeChar(code.back()));
            if (!alone || taken[static_cast<std::size_t>(at)])
                continue;
            std::fill(taken.begin() + at, taken.begin() + end, true);
            found.insert(model);
        }
    }
    if (found.size() == 1)
        return {MatchHow::Code, *found.begin(), {}};
    if (found.size() > 1) {
        QStringList candidates(found.begin(), found.end());
        return {MatchHow::Ambiguous, {}, candidates};
    }
    return {MatchHow::Unmatched, {}, {}};
}

QString ProductMatcher::closest(ProductList list, const QString &text) const
{
    const QString key = ProductLists::key(text);
    const auto &entries = list == ProductList::Model ? m_codes : m_categoryNames;
    QString best;
    qsizetype bestRun = 1; // at least two characters in common
    qsizetype bestLength = 0;
    for (const auto &[entryKey, target] : entries) {
        const qsizetype run = longestCommonRun(key, entryKey);
        // Ties go to the shorter entry: more of it is in the text.
        if (run > bestRun || (run == bestRun && !best.isEmpty() && entryKey.size() < bestLength)) {
            best = target;
            bestRun = run;
            bestLength = entryKey.size();
        }
    }
    return best;
}

ProductMatch ProductMatcher::category(const QString &categoryText) const
{
    const QString key = ProductLists::key(categoryText);
    if (key.isEmpty())
        return {MatchHow::Blank, {}, {}};
    if (const auto it = m_categoryKeys.constFind(key); it != m_categoryKeys.cend())
        return {m_categoryKeyIsAlias.contains(key) ? MatchHow::Alias : MatchHow::Exact, *it, {}};
    return {MatchHow::Unmatched, {}, {}};
}

ProductMatch ProductMatcher::categoryOf(const QString &productText,
                                        const QString &categoryText) const
{
    const ProductMatch m = model(productText);
    if (m.matched())
        if (const QString c = categoryOfModel(m.target); !c.isEmpty())
            return {m.how, c, {}};
    return category(categoryText);
}

} // namespace servicelens::org
