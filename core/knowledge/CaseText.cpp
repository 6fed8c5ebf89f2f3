// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseText.h"

namespace servicelens::knowledge {

namespace {

// A term's tokens: each Chinese character alone, each run of letters and digits together.
QStringList tokensOf(const QString &term)
{
    QStringList tokens;
    QString word;
    for (const QChar c : term) {
        if (CaseText::isIdeograph(c)) {
            if (!word.isEmpty())
                tokens << std::exchange(word, QString());
            tokens << QString(c);
        } else if (c.isLetterOrNumber() || c.isMark()) {
            word += c.toCaseFolded();
        } else if (!word.isEmpty()) {
            tokens << std::exchange(word, QString());
        }
    }
    if (!word.isEmpty())
        tokens << word;
    return tokens;
}

bool endsInWord(const QStringList &tokens)
{
    return !tokens.isEmpty() && !CaseText::isIdeograph(tokens.back().front());
}

} // namespace

bool CaseText::isIdeograph(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo:
        return true;
    default:
        return false;
    }
}

QString CaseText::indexed(const QString &text)
{
    const QString normal = text.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(normal.size() * 2);
    for (const QChar c : normal) {
        if (isIdeograph(c)) {
            out += QLatin1Char(' ');
            out += c;
            out += QLatin1Char(' ');
        } else {
            out += c;
        }
    }
    return out;
}

QStringList CaseText::terms(const QString &query)
{
    QStringList terms;
    // Spaces and punctuation part the terms; inside a term, Chinese and Latin stay together
    // (E30故障 is one phrase: e30 故 障).
    QString term;
    const QString normal = query.normalized(QString::NormalizationForm_KC);
    for (const QChar c : normal) {
        if (c.isLetterOrNumber() || c.isMark() || isIdeograph(c)) {
            term += c;
        } else if (!term.isEmpty()) {
            terms << std::exchange(term, QString());
        }
    }
    if (!term.isEmpty())
        terms << term;
    terms.removeDuplicates();
    return terms;
}

QString CaseText::matchExpression(const QString &query, bool all)
{
    QStringList phrases;
    for (const QString &term : terms(query)) {
        const QStringList tokens = tokensOf(term);
        if (tokens.isEmpty())
            continue;
        // Tokens hold letters, digits and ideographs only: nothing to escape inside the quotes.
        QString phrase = QLatin1Char('"') + tokens.join(QLatin1Char(' ')) + QLatin1Char('"');
        if (endsInWord(tokens))
            phrase += QLatin1Char('*');
        phrases << phrase;
    }
    return phrases.join(all ? QStringLiteral(" AND ") : QStringLiteral(" OR "));
}

QString CaseText::tsQuery(const QString &query, bool all)
{
    QStringList phrases;
    for (const QString &term : terms(query)) {
        QStringList tokens = tokensOf(term);
        if (tokens.isEmpty())
            continue;
        const bool prefix = endsInWord(tokens);
        for (QString &t : tokens)
            t = QLatin1Char('\'') + t + QLatin1Char('\'');
        if (prefix)
            tokens.back() += QStringLiteral(":*");
        phrases << (tokens.size() > 1
                        ? QLatin1Char('(') + tokens.join(QStringLiteral(" <-> ")) + QLatin1Char(')')
                        : tokens.front());
    }
    return phrases.join(all ? QStringLiteral(" & ") : QStringLiteral(" | "));
}

QStringList CaseText::looseTerms(const QString &text)
{
    QStringList loose;
    for (const QString &term : terms(text)) {
        QString run;
        const auto flush = [&] {
            if (run.size() == 1)
                loose << run;
            for (int i = 0; i + 1 < run.size(); ++i)
                loose << run.mid(i, 2);
            run.clear();
        };
        QString word;
        for (const QChar c : term) {
            if (isIdeograph(c)) {
                if (!word.isEmpty())
                    loose << std::exchange(word, QString());
                run += c;
            } else {
                flush();
                word += c;
            }
        }
        flush();
        if (!word.isEmpty())
            loose << word;
    }
    loose.removeDuplicates();
    return loose;
}

QString CaseText::looseMatchExpression(const QString &text)
{
    return matchExpression(looseTerms(text).join(QLatin1Char(' ')), false);
}

QString CaseText::looseTsQuery(const QString &text)
{
    return tsQuery(looseTerms(text).join(QLatin1Char(' ')), false);
}

} // namespace servicelens::knowledge
