// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace servicelens::knowledge {

// How the case library's search reads Chinese (issue 21): SQLite's unicode61 tokenizer takes a
// run of Chinese as one word, so 漏水 would never be found inside 室内机漏水; its trigram
// tokenizer never matches a word of two characters. Here every Chinese (Han, kana, hangul)
// character is written as a word of its own, and a query's Chinese is looked for as a phrase of
// its characters: 漏水 finds 室内机漏水 and never 水管漏了 (the characters apart, or in
// another order). Latin letters and digits stay words (E30, compressor), found by their start.
class CaseText final {
public:
    // The text as the index stores it: NFKC (full-width letters and digits as ASCII), each
    // Chinese character set apart by spaces.
    static QString indexed(const QString &text);
    // The query's terms (split at spaces and punctuation), each as the index's tokens.
    static QStringList terms(const QString &query);
    // An FTS5 MATCH expression: every term (all = true) or any term, each a phrase of its
    // tokens, a term ending in Latin letters or digits matched by its start. Empty when the
    // query has no term.
    static QString matchExpression(const QString &query, bool all = true);
    // The same terms as a PostgreSQL tsquery (the store's index): phrases with <->, joined by
    // & or |, a Latin ending matched by its start (:*).
    static QString tsQuery(const QString &query, bool all = true);
    // For a free text (an order's description, written without spaces): any of its pairs of
    // neighbouring Chinese characters and any of its Latin words, so that 室内机漏水了 meets a
    // case about 漏水; the more pairs a case shares, the higher it ranks.
    static QStringList looseTerms(const QString &text);
    static QString looseMatchExpression(const QString &text);
    static QString looseTsQuery(const QString &text);

    static bool isIdeograph(QChar c);
};

} // namespace servicelens::knowledge
