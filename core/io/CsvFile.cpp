// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <cstring>

namespace servicelens::io {

namespace {

// Big enough that per-piece costs vanish, small enough to stay in cache-friendly memory.
constexpr qint64 pieceSize = 1 << 20;

// The input is a file of the user's, not the workbook: a problem with it is no database
// problem (exit 1, not 4).
Error unreadable(const QString &path, const QFile &file)
{
    return makeError(ErrorKind::Io, CsvFile::tr("“%1” cannot be read: %2")
                                        .arg(QDir::toNativeSeparators(path), file.errorString()));
}

// The file is read twice (sniffed, then streamed) and its size gives the progress: a pipe or a
// device cannot serve, and opening a pipe with no writer would wait for ever.
Status checkOrdinaryFile(const QString &path)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        return makeError(ErrorKind::Io, CsvFile::tr("“%1” does not exist.").arg(shown));
    if (info.isDir())
        return makeError(ErrorKind::Io,
                         CsvFile::tr("“%1” is a folder; give the CSV file to import.").arg(shown));
    if (!info.isFile())
        return makeError(ErrorKind::Io,
                         CsvFile::tr("“%1” is not an ordinary file (a pipe or a device); save the "
                                     "data to a file and import that.")
                             .arg(shown));
    return {};
}

int countNewlines(const char *p, std::size_t n)
{
    int lines = 0;
    for (const char *end = p + n;
         (p = static_cast<const char *>(std::memchr(p, '\n', static_cast<std::size_t>(end - p))));
         ++p)
        ++lines;
    return lines;
}

QStringDecoder::Encoding qtEncoding(Encoding e)
{
    switch (e) {
    case Encoding::Utf16LE:
        return QStringDecoder::Utf16LE;
    case Encoding::Utf16BE:
        return QStringDecoder::Utf16BE;
    default:
        return QStringDecoder::Utf8;
    }
}

QStringDecoder decoderFor(Encoding e, QStringDecoder::Flags flags = QStringDecoder::Flag::Default)
{
    if (e == Encoding::Gb18030)
        return QStringDecoder("GB18030", flags);
    return QStringDecoder(qtEncoding(e), flags);
}

// UTF-16 written without a byte-order mark: the header's ASCII letters leave a zero byte in
// every other place (in no other encoding CSV text comes in).
std::optional<Encoding> utf16WithoutMark(const QByteArray &start)
{
    const qsizetype n = std::min<qsizetype>(start.size() & ~qsizetype(1), 512);
    if (n < 8)
        return std::nullopt;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += start[i] == '\0';
        oddZeros += start[i + 1] == '\0';
    }
    const qsizetype pairs = n / 2;
    if (oddZeros * 10 >= pairs * 6 && evenZeros * 10 < pairs)
        return Encoding::Utf16LE;
    if (evenZeros * 10 >= pairs * 6 && oddZeros * 10 < pairs)
        return Encoding::Utf16BE;
    return std::nullopt;
}

// How many lines with text beyond ASCII are valid UTF-8, and how many are not.
struct LineVotes {
    qint64 utf8 = 0;
    qint64 invalid = 0;

    // Counts the complete lines of `bytes` (all of them at the end of the file) and returns
    // the incomplete last line, to come again with the next piece.
    QByteArray count(const QByteArray &bytes, bool atEnd)
    {
        const char *p = bytes.constData();
        const char *end = p + bytes.size();
        while (p < end) {
            const char *nl =
                static_cast<const char *>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
            if (!nl && !atEnd && end - p < (1 << 24)) // a line longer than 16 MB counts as it is
                return QByteArray(p, end - p);
            const char *lineEnd = nl ? nl : end;
            vote(p, lineEnd - p);
            p = nl ? nl + 1 : end;
        }
        return {};
    }

    void vote(const char *line, qsizetype size)
    {
        bool high = false;
        for (qsizetype i = 0; i < size && !high; ++i)
            high = static_cast<unsigned char>(line[i]) >= 0x80;
        if (!high)
            return;
        int pending = 0;
        if (CsvFile::isValidUtf8(line, size, pending) && pending == 0)
            ++utf8;
        else
            ++invalid;
    }
};

} // namespace

bool CsvFile::isValidUtf8(const char *data, qsizetype size, int &pending)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    const auto n = static_cast<std::size_t>(size);
    std::size_t i = 0;
    pending = 0;
    while (i < n) {
        // CSV text is mostly ASCII: eight bytes at a time while no high bit is set.
        if (i + 8 <= n) {
            std::uint64_t v;
            std::memcpy(&v, s + i, 8);
            if ((v & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned char lo = 0x80, hi = 0xBF; // the allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0; // no overlong forms
            else if (c == 0xED)
                hi = 0x9F; // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F; // nothing above U+10FFFF
        } else {
            return false;
        }
        const std::size_t available = std::min(len, n - i);
        for (std::size_t k = 1; k < available; ++k) {
            const unsigned char b = s[i + k];
            if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF))
                return false;
        }
        if (available < len) {
            pending = static_cast<int>(available); // completed by the next piece, or invalid
            return true;
        }
        i += len;
    }
    return true;
}

