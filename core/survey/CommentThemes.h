// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommentWords.h"

#include <QString>

#include <vector>

namespace servicelens::survey {

// One theme of a set of comments: a word or a phrase, and the comments that use it.
struct CommentTheme {
    QString text;              // "收费不透明", "师傅", "late arrival"
    std::vector<int> comments; // indexes into the comments given, each once
};

// What comments talk about, as words and the phrases people say: the comments are cut into
// words (CommentWords), a negation or 太 is joined to the word it bears on (不|透明 → 不透明),
// and two adjacent words become a phrase when they go together far more often than chance —
// Dunning's log-likelihood ratio over the adjacent pairs of all the comments (≥ 10.83, p <
// 0.001), seen in at least minCount comments and making up a fifth or more of either word's
// uses. Nothing is a theme that crosses a word or clause boundary, and no function word alone.
// A comment that says a phrase counts for the phrase, not again for its words.
class CommentThemes final {
public:
    static std::vector<CommentTheme> find(const QStringList &comments, int limit);
    // The units of one comment: words with their negations joined, clause breaks as empty.
    static QStringList units(const CommentWords &words, const QString &comment);
};

} // namespace servicelens::survey
