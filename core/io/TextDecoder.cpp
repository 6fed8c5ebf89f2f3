// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextDecoder.h"

#include <QStringDecoder>

#include <array>
#include <map>

namespace servicelens::io {

namespace {

bool startsWith(const QByteArray &bytes, const char *prefix, int n)
{
    return bytes.size() >= n && memcmp(bytes.constData(), prefix, static_cast<std::size_t>(n)) == 0;
}

// Where the first undecodable byte is, as a 1-based line number, for the error message.
int lineOfInvalid(const QByteArray &bytes, QStringDecoder::Encoding encoding)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    int line = 1;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= bytes.size(); ++i) {
        if (i == bytes.size() || bytes[i] == '\n') {
            const QString piece = decoder.decode(QByteArrayView(bytes).sliced(start, i - start));
            if (decoder.hasError())
                return line;
            ++line;
            start = i + 1;
        }
    }
    return line;
}

} // namespace

std::optional<Encoding> TextDecoder::byteOrderMark(const QByteArray &bytes)
{
    if (startsWith(bytes, "\xEF\xBB\xBF", 3))
        return Encoding::Utf8;
    if (startsWith(bytes, "\xFF\xFE", 2))
        return Encoding::Utf16LE;
    if (startsWith(bytes, "\xFE\xFF", 2))
        return Encoding::Utf16BE;
    return std::nullopt;
}

Encoding TextDecoder::detect(const QByteArray &bytes)
{
    if (auto bom = byteOrderMark(bytes))
        return *bom;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    // The lazy result must become a QString before hasError() means anything (PERF-NOTES.md).
    const QString text = utf8.decode(bytes);
    Q_UNUSED(text);
    return utf8.hasError() ? Encoding::Gb18030 : Encoding::Utf8;
}

QString TextDecoder::name(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Auto:
        return QStringLiteral("auto");
    case Encoding::Utf8:
        return QStringLiteral("utf-8");
    case Encoding::Utf16LE:
        return QStringLiteral("utf-16le");
    case Encoding::Utf16BE:
        return QStringLiteral("utf-16be");
    case Encoding::Gb18030:
        return QStringLiteral("gb18030");
    }
    return {};
}

std::optional<Encoding> TextDecoder::fromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("auto"))
        return Encoding::Auto;
    if (n == QLatin1String("utf-8") || n == QLatin1String("utf8"))
        return Encoding::Utf8;
    if (n == QLatin1String("utf-16le") || n == QLatin1String("utf-16"))
        return Encoding::Utf16LE;
    if (n == QLatin1String("utf-16be"))
        return Encoding::Utf16BE;
    if (n == QLatin1String("gb18030") || n == QLatin1String("gbk") || n == QLatin1String("gb2312"))
        return Encoding::Gb18030;
    return std::nullopt;
}

Result<TextDecoder::Decoded> TextDecoder::decode(const QByteArray &bytes, Encoding encoding)
{
    Decoded d;
    d.encoding = encoding == Encoding::Auto ? detect(bytes) : encoding;
    QByteArray body = bytes;
    QStringDecoder::Encoding qt = QStringDecoder::Utf8;
    switch (d.encoding) {
    case Encoding::Auto:
    case Encoding::Utf8:
        if (body.startsWith("\xEF\xBB\xBF"))
            body.remove(0, 3);
        break;
    case Encoding::Utf16LE:
        qt = QStringDecoder::Utf16LE;
        if (body.startsWith("\xFF\xFE"))
            body.remove(0, 2);
        break;
    case Encoding::Utf16BE:
        qt = QStringDecoder::Utf16BE;
        if (body.startsWith("\xFE\xFF"))
            body.remove(0, 2);
        break;
    case Encoding::Gb18030:
        break;
    }
    if (d.encoding == Encoding::Gb18030) {
        QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
        if (!gb.isValid())
            return makeError(ErrorKind::Io, tr("This system cannot decode GB18030 text."));
        d.text = gb.decode(body);
        if (gb.hasError())
            return makeError(ErrorKind::InvalidInput,
                             tr("The file is not valid GB18030 text; choose its encoding."));
        return d;
    }
    QStringDecoder decoder(qt, QStringDecoder::Flag::Stateless);
    d.text = decoder.decode(body);
    if (decoder.hasError())
        return makeError(ErrorKind::InvalidInput,
                         tr("Line %1: the text is not valid %2; choose the file's encoding.")
                             .arg(qt == QStringDecoder::Utf8 ? lineOfInvalid(body, qt) : 1)
                             .arg(name(d.encoding).toUpper()));
    return d;
}

char TextDecoder::detectDelimiter(const QString &text)
{
    // Count each candidate per line over the first lines, outside quotes; the winner appears on
    // every line the same number of times (at least once), and the most often on a tie.
    const std::array<char, 3> candidates = {',', ';', '\t'};
    std::map<char, std::vector<int>> counts;
    int lines = 0;
    bool quoted = false;
    std::map<char, int> current;
    for (const QChar ch : text) {
        if (ch == QLatin1Char('"')) {
            quoted = !quoted;
            continue;
        }
        if (quoted)
            continue;
        if (ch == QLatin1Char('\n')) {
            for (char c : candidates)
                counts[c].push_back(current[c]);
            current.clear();
            if (++lines == 20)
                break;
            continue;
        }
        for (char c : candidates)
            if (ch == QLatin1Char(c))
                ++current[c];
    }
    if (lines < 20 && !current.empty())
        for (char c : candidates)
            counts[c].push_back(current[c]);
    char best = ',';
    int bestScore = 0;
    for (char c : candidates) {
        const auto &v = counts[c];
        if (v.empty() || v.front() == 0)
            continue;
        const bool consistent =
            std::all_of(v.begin(), v.end(), [&](int n) { return n == v.front(); });
        const int score = (consistent ? 1000 : 0) + v.front();
        if (score > bestScore) {
            bestScore = score;
            best = c;
        }
    }
    return best;
}

} // namespace servicelens::io
