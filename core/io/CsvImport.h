// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvReader.h"
#include "OrderImporter.h"
#include "TextDecoder.h"

#include <QCoreApplication>

#include <initializer_list>
#include <vector>

namespace servicelens::io {

// What every CSV import shares: reading and decoding the file, matching its header to the
// columns of FORMATS.md, and writing the rejected rows with their reasons.
class CsvImport final {
    Q_DECLARE_TR_FUNCTIONS(CsvImport)

public:
    struct ColumnSpec {
        const char *name;  // as in FORMATS.md
        const char *alias; // the Chinese header users write
    };

    struct Input {
        Encoding encoding = Encoding::Utf8;
        char delimiter = ',';
        QStringList header;
        std::vector<CsvRow> rows; // the data rows, header excluded
    };

    // Decodes (detected or given encoding), detects the delimiter and parses the whole file.
    static Result<Input> read(const QString &path, Encoding encoding);

    // For each spec, the index of the file column that holds it (-1 when absent). Unknown
    // columns become warnings; a missing required column is an error naming it.
    static Result<std::vector<int>> matchHeader(const QStringList &header,
                                                const std::vector<ColumnSpec> &specs,
                                                const ColumnMapping &mapping,
                                                std::initializer_list<int> required,
                                                QStringList &warnings);

    using Rejected = std::vector<std::pair<const CsvRow *, QString>>;

    // Records a row's problems: the row is rejected with its reasons joined.
    static void reject(const CsvRow &row, const std::vector<ImportIssue> &issues,
                       Rejected &rejected, ImportSummary &summary);
    // The error of a strict import with problems: a count in the message, every problem (one a
    // line) in the detail.
    static Error strictFailure(const QString &path, const ImportSummary &summary);

    // `<input>.rejected.csv`: the file's header plus a reason column, then each rejected row.
    static Result<QString>
    writeRejected(const QString &inputPath, const QStringList &header,
                  const std::vector<std::pair<const CsvRow *, QString>> &rejected);
};

} // namespace servicelens::io
