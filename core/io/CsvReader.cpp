// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QDir>
#include <QFile>

#include <csv.h>

#include <cstring>

namespace servicelens::io {

std::string_view CsvRecord::field(int i) const
{
    if (i < 0 || i >= size())
        return {};
    const std::size_t begin = i == 0 ? 0 : m_ends[static_cast<std::size_t>(i) - 1];
    return std::string_view(m_bytes).substr(begin, m_ends[static_cast<std::size_t>(i)] - begin);
}

QString CsvRecord::text(int i) const
{
    const std::string_view f = field(i);
    return QString::fromUtf8(f.data(), static_cast<qsizetype>(f.size()));
}

QStringList CsvRecord::texts() const
{
    QStringList list;
    list.reserve(size());
    for (int i = 0; i < size(); ++i)
        list << text(i);
    return list;
}

CsvReader::CsvReader(char delimiter, Handler handler)
    : m_handler(std::move(handler))
{
    m_parser = new csv_parser;
    // CSV_REPALL_NL: every CR and LF ends a record, so physical lines can be counted.
    if (csv_init(m_parser, CSV_STRICT | CSV_REPALL_NL | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
        delete m_parser;
        m_parser = nullptr;
        return;
    }
    csv_set_delim(m_parser, static_cast<unsigned char>(delimiter));
}

CsvReader::~CsvReader()
{
    if (m_parser) {
        csv_free(m_parser);
        delete m_parser;
    }
}

void CsvReader::onField(void *data, std::size_t len, void *self)
{
    auto *r = static_cast<CsvReader *>(self);
    if (r->m_stopped)
        return;
    const char *bytes = static_cast<const char *>(data);
    // Lines inside a quoted field still count as lines of the file.
    for (const char *p = bytes, *end = bytes + len;
         (p = static_cast<const char *>(std::memchr(p, '\n', static_cast<std::size_t>(end - p))));
         ++p)
        ++r->m_newlinesInRecord;
    if (r->m_record.m_bytes.size() + len > maxRecordBytes) {
        r->m_tooLong = true;
        r->m_stopped = true;
        return;
    }
    r->m_record.m_bytes.append(bytes, len);
    r->m_record.m_ends.push_back(r->m_record.m_bytes.size());
    r->m_lastEndWasCR = false;
}

void CsvReader::onRecordEnd(int terminator, void *self)
{
    auto *r = static_cast<CsvReader *>(self);
    CsvRecord &rec = r->m_record;
    const bool anyField = !rec.m_ends.empty();
    // The LF of a CRLF pair ends an empty record of its own: not a line.
    if (terminator == '\n' && r->m_lastEndWasCR && !anyField) {
        r->m_lastEndWasCR = false;
        return;
    }
    if (anyField && !r->m_stopped) {
        rec.m_line = r->m_line;
        if (!r->m_handler(rec))
            r->m_stopped = true;
    }
    r->m_line += 1 + r->m_newlinesInRecord;
    r->m_newlinesInRecord = 0;
    rec.m_bytes.clear();
    rec.m_ends.clear();
    r->m_lastEndWasCR = terminator == '\r';
}

Status CsvReader::malformed(int code) const
{
    return makeError(ErrorKind::InvalidInput,
                     tr("Line %1: the CSV text is malformed (%2); check the quotes.")
                         .arg(m_line)
                         .arg(QString::fromUtf8(csv_strerror(code))));
}

Status CsvReader::tooLong() const
{
    return makeError(ErrorKind::InvalidInput,
                     tr("Line %1: the line is longer than %2 MB, more than a CSV row can hold; "
                        "this is not a CSV file, or a quote is missing.")
                         .arg(m_line)
                         .arg(maxRecordBytes >> 20));
}

Status CsvReader::feed(std::string_view utf8)
{
    if (!m_parser)
        return makeError(ErrorKind::Io, tr("Out of memory while reading CSV."));
    // In slices, so that a field without end (a file of zeros, a lost quote) is stopped at
    // the limit instead of growing libcsv's buffer until memory runs out.
    constexpr std::size_t slice = 64 * 1024;
    for (std::size_t at = 0; at < utf8.size() && !m_stopped; at += slice) {
        const std::string_view part = utf8.substr(at, slice);
        const std::size_t consumed =
            csv_parse(m_parser, part.data(), part.size(), onField, onRecordEnd, this);
        if (m_tooLong || m_parser->entry_pos + m_record.m_bytes.size() > maxRecordBytes)
            return tooLong();
        if (consumed != part.size())
            return malformed(csv_error(m_parser));
    }
    return {};
}

Status CsvReader::finish()
{
    if (!m_parser)
        return makeError(ErrorKind::Io, tr("Out of memory while reading CSV."));
    if (csv_fini(m_parser, onField, onRecordEnd, this) != 0)
        return malformed(csv_error(m_parser));
    if (m_tooLong)
        return tooLong();
    return {};
}

Result<std::vector<CsvRow>> CsvReader::parse(const QByteArray &input, char delimiter)
{
    std::string_view text(input.constData(), static_cast<std::size_t>(input.size()));
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    std::vector<CsvRow> rows;
    CsvReader reader(delimiter, [&rows](const CsvRecord &r) {
        rows.push_back(r.toRow());
        return true;
    });
    if (auto s = reader.feed(text); !s)
        return s.error();
    if (auto s = reader.finish(); !s)
        return s.error();
    return rows;
}

Result<std::vector<CsvRow>> CsvReader::parseFile(const QString &path, char delimiter)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorKind::NotFound,
            tr("“%1” cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return parse(file.readAll(), delimiter);
}

} // namespace servicelens::io
