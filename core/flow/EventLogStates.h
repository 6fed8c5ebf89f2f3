// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/CsvFile.h"
#include "io/CsvReader.h"
#include "storage/Result.h"

#include <QStringList>

#include <utility>
#include <vector>

namespace servicelens::flow {

// What the import dialog needs to recognise an event log and ask what each of its states is
// (`import events`, FORMATS.md).
class EventLogStates final {
public:
    // The codes a state maps onto, in the order a dialog offers them (the stages, the two
    // waits, ignore).
    static const QStringList &codes();
    static const QString &ignore(); // a row whose state maps to it is skipped
    // The code a source state's name suggests (New → received, Awaiting Vendor →
    // waiting_parts, 已关闭 → closed, …), or empty when the name says nothing clear.
    static QString suggested(const QString &sourceState);
    // Each distinct value of a file column (the state column), with its number of rows, most
    // rows first; at most `limit` values.
    static Result<std::vector<std::pair<QString, qint64>>>
    valueCounts(const QString &path, const io::CsvFile::Format &format, int fileColumn,
                int limit = 500);
    // Whether a header and first rows look like an event log: an order id, a time and a state
    // column, and an order id on several rows.
    static bool looksLikeEventLog(const QStringList &header, const std::vector<io::CsvRow> &rows);
};

} // namespace servicelens::flow
