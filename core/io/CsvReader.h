// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace servicelens::io {

// One record of a CSV file and the physical line it starts on (quoted fields may span lines),
// so errors can name the line a user sees in a text editor.
struct CsvRow {
    int line = 0;
    QStringList fields;
};

// RFC 4180 parsing with libcsv (quoted delimiters, doubled quotes, newlines inside quotes).
// Input is UTF-8 text, with or without a byte-order mark.
class CsvReader final {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static Result<std::vector<CsvRow>> parse(const QByteArray &utf8, char delimiter = ',');
    static Result<std::vector<CsvRow>> parseFile(const QString &path, char delimiter = ',');
};

} // namespace servicelens::io
