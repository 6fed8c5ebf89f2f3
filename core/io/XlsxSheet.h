// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvReader.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace servicelens::io {

// The first worksheet of an Excel workbook (.xlsx, Office Open XML) read as records, the way
// CsvFile reads a CSV file, so every import takes either: the sheet's XML is streamed from the
// package a piece at a time, so memory does not grow with the rows (only the shared-strings
// table is held). A record's line is the row's number in the sheet, as Excel shows it; cells
// missing from a row are empty fields. Values are what Excel shows, not how it stores them:
// shared and inline strings as text, a formula's last computed value, a number without binary
// noise (0.1, not 0.1000000000000000055), a cell formatted as a date or time as ISO text
// (2026-11-03 14:05:00), TRUE/FALSE as 1/0.
class XlsxSheet final {
    Q_DECLARE_TR_FUNCTIONS(XlsxSheet)

public:
    // Whether a file starting with these bytes is a ZIP package (an .xlsx is one).
    static bool isZip(const QByteArray &start);
    // Whether it is an OLE compound file: an Excel 97–2003 workbook (.xls) or an encrypted one.
    static bool isLegacyOffice(const QByteArray &start);

    using Progress = std::function<bool(qint64 bytesRead, qint64 totalBytes)>;

    // Streams every non-empty row of the first sheet, the header included, to the handler.
    // A package that is not a workbook, a damaged part or an unreadable cell is an error naming
    // it; stopped by the handler or the progress callback, it returns without error.
    static Status read(const QString &path, const CsvReader::Handler &handler,
                       const Progress &progress = {});

    // A spreadsheet date serial (days since 1899-12-30, or since 1904-01-01) as ISO text: the
    // date alone when it has no time of day, the time alone for a serial below one day.
    static QString dateText(double serial, bool date1904);
    // Whether a number format (Excel's built-in id, or its code) shows a date or a time.
    static bool isDateFormat(int builtinId, const QString &code);

private:
    // False when the fields are longer than a record may be (CsvReader::maxRecordBytes).
    static bool fill(CsvRecord &record, int line, const std::vector<QString> &fields);
};

} // namespace servicelens::io
