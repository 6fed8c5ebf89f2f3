// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommentWords.h"

#include <QFile>
#include <QTextStream>

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <memory>
#include <vector>

namespace servicelens::survey {

namespace {

// Grammar and filler: a comment's topic is never one of these alone.
const QSet<QString> &functionWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> w;
        for (const char *s :
             {"的", "了", "是", "我", "你", "他", "她", "它", "们", "也", "都", "就", "还", "在",
              "和", "与", "及", "或", "吗", "呢", "吧", "啊", "呀", "哦", "这", "那", "着", "个",
              "把", "被", "给", "让", "很", "太", "再", "更", "又", "才", "得", "地", "过", "么",
              "一", "有", "要", "会", "能", "说", "去", "来", "到", "对", "为", "从", "等", "后",
              "前", "下", "上", "里", "次", "不", "没", "没有", "非常", "比较", "有点", "有些",
              "一直", "一下", "一个", "一次", "一点", "一些", "已经", "还是", "就是", "可以",
              "感觉", "觉得", "什么", "怎么", "因为", "所以", "但是", "不过", "然后", "而且",
              "其他", "整体", "总体", "下次", "这次", "这个", "那个", "我们", "你们", "他们",
              "自己", "时候", "现在", "今天", "昨天", "真的", "特别", "希望", "建议", "还会",
              "还行", "问题", "情况", "方面", "东西", "事情", "终于", "最后", "每次", "好几",
              "两次", "三次", "几次", "多次", "一周", "两天", "三天", "天", "周", "小时", "第一次",
              "说实话", "老实说", "总的来说", "也没", "也不", "都没", "都不", "还没", "还不",
              "就是说",
              // English comments' grammar.
              "the", "and", "for", "was", "were", "with", "that", "this", "very", "not", "but",
              "have", "has", "had", "you", "your", "our", "are", "they", "them", "too", "all",
              "just", "more", "from", "would", "could", "there", "their", "when", "what", "will",
              "been", "also", "again", "than", "it's", "its", "did", "didn't", "don't", "is", "be",
              "my", "me", "we", "he", "she", "so", "of", "to", "in", "on", "at", "a", "an", "i",
              "it", "or", "no", "as", "by", "if", "up", "out", "got", "get"})
            w.insert(QString::fromUtf8(s));
        return w;
    }();
    return words;
}

// Words that lean on the next one: 不透明, 太慢, 很专业, 没有回访.
const QSet<QString> &modifiers()
{
    static const QSet<QString> words = [] {
        QSet<QString> w;
        for (const char *s : {"不", "没", "没有", "太", "很", "非常", "特别", "比较", "有点",
                              "不太", "不够", "挺", "真", "好", "最"})
            w.insert(QString::fromUtf8(s));
        return w;
    }();
    return words;
}

bool isClauseBreak(QChar c)
{
    static const QString breaks =
        QStringLiteral("，。！？；：、,.!?;:\n\r()（）【】[]「」“”\"~～…");
    return breaks.contains(c);
}

} // namespace

struct CommentWords::Breaker {
    std::unique_ptr<icu::BreakIterator> prototype;
};

CommentWords::CommentWords()
{
    QFile file(QStringLiteral(":/servicelens/survey/service-words.txt"));
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        QTextStream in(&file);
        while (!in.atEnd()) {
            const QString line = in.readLine().trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            m_vocabulary.insert(line);
            m_longest = qMax(m_longest, static_cast<int>(line.size()));
        }
    }
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> breaker(
        icu::BreakIterator::createWordInstance(icu::Locale("zh"), status));
    if (U_SUCCESS(status))
        m_breaker = std::make_unique<Breaker>(Breaker{std::move(breaker)});
}

CommentWords::~CommentWords() = default;

const CommentWords &CommentWords::shared()
{
    static const CommentWords words;
    return words;
}

bool CommentWords::isFunctionWord(const QString &word) const
{
    return functionWords().contains(word) || (word.size() == 1 && !word.at(0).isLetter());
}

bool CommentWords::isModifier(const QString &word) const
{
    return modifiers().contains(word);
}

QStringList CommentWords::words(const QString &comment) const
{
    const QString text = comment.simplified();
    const int n = static_cast<int>(text.size());
    // 1. ICU's boundaries (a dictionary for Chinese, word rules elsewhere).
    std::vector<bool> boundary(static_cast<std::size_t>(n) + 1, false);
    boundary[0] = boundary[static_cast<std::size_t>(n)] = true;
    const std::unique_ptr<icu::BreakIterator> breaker(m_breaker ? m_breaker->prototype->clone()
                                                                : nullptr);
    if (breaker) {
        const icu::UnicodeString u(reinterpret_cast<const UChar *>(text.utf16()), n);
        breaker->setText(u);
        for (int32_t at = breaker->first(); at != icu::BreakIterator::DONE; at = breaker->next())
            boundary[static_cast<std::size_t>(at)] = true;
    } else {
        for (int i = 0; i <= n; ++i)
            boundary[static_cast<std::size_t>(i)] = true; // characters, as a last resort
    }
    const std::vector<bool> icuBoundary = boundary;
    // 2. The service vocabulary whole: the longest word starting at each position wins, and
    //    nothing of it overlaps a word already kept.
    std::vector<bool> kept(static_cast<std::size_t>(n), false);
    for (int i = 0; i < n; ++i) {
        for (int len = qMin(m_longest, n - i); len >= 2; --len) {
            if (!m_vocabulary.contains(text.mid(i, len)))
                continue;
            bool free = true;
            for (int k = i; k < i + len; ++k)
                free = free && !kept[static_cast<std::size_t>(k)];
            // Where it ends as one of ICU's words does: 有异|响 becomes 有|异响, but 很好看
            // (很|好看) never 很好|看.
            if (!free || !icuBoundary[static_cast<std::size_t>(i + len)])
                continue;
            boundary[static_cast<std::size_t>(i)] = true;
            boundary[static_cast<std::size_t>(i + len)] = true;
            for (int k = i + 1; k < i + len; ++k)
                boundary[static_cast<std::size_t>(k)] = false;
            for (int k = i; k < i + len; ++k)
                kept[static_cast<std::size_t>(k)] = true;
            break;
        }
    }
    // 3. The words, clause breaks as empty strings, spaces and other punctuation dropped.
    QStringList out;
    int start = 0;
    for (int i = 1; i <= n; ++i) {
        if (!boundary[static_cast<std::size_t>(i)])
            continue;
        const QString piece = text.mid(start, i - start);
        start = i;
        if (piece.size() == 1 && isClauseBreak(piece.at(0))) {
            if (!out.isEmpty() && !out.last().isEmpty())
                out << QString();
            continue;
        }
        bool letters = false;
        for (QChar c : piece)
            letters = letters || c.isLetterOrNumber();
        if (!letters)
            continue;
        // An aspect particle the dictionary left on its verb (修了, 改过) is a word of its own.
        static const QString particles = QStringLiteral("了过着");
        if (piece.size() >= 2 && particles.contains(piece.back()) &&
            !m_vocabulary.contains(piece)) {
            out << piece.chopped(1) << piece.right(1);
            continue;
        }
        out << piece.toLower();
    }
    return out;
}

} // namespace servicelens::survey
