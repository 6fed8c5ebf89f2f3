// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

struct csv_parser;

namespace servicelens::io {

// One record of a CSV file and the physical line it starts on (quoted fields may span lines),
// so errors can name the line a user sees in a text editor.
struct CsvRow {
    int line = 0;
    QStringList fields;
};

// A record as the parser hands it over: the fields are views into the parser's buffer, valid
// only while the handler runs. Bulk importers read the bytes without making a QString of every
// cell; everything else takes text().
class CsvRecord final {
public:
    int line() const { return m_line; }
    int size() const { return static_cast<int>(m_ends.size()); }
    // The field's UTF-8 bytes; empty past the last field.
    std::string_view field(int i) const;
    QString text(int i) const;
    QStringList texts() const;
    CsvRow toRow() const { return {m_line, texts()}; }

private:
    friend class CsvReader;
    friend class XlsxSheet;
    int m_line = 0;
    std::string m_bytes;             // the fields one after another
    std::vector<std::size_t> m_ends; // where each field ends in m_bytes
};

// RFC 4180 parsing with libcsv (quoted delimiters, doubled quotes, newlines inside quotes),
// incremental: text is fed in pieces of any size and each complete record goes to the handler
// at once, so a file of any size is read in constant memory. Input is UTF-8.
class CsvReader final {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // Returns false to stop reading (the feed calls that follow do nothing).
    using Handler = std::function<bool(const CsvRecord &)>;

    CsvReader(char delimiter, Handler handler);
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // A malformed text (a quote left open at the end, a stray quote) is an error naming the line.
    Status feed(std::string_view utf8);
    // The end of the text: delivers a last record without a line break.
    Status finish();
    bool stopped() const { return m_stopped; }

    // A record (a line, or several inside quotes) longer than this is not CSV a person or a
    // helpdesk wrote: the reading stops rather than hold it in memory (FORMATS.md's limits).
    static constexpr std::size_t maxRecordBytes = 1 << 20;

    // Whole texts at once, for small files and tests. A leading byte-order mark is skipped.
    static Result<std::vector<CsvRow>> parse(const QByteArray &utf8, char delimiter = ',');
    static Result<std::vector<CsvRow>> parseFile(const QString &path, char delimiter = ',');

private:
    static void onField(void *data, std::size_t len, void *self);
    static void onRecordEnd(int terminator, void *self);
    Status malformed(int code) const;
    Status tooLong() const;

    csv_parser *m_parser = nullptr;
    Handler m_handler;
    CsvRecord m_record;
    int m_line = 1; // physical line where the current record starts
    int m_newlinesInRecord = 0;
    bool m_lastEndWasCR = false;
    bool m_stopped = false;
    bool m_tooLong = false; // a record over maxRecordBytes: the reading stops with an error
};

} // namespace servicelens::io
