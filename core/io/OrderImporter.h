// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TextDecoder.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace servicelens {
class Database;
}

namespace servicelens::io {

// One problem with one cell (or row) of an import file, in the user's terms.
struct ImportIssue {
    int line = 0;   // physical line in the file
    QString column; // the column's name in the file
    QString value;
    QString message; // what is wrong and what was expected
    QString toString() const;
};

// A mapping file (`--map`): `source header=column` lines, `@date_format=<Qt format>` and
// `@value.<column>.<source value>=<value>` (FORMATS.md).
struct ColumnMapping {
    QHash<QString, QString> headers; // lower-cased source header -> column
    QString dateFormat;
    QHash<QString, QHash<QString, QString>> values; // column -> lower-cased source value -> value

    static Result<ColumnMapping> load(const QString &path);
};

struct ImportOptions {
    Encoding encoding = Encoding::Auto;
    bool skipInvalid = false;
    QString branchCode; // empty: the workbook's first branch
    ColumnMapping mapping;
};

struct ImportSummary {
    qint64 read = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    double seconds = 0;
    Encoding encoding = Encoding::Utf8;
    char delimiter = ',';
    std::vector<ImportIssue> issues; // every row error (strict mode: nothing was imported)
    QStringList warnings;            // unknown columns and the like
    QString rejectedPath;            // with skipInvalid, where the rejected rows went
};

// Service orders from a CSV file (FORMATS.md "import orders"): encoding and delimiter detected,
// headers matched by name or Chinese alias, every cell validated with the line and column of
// each problem. Strict by default: one bad row and nothing is imported. All rows are written in
// one transaction; a row whose order id exists updates that order (audited), so importing the
// same file again changes nothing.
class OrderImporter final {
    Q_DECLARE_TR_FUNCTIONS(OrderImporter)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // An Error of kind InvalidInput carries the summary's issues in its detail.
    static Result<ImportSummary> run(Database &db, const QString &path,
                                     const ImportOptions &options, const Progress &progress = {});
};

} // namespace servicelens::io
