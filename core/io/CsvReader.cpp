// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QDir>
#include <QFile>

#include <csv.h>

namespace servicelens::io {

namespace {

struct ParseState {
    std::vector<CsvRow> rows;
    QStringList fields;
    int line = 1; // physical line where the current record starts
    int newlinesInRecord = 0;
    bool lastEndWasCR = false;
    bool anyField = false;
};

void onField(void *data, size_t len, void *state)
{
    auto *s = static_cast<ParseState *>(state);
    const char *bytes = static_cast<const char *>(data);
    for (size_t i = 0; i < len; ++i)
        if (bytes[i] == '\n')
            ++s->newlinesInRecord;
    s->fields << QString::fromUtf8(bytes, static_cast<qsizetype>(len));
    s->anyField = true;
    s->lastEndWasCR = false;
}

void onRecordEnd(int terminator, void *state)
{
    auto *s = static_cast<ParseState *>(state);
    // With CSV_REPALL_NL every CR and LF ends a record; the LF of a CRLF pair ends an empty one.
    if (terminator == '\n' && s->lastEndWasCR && !s->anyField) {
        s->lastEndWasCR = false;
        return;
    }
    if (s->anyField)
        s->rows.push_back(CsvRow{s->line, s->fields});
    s->line += 1 + s->newlinesInRecord;
    s->newlinesInRecord = 0;
    s->fields.clear();
    s->anyField = false;
    s->lastEndWasCR = terminator == '\r';
}

} // namespace

Result<std::vector<CsvRow>> CsvReader::parse(const QByteArray &input, char delimiter)
{
    QByteArray utf8 = input;
    if (utf8.startsWith("\xEF\xBB\xBF"))
        utf8.remove(0, 3);

    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_REPALL_NL | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
        return makeError(ErrorKind::Io, tr("Out of memory while reading CSV."));
    csv_set_delim(&parser, static_cast<unsigned char>(delimiter));

    ParseState state;
    const size_t consumed = csv_parse(&parser, utf8.constData(), static_cast<size_t>(utf8.size()),
                                      onField, onRecordEnd, &state);
    int rc = consumed == static_cast<size_t>(utf8.size()) ? 0 : csv_error(&parser);
    if (rc == 0)
        rc = csv_fini(&parser, onField, onRecordEnd, &state) == 0 ? 0 : csv_error(&parser);
    csv_free(&parser);
    if (rc != 0)
        return makeError(ErrorKind::InvalidInput,
                         tr("Line %1: the CSV text is malformed (%2); check the quotes.")
                             .arg(state.line)
                             .arg(QString::fromUtf8(csv_strerror(rc))));
    return std::move(state.rows);
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
