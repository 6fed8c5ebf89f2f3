// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommentThemes.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace servicelens::survey {

namespace {

// Joined to the word after them: they change what it says (不透明, 太慢, 没有回访).
const QSet<QString> &joinedModifiers()
{
    static const QSet<QString> words = [] {
        QSet<QString> w;
        for (const char *s : {"不", "没", "没有", "太", "不太", "不够", "无法", "未"})
            w.insert(QString::fromUtf8(s));
        return w;
    }();
    return words;
}

bool isCjk(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

// A unit worth a theme on its own: two characters or more (or a Latin word of three letters
// or more), and not a function word.
bool isContent(const CommentWords &words, const QString &unit)
{
    if (unit.isEmpty() || words.isFunctionWord(unit) || words.isModifier(unit))
        return false;
    return isCjk(unit) ? unit.size() >= 2 : unit.size() >= 3;
}

double xlogx(double x)
{
    return x > 0 ? x * std::log(x) : 0;
}

// Dunning's log-likelihood ratio of a 2×2 table (Dunning 1993).
double logLikelihood(double k11, double k12, double k21, double k22)
{
    const double n = k11 + k12 + k21 + k22;
    return 2 * (xlogx(k11) + xlogx(k12) + xlogx(k21) + xlogx(k22) + xlogx(n) - xlogx(k11 + k12) -
                xlogx(k21 + k22) - xlogx(k11 + k21) - xlogx(k12 + k22));
}

QString joined(const QString &a, const QString &b)
{
    // Latin words keep their space; Chinese runs together.
    if (isCjk(a) || isCjk(b))
        return a + b;
    return a + QLatin1Char(' ') + b;
}

} // namespace

QStringList CommentThemes::units(const CommentWords &words, const QString &comment)
{
    const QStringList raw = words.words(comment);
    QStringList out;
    for (int i = 0; i < raw.size(); ++i) {
        const QString &w = raw.at(i);
        if (joinedModifiers().contains(w) && i + 1 < raw.size() && !raw.at(i + 1).isEmpty() &&
            !words.isFunctionWord(raw.at(i + 1))) {
            out << w + raw.at(i + 1);
            ++i;
            continue;
        }
        out << w;
    }
    return out;
}

std::vector<CommentTheme> CommentThemes::find(const QStringList &comments, int limit)
{
    const CommentWords &words = CommentWords::shared();
    const int n = static_cast<int>(comments.size());
    std::vector<QStringList> units(static_cast<std::size_t>(n));
    // Adjacent content pairs over every comment: how often each word starts or ends one.
    QHash<QString, int> left, right;
    QHash<QString, int> pairCount;
    QHash<QString, QSet<int>> pairComments;
    QHash<QString, std::pair<QString, QString>> pairWords;
    int pairs = 0;
    for (int c = 0; c < n; ++c) {
        units[static_cast<std::size_t>(c)] = CommentThemes::units(words, comments.at(c));
        const QStringList &u = units[static_cast<std::size_t>(c)];
        for (int i = 0; i + 1 < u.size(); ++i) {
            if (!isContent(words, u.at(i)) || !isContent(words, u.at(i + 1)))
                continue;
            const QString phrase = joined(u.at(i), u.at(i + 1));
            ++left[u.at(i)];
            ++right[u.at(i + 1)];
            ++pairCount[phrase];
            pairComments[phrase].insert(c);
            pairWords[phrase] = {u.at(i), u.at(i + 1)};
            ++pairs;
        }
    }
    // The collocations.
    const int minCount = std::max(3, n / 100);
    QSet<QString> phrases;
    for (auto it = pairCount.cbegin(); it != pairCount.cend(); ++it) {
        const auto &[a, b] = pairWords.value(it.key());
        const double k11 = it.value();
        const double k12 = left.value(a) - k11;
        const double k21 = right.value(b) - k11;
        const double k22 = pairs - k11 - k12 - k21;
        if (pairComments.value(it.key()).size() < minCount)
            continue;
        if (k11 < 0.2 * left.value(a) && k11 < 0.2 * right.value(b))
            continue;
        if (logLikelihood(k11, k12, k21, k22) >= 10.83)
            phrases.insert(it.key());
    }
    // Each comment counts once per theme: a phrase it says, else the words.
    std::map<QString, CommentTheme> found;
    for (int c = 0; c < n; ++c) {
        const QStringList &u = units[static_cast<std::size_t>(c)];
        QSet<QString> seen;
        std::vector<bool> inPhrase(static_cast<std::size_t>(u.size()), false);
        for (int i = 0; i + 1 < u.size(); ++i) {
            if (u.at(i).isEmpty() || u.at(i + 1).isEmpty())
                continue;
            const QString phrase = joined(u.at(i), u.at(i + 1));
            if (!phrases.contains(phrase))
                continue;
            inPhrase[static_cast<std::size_t>(i)] = inPhrase[static_cast<std::size_t>(i) + 1] =
                true;
            seen.insert(phrase);
        }
        for (int i = 0; i < u.size(); ++i)
            if (!inPhrase[static_cast<std::size_t>(i)] && isContent(words, u.at(i)))
                seen.insert(u.at(i));
        for (const QString &t : seen) {
            CommentTheme &theme = found[t];
            theme.text = t;
            theme.comments.push_back(c);
        }
    }
    std::vector<CommentTheme> out;
    for (auto &[text, theme] : found)
        out.push_back(std::move(theme));
    std::stable_sort(out.begin(), out.end(), [](const CommentTheme &a, const CommentTheme &b) {
        return a.comments.size() > b.comments.size();
    });
    if (static_cast<int>(out.size()) > limit)
        out.resize(static_cast<std::size_t>(limit));
    return out;
}

} // namespace servicelens::survey
