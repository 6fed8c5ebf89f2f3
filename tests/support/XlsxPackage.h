// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace servicelens::test {

// Writes an .xlsx package part by part (minizip), so a test can give the reader exactly the
// XML another program writes: inline strings, phonetic runs, missing references, the 1904 date
// system, a damaged part.
class XlsxPackage {
public:
    using Parts = std::vector<std::pair<QString, QByteArray>>;

    // The parts of a one-sheet workbook around the sheet's <sheetData> content; shared strings
    // and styles are added when given.
    static Parts workbook(const QByteArray &sheetData, const QByteArray &sharedStrings = {},
                          const QByteArray &styles = {}, bool date1904 = false);
    static bool write(const QString &path, const Parts &parts);
    // A row of inline-string cells, for forms typed into a sheet.
    static QByteArray row(int number, const QStringList &cells);
};

} // namespace servicelens::test
