// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QByteArray>

namespace servicelens {
class Database;
}

namespace servicelens::network {

// The cases head office publishes to its branches (DESIGN.md: approved cases belong to head
// office): approved once, approved or retired now, with their models and photos
// (HeadOfficeTable::publishedCase). They travel in the head-office pack by uid.
class HeadOfficeCases final {
public:
    // Copies the published cases of a store on PostgreSQL into the snapshot workbook a
    // head-office pack is built from (PackWriter): by column name, the photos as bytes, without
    // the orders they were written from (which the snapshot does not hold).
    static Status copyPublished(Database &store, Database &snapshot);
    // Whether a head-office table is one copyPublished copies (the others go row by row as
    // they are).
    static bool copies(const QByteArray &table);
    // At a branch, for the pack attached as `pack`: each case saved into the branch's library
    // by uid (knowledge/CaseLibrary) — a new one added, a changed one a new version with the one
    // before kept in its history, an unchanged one left alone — so the search index, the audit
    // trail and the history are kept as for any change; the order it was written from at the
    // branch, if any, stays.
    static Status receive(Database &db, qint64 &inserted, qint64 &updated);
};

} // namespace servicelens::network
