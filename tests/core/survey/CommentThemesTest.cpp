// SPDX-License-Identifier: GPL-3.0-or-later
// Comment themes as a reader accepts them: words and phrases people say, never a fragment
// across a word or a clause. Measured on 320 comments written for it
// (tests/fixtures/survey/comments-zh.txt, words separated by spaces: the reference).
#include "TestSupport.h"

#include "survey/CommentThemes.h"

#include <QFile>
#include <QTextStream>

#include <set>

using namespace servicelens;
using namespace servicelens::survey;

namespace {

bool isCjk(QChar c)
{
    return c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF;
}

bool isPunctuation(QChar c)
{
    return QStringLiteral("，。！？；：、,.!?;:").contains(c);
}

// A comment as the customer wrote it, with the reference's word boundaries and clause breaks.
struct Reference {
    QString text;
    std::set<int> boundaries; // positions between two words
    std::set<int> breaks;     // positions of punctuation
};

Reference fromSpaced(const QString &spaced)
{
    Reference r;
    QStringList words;
    for (const QString &w : spaced.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        // Punctuation written against a word is a word of its own.
        QString piece;
        for (QChar c : w) {
            if (isPunctuation(c)) {
                if (!piece.isEmpty())
                    words << piece;
                words << QString(c);
                piece.clear();
            } else {
                piece += c;
            }
        }
        if (!piece.isEmpty())
            words << piece;
    }
    r.boundaries.insert(0);
    for (int i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        // Chinese runs together; Latin words keep a space between them.
        if (i > 0 && !isCjk(w.front()) && !isCjk(words.at(i - 1).back()) &&
            !isPunctuation(w.front()) && !isPunctuation(words.at(i - 1).back())) {
            r.text += QLatin1Char(' ');
            r.boundaries.insert(static_cast<int>(r.text.size()));
        }
        if (w.size() == 1 && isPunctuation(w.front()))
            r.breaks.insert(static_cast<int>(r.text.size()));
        r.text += w;
        r.boundaries.insert(static_cast<int>(r.text.size()));
    }
    return r;
}

std::vector<Reference> corpus()
{
    QFile file(QStringLiteral(SERVICELENS_FIXTURES "/survey/comments-zh.txt"));
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QTextStream in(&file);
    std::vector<Reference> out;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.startsWith(QLatin1Char('#')) || line.trimmed().isEmpty())
            continue;
        out.push_back(fromSpaced(line.section(QLatin1Char('\t'), 1)));
    }
    return out;
}

// Grammar a reader does not accept at either end of a theme ("修了", "的配件").
bool isParticle(QChar c)
{
    return QStringLiteral("了的也都就还是在和吗呢吧啊着过得地").contains(c);
}

// Whether the theme, where the comment says it, starts and ends between two words of the
// reference, holds no clause break, and neither starts nor ends with a particle.
bool aligned(const Reference &r, const QString &theme)
{
    if (theme.isEmpty() || isParticle(theme.front()) ||
        (theme.size() > 1 && isParticle(theme.back())))
        return false;
    for (qsizetype at = r.text.indexOf(theme); at >= 0; at = r.text.indexOf(theme, at + 1)) {
        const int from = static_cast<int>(at);
        const int to = from + static_cast<int>(theme.size());
        if (!r.boundaries.count(from) || !r.boundaries.count(to))
            continue;
        bool crosses = false;
        for (int p = from; p < to; ++p)
            crosses = crosses || r.breaks.count(p) > 0;
        if (!crosses)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("Comment themes are whole words and phrases a reader accepts", "[survey][themes]")
{
    const std::vector<Reference> comments = corpus();
    REQUIRE(comments.size() == 320);
    QStringList texts;
    for (const Reference &r : comments)
        texts << r.text;
    const std::vector<CommentTheme> themes = CommentThemes::find(texts, 40);
    REQUIRE(themes.size() >= 20);

    int accepted = 0;
    int crossing = 0;
    QStringList names;
    for (const CommentTheme &t : themes) {
        names << t.text;
        bool whole = true;
        for (int c : t.comments)
            whole = whole && aligned(comments[static_cast<std::size_t>(c)], t.text);
        crossing += whole ? 0 : 1;
        accepted += whole && t.text.size() >= 2 ? 1 : 0;
        INFO(t.text.toStdString() << " in " << t.comments.size() << " comments");
        CHECK(whole);
    }
    const double share = static_cast<double>(accepted) / static_cast<double>(themes.size());
    // The figure the issue asks to report (printed with -s): 40 of 40 on this corpus.
    WARN("accepted as words or phrases: " << accepted << " of " << themes.size() << " ("
                                          << share * 100 << " %); crossing a boundary: " << crossing
                                          << "; themes: "
                                          << names.join(QStringLiteral(" ")).toStdString());
    CHECK(crossing == 0);
    CHECK(share >= 0.95);
    // The phrases people say, found by collocation (no list of them anywhere in the code).
    for (const char *phrase : {"收费不透明", "电话打不通", "配件太慢", "师傅迟到", "上门费太贵"})
        CHECK(names.contains(QString::fromUtf8(phrase)));
    // A fault's words with the appliance that has it.
    CHECK(names.filter(QStringLiteral("异响")).size() >= 1);
}
