// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvReader.h"
#include "TextDecoder.h"
#include "XlsxSheet.h"

#include <QCoreApplication>

#include <functional>

namespace servicelens::io {

// A CSV file on disk, read as a stream: the encoding and delimiter are found first (sniff),
// then the file is decoded and parsed a piece at a time, so memory does not grow with the
// file's size. Every importer reads its file through here.
class CsvFile final {
    Q_DECLARE_TR_FUNCTIONS(CsvFile)

public:
    struct Format {
        Encoding encoding = Encoding::Utf8;
        char delimiter = ',';
        qint64 size = 0; // bytes
        // Detected UTF-8: the lines that are not valid UTF-8 (each a row error when read).
        qint64 invalidUtf8Lines = 0;
        // An Excel workbook (.xlsx): its first sheet is read (XlsxSheet), a record per row,
        // the line being the row's number in the sheet.
        bool spreadsheet = false;
    };

    // The encoding (given, or detected: a byte-order mark decides; else a file that is valid
    // UTF-8 throughout is UTF-8; else GB18030) and the delimiter (from the first lines). A file
    // that is an Excel workbook, whatever its name, is read as one.
    static Result<Format> sniff(const QString &path, Encoding requested = Encoding::Auto);

    // Called with the bytes read so far and the file's size; return false to stop.
    using Progress = std::function<bool(qint64 bytesRead, qint64 totalBytes)>;

    // Told of each line that is not valid UTF-8 in a UTF-8 file, before the record holding it
    // reaches the handler (with its bad bytes replaced by U+FFFD).
    using InvalidLine = std::function<void(int line)>;

    // Streams every record, the header included, to the handler. Text that is not valid in the
    // encoding is an error naming its line, unless `invalidLine` takes it (UTF-8: the line is
    // passed on repaired, so the importer can reject that row alone). Stopped by the handler or
    // the progress callback, it returns without error: the caller knows why it stopped.
    static Status read(const QString &path, const Format &format, const CsvReader::Handler &handler,
                       const Progress &progress = {}, const InvalidLine &invalidLine = {});

    // The first `maxRecords` records (the header included), for previews.
    static Result<std::vector<CsvRow>> head(const QString &path, const Format &format,
                                            int maxRecords);

    // Whether the bytes are valid UTF-8; `pending` carries an incomplete character from one
    // piece to the next (0 at the start; a file is valid when it ends with 0 pending).
    static bool isValidUtf8(const char *data, qsizetype size, int &pending);
};

} // namespace servicelens::io
