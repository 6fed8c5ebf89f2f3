// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TextDecoder.h"
#include "storage/Result.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace servicelens::io {

// One problem with one cell (or row) of an import file, in the user's terms.
struct ImportIssue {
    int line = 0;   // physical line in the file, or the row's number in a sheet
    QString column; // the column's name in the file; empty for the row as a whole
    QString value;
    QString message;       // what is wrong and what was expected
    bool sheetRow = false; // `line` is a row of an Excel sheet: said "Row 3", as Excel shows it
    QString toString() const;
};

// A mapping file (`--map`) or the GUI's mapping: `source header=column` lines,
// `@date_format=<Qt format>`, `@value.<column>.<source value>=<value>` and `@empty=<marker>`
// (FORMATS.md).
struct ColumnMapping {
    QHash<QString, QString> headers; // lower-cased source header -> column
    QString dateFormat;
    QHash<QString, QHash<QString, QString>> values; // column -> lower-cased source value -> value
    // Values that mean "no value" in every column (ServiceNow's `?`, N/A, NULL), lower-cased:
    // a cell holding one is read as an empty cell.
    QSet<QString> emptyMarkers;

    // The markers exports commonly write for "no value", proposed when a file holds them.
    static const QStringList &commonEmptyMarkers();

    static Result<ColumnMapping> load(const QString &path);
    // The lines of a mapping file; toLines() writes them back (sorted), for remembering.
    static Result<ColumnMapping> parse(const QString &text);
    QStringList toLines() const;
    bool isEmpty() const
    {
        return headers.isEmpty() && dateFormat.isEmpty() && values.isEmpty() &&
               emptyMarkers.isEmpty();
    }
};

struct ImportOptions {
    Encoding encoding = Encoding::Auto;
    bool skipInvalid = false;
    // Reads, checks and writes everything as a real import would, then rolls back: the counts
    // and problems are what the import would give (the GUI's dry run).
    bool dryRun = false;
    QString branchCode; // empty: the workbook's first branch
    QString surveyCode; // survey responses: empty means the workbook's survey (its settings)
    QString source;     // what the file is, where records name it (empty: "Imported from" it)
    // People columns naming no one create those people (`--create-staff`, the dialog's
    // confirmation); otherwise such a row is refused and the person listed.
    bool createStaff = false;
    ColumnMapping mapping;
};

// A person a people column names who is not in the staff list: created with createStaff,
// otherwise listed (with where) so the user can add them or confirm their creation.
struct UnknownPerson {
    static constexpr int maxLinesKept = 10;
    QString value;          // as the file writes it
    QString column;         // the column's header in the file
    qint64 rows = 0;        // rows naming them
    std::vector<int> lines; // the first maxLinesKept of them
    bool created = false;

    // "张师傅 (技术员, lines 2, 4)": who, in which column, where.
    QString toString() const;
};

struct ImportSummary {
    // The problems kept for showing; a file full of errors does not fill the memory.
    static constexpr int maxIssuesKept = 1000;

    qint64 read = 0; // data rows, the header not counted
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;   // rows with at least one problem
    qint64 issueCount = 0; // problems in all (a row can have several)
    double seconds = 0;
    Encoding encoding = Encoding::Utf8;
    char delimiter = ',';
    bool spreadsheet = false; // read from an Excel workbook's first sheet
    // Whether the rows were written: false after a dry run, or when a strict import found
    // problems (then nothing was imported and the counts say what would have been).
    bool committed = false;
    std::vector<ImportIssue> issues;          // the first maxIssuesKept problems, in file order
    QStringList warnings;                     // unknown columns and the like
    std::vector<UnknownPerson> unknownPeople; // in the order first met, the first 500
    QStringList notes;    // about the file as a whole: the figures it cannot feed, and the like
    QString rejectedPath; // with skipInvalid, where the rejected rows went

    // A strict import that found problems: nothing was imported.
    bool failed() const { return !committed && rejected > 0; }
    // "N rows of “file” have problems; nothing was imported."
    QString failureMessage(const QString &path) const;
    // The same as an Error: the message, and every problem kept, one a line, in the detail.
    Error toError(const QString &path) const;
};

// Called now and then with the bytes read so far and the file's size; false cancels.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

} // namespace servicelens::io