Result<CsvFile::Format> CsvFile::sniff(const QString &path, Encoding requested)
{
    if (auto s = checkOrdinaryFile(path); !s)
        return s.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(path, file);
    Format format;
    format.size = file.size();
    const QByteArray start = file.read(64 * 1024);
    if (XlsxSheet::isZip(start)) {
        format.spreadsheet = true;
        return format;
    }
    if (XlsxSheet::isLegacyOffice(start))
        return makeError(ErrorKind::InvalidInput,
                         tr("“%1” is an Excel 97–2003 workbook (.xls) or a password-protected "
                            "one, which cannot be read: save it as .xlsx (without a password) "
                            "or as CSV.")
                             .arg(QDir::toNativeSeparators(path)));
    format.encoding = requested;
    if (requested == Encoding::Auto) {
        format.encoding = TextDecoder::byteOrderMark(start).value_or(Encoding::Auto);
        if (format.encoding == Encoding::Auto)
            format.encoding = utf16WithoutMark(start).value_or(Encoding::Auto);
        if (format.encoding == Encoding::Auto) {
            // No mark: each line votes. A line with characters beyond ASCII is either valid
            // UTF-8 (which text in GB18030 practically never is) or not. A file is GB18030 only
            // when it reads as such as a whole: more of its lines fail UTF-8 than pass it. A
            // UTF-8 export with a few lines pasted from elsewhere stays UTF-8, and those lines
            // become row errors when it is read (FORMATS.md).
            LineVotes votes;
            QByteArray carry;
            QByteArray piece = start;
            while (true) {
                carry = votes.count(carry + piece, file.atEnd());
                if (file.atEnd())
                    break;
                piece = file.read(pieceSize);
                if (piece.isEmpty() && file.error() != QFileDevice::NoError)
                    return unreadable(path, file);
            }
            format.encoding = votes.invalid > votes.utf8 ? Encoding::Gb18030 : Encoding::Utf8;
            format.invalidUtf8Lines = votes.invalid;
        }
    }
    QStringDecoder decoder = decoderFor(format.encoding, QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return makeError(ErrorKind::Io, tr("This system cannot decode %1 text.")
                                            .arg(TextDecoder::name(format.encoding).toUpper()));
    QString sample = decoder.decode(start);
    // The sample may end inside a line: only whole lines count for the delimiter.
    if (file.size() > start.size()) {
        const qsizetype lastBreak = sample.lastIndexOf(QLatin1Char('\n'));
        if (lastBreak > 0)
            sample.truncate(lastBreak + 1);
    }
    format.delimiter = TextDecoder::detectDelimiter(sample);
    return format;
}

Status CsvFile::read(const QString &path, const Format &format, const CsvReader::Handler &handler,
                     const Progress &progress, const InvalidLine &invalidLine)
{
    if (auto s = checkOrdinaryFile(path); !s)
        return s;
    if (format.spreadsheet)
        return XlsxSheet::read(path, handler, progress);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(path, file);
    const qint64 total = file.size();
    CsvReader reader(format.delimiter, handler);
    const bool utf8 = format.encoding == Encoding::Utf8;
    QStringDecoder decoder = decoderFor(format.encoding);
    if (!decoder.isValid())
        return makeError(ErrorKind::Io, tr("This system cannot decode %1 text.")
                                            .arg(TextDecoder::name(format.encoding).toUpper()));
    int linesBefore = 0; // complete lines in the pieces already parsed, for decoding errors
    QByteArray carry;    // UTF-8: an incomplete character at the end of the previous piece
    qint64 bytesRead = 0;
    bool first = true;
    QByteArray piece(pieceSize, Qt::Uninitialized);
    while (!reader.stopped()) {
        const qint64 got = file.read(piece.data(), pieceSize);
        if (got < 0)
            return unreadable(path, file);
        if (got == 0)
            break;
        bytesRead += got;
        std::string_view bytes(piece.constData(), static_cast<std::size_t>(got));
        QByteArray converted;
        if (utf8) {
            if (first && bytes.substr(0, 3) == "\xEF\xBB\xBF")
                bytes.remove_prefix(3);
            if (!carry.isEmpty()) {
                converted = carry + QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
                bytes = std::string_view(converted.constData(),
                                         static_cast<std::size_t>(converted.size()));
            }
            int pending = 0;
            if (!isValidUtf8(bytes.data(), static_cast<qsizetype>(bytes.size()), pending)) {
                // Line by line: a valid line passes as it is; an invalid one is reported (or,
                // with no one to report to, stops the reading) and its bad bytes replaced.
                const std::size_t lastBreak = bytes.rfind('\n');
                const bool whole = lastBreak == std::string_view::npos;
                const std::string_view lines = whole ? bytes : bytes.substr(0, lastBreak + 1);
                QByteArray repaired;
                repaired.reserve(static_cast<qsizetype>(lines.size()));
                int line = linesBefore + 1;
                std::size_t lineStart = 0;
                while (lineStart < lines.size()) {
                    std::size_t lineEnd = lines.find('\n', lineStart);
                    if (lineEnd == std::string_view::npos)
                        lineEnd = lines.size();
                    const std::string_view one = lines.substr(lineStart, lineEnd - lineStart);
                    int p = 0;
                    if (isValidUtf8(one.data(), static_cast<qsizetype>(one.size()), p) && p == 0) {
                        repaired.append(one.data(), static_cast<qsizetype>(one.size()));
                    } else {
                        if (!invalidLine)
                            return makeError(ErrorKind::InvalidInput,
                                             tr("Line %1: the text is not valid UTF-8; choose "
                                                "the file's encoding.")
                                                 .arg(line));
                        invalidLine(line);
                        repaired += QStringDecoder(QStringDecoder::Utf8)
                                        .decode(QByteArrayView(one.data(),
                                                               static_cast<qsizetype>(one.size())))
                                        .
                                        operator QString()
                                        .toUtf8();
                    }
                    if (lineEnd < lines.size())
                        repaired += '\n';
                    ++line;
                    lineStart = lineEnd + 1;
                }
                carry = whole ? QByteArray()
                              : QByteArray(bytes.data() + lastBreak + 1,
                                           static_cast<qsizetype>(bytes.size() - lastBreak - 1));
                converted = repaired;
                bytes = std::string_view(converted.constData(),
                                         static_cast<std::size_t>(converted.size()));
            } else {
                carry = QByteArray(bytes.data() + bytes.size() - static_cast<std::size_t>(pending),
                                   pending);
                bytes.remove_suffix(static_cast<std::size_t>(pending));
            }
        } else {
            const QString text = decoder.decode(QByteArrayView(piece.constData(), got));
            if (decoder.hasError()) {
                const qsizetype bad = text.indexOf(QChar(QChar::ReplacementCharacter));
                const int line =
                    linesBefore + 1 + static_cast<int>(text.left(bad < 0 ? 0 : bad).count(u'\n'));
                return makeError(ErrorKind::InvalidInput,
                                 format.encoding == Encoding::Gb18030
                                     ? tr("Line %1: the text is neither valid UTF-8 nor valid "
                                          "GB18030; choose the file's encoding.")
                                           .arg(line)
                                     : tr("Line %1: the text is not valid %2; choose the file's "
                                          "encoding.")
                                           .arg(line)
                                           .arg(TextDecoder::name(format.encoding).toUpper()));
            }
            converted = text.toUtf8();
            bytes =
                std::string_view(converted.constData(), static_cast<std::size_t>(converted.size()));
        }
        first = false;
        linesBefore += countNewlines(bytes.data(), bytes.size());
        if (auto s = reader.feed(bytes); !s)
            return s;
        if (progress && !progress(bytesRead, total))
            return {};
    }
    if (!carry.isEmpty()) {
        // The last line: whole now, and valid or not.
        int pending = 0;
        if (!isValidUtf8(carry.constData(), carry.size(), pending) || pending != 0) {
            if (!invalidLine)
                return makeError(ErrorKind::InvalidInput,
                                 tr("Line %1: the text is not valid UTF-8; choose the file's "
                                    "encoding.")
                                     .arg(linesBefore + 1));
            invalidLine(linesBefore + 1);
            carry = QStringDecoder(QStringDecoder::Utf8).decode(carry).operator QString().toUtf8();
        }
        if (auto s = reader.feed(
                std::string_view(carry.constData(), static_cast<std::size_t>(carry.size())));
            !s)
            return s;
    }
    if (reader.stopped())
        return {};
    return reader.finish();
}

Result<std::vector<CsvRow>> CsvFile::head(const QString &path, const Format &format, int maxRecords)
{
    std::vector<CsvRow> rows;
    // A line that is not valid UTF-8 is shown repaired (U+FFFD); the check names it.
    auto s = read(
        path, format,
        [&](const CsvRecord &r) {
            rows.push_back(r.toRow());
            return static_cast<int>(rows.size()) < maxRecords;
        },
        {}, [](int) {});
    // A problem past the records asked for is not the preview's.
    if (!s && static_cast<int>(rows.size()) < maxRecords)
        return s.error();
    return rows;
}

} // namespace servicelens::io
