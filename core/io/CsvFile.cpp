// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvFile.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>

#include <cstring>

namespace servicelens::io {

namespace {

// Big enough that per-piece costs vanish, small enough to stay in cache-friendly memory.
constexpr qint64 pieceSize = 1 << 20;

Error unreadable(const QString &path, const QFile &file)
{
    return makeError(ErrorKind::NotFound,
                     CsvFile::tr("“%1” cannot be read: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString()));
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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(path, file);
    Format format;
    format.size = file.size();
    const QByteArray start = file.read(64 * 1024);
    format.encoding = requested;
    if (requested == Encoding::Auto) {
        format.encoding = TextDecoder::byteOrderMark(start).value_or(Encoding::Auto);
        if (format.encoding == Encoding::Auto) {
            // No mark: UTF-8 when every byte of the file says so (a GB18030 file usually shows
            // itself in its Chinese header already, so the scan stops early).
            format.encoding = Encoding::Utf8;
            QByteArray carry;
            QByteArray piece = start;
            while (true) {
                QByteArray bytes = carry + piece;
                int pending = 0;
                if (!isValidUtf8(bytes.constData(), bytes.size(), pending)) {
                    format.encoding = Encoding::Gb18030;
                    break;
                }
                carry = bytes.right(pending);
                if (file.atEnd()) {
                    if (pending != 0)
                        format.encoding = Encoding::Gb18030;
                    break;
                }
                piece = file.read(pieceSize);
                if (piece.isEmpty() && file.error() != QFileDevice::NoError)
                    return unreadable(path, file);
            }
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
                     const Progress &progress)
{
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
                // Name the line: decode line by line up to the bad byte.
                int line = linesBefore + 1;
                std::size_t lineStart = 0;
                for (std::size_t i = 0; i < bytes.size(); ++i) {
                    if (bytes[i] != '\n')
                        continue;
                    int p = 0;
                    if (!isValidUtf8(bytes.data() + lineStart,
                                     static_cast<qsizetype>(i - lineStart), p) ||
                        p != 0)
                        break;
                    ++line;
                    lineStart = i + 1;
                }
                return makeError(ErrorKind::InvalidInput,
                                 tr("Line %1: the text is not valid UTF-8; choose the file's "
                                    "encoding.")
                                     .arg(line));
            }
            carry = QByteArray(bytes.data() + bytes.size() - static_cast<std::size_t>(pending),
                               pending);
            bytes.remove_suffix(static_cast<std::size_t>(pending));
        } else {
            const QString text = decoder.decode(QByteArrayView(piece.constData(), got));
            if (decoder.hasError()) {
                const qsizetype bad = text.indexOf(QChar(QChar::ReplacementCharacter));
                const int line =
                    linesBefore + 1 + static_cast<int>(text.left(bad < 0 ? 0 : bad).count(u'\n'));
                return makeError(ErrorKind::InvalidInput,
                                 tr("Line %1: the text is not valid %2; choose the file's "
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
    if (!carry.isEmpty())
        return makeError(ErrorKind::InvalidInput,
                         tr("Line %1: the text is not valid UTF-8; choose the file's encoding.")
                             .arg(linesBefore + 1));
    if (reader.stopped())
        return {};
    return reader.finish();
}

Result<std::vector<CsvRow>> CsvFile::head(const QString &path, const Format &format, int maxRecords)
{
    std::vector<CsvRow> rows;
    auto s = read(path, format, [&](const CsvRecord &r) {
        rows.push_back(r.toRow());
        return static_cast<int>(rows.size()) < maxRecords;
    });
    // A problem past the records asked for is not the preview's.
    if (!s && static_cast<int>(rows.size()) < maxRecords)
        return s.error();
    return rows;
}

} // namespace servicelens::io
