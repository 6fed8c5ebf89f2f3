// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QStringList>

#include <memory>

namespace servicelens::survey {

// Customer comments cut into words: ICU's dictionary word break for Chinese (and its word
// rules for Latin text), then the service vocabulary (resources/survey/service-words.txt:
// 上门, 异响, 打不通…) kept whole where the general dictionary splits it. Punctuation and
// spaces are dropped; a clause boundary (，。！？; …) is kept as an empty string, so phrases
// never run across it.
class CommentWords final {
public:
    CommentWords();
    ~CommentWords();
    // The one instance every analysis uses: the vocabulary is read and ICU's dictionary
    // breaker made once per process.
    static const CommentWords &shared();

    QStringList words(const QString &comment) const;
    // Whether a word carries no topic of its own (的, 很, 一直, 我们…): never a theme alone.
    bool isFunctionWord(const QString &word) const;
    // Whether a word leans on the word after it (不, 太, 很, 没有…): a phrase starts with it.
    bool isModifier(const QString &word) const;

    const QSet<QString> &vocabulary() const { return m_vocabulary; }

private:
    QSet<QString> m_vocabulary;
    int m_longest = 0;
    // Cloned for each comment (a clone is cheap and keeps words() safe on any thread).
    struct Breaker; // ICU's, kept out of this header
    std::unique_ptr<Breaker> m_breaker;
};

} // namespace servicelens::survey
