// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

struct sqlite3;

namespace servicelens {

class Database;

// The audit trail as evidence: each record carries the SHA-256 of its content and of the
// record before it, and the newest record's id and hash are kept apart (setting "audit.head").
// Editing a record outside ServiceLens breaks its hash, removing one leaves a gap in the ids
// and breaks the next record's chain, cutting off the newest ones no longer matches the head.
// A determined forger with the file can recompute everything (or empty the trail): the chain
// alone shows any change made with an ordinary database tool, and names where; against a head
// noted earlier (printed by `check`, in every report, kept in every backup) it proves that the
// trail up to that record was not rewritten since.
class AuditChain final {
    Q_DECLARE_TR_FUNCTIONS(AuditChain)

public:
    struct Record {
        qint64 id = 0;
        qint64 at = 0;
        QString actor;
        QString action;
        QString entity;
        QString entityUid;
        std::optional<QString> before;
        std::optional<QString> after;
    };

    struct Finding {
        enum class Kind { Intact, Altered, Removed, NewestRemoved, NotChained };
        Kind kind = Kind::Intact;
        qint64 records = 0;  // records checked
        qint64 recordId = 0; // the first record found wrong (or after the gap)
        QString message;     // for the user, naming the record
        // The newest record and its hash: what to note down (or find in a report or a backup)
        // to prove later that the trail up to here was not rewritten.
        qint64 headId = 0;
        QByteArray headHash;
        bool intact() const { return kind == Kind::Intact; }
        // "20412:3fa8c2d1e0b94f7a": the head as printed (16 hex digits are plenty to compare).
        QString headText() const;
    };

    // Whether the record `id` still has the hash `hashPrefix` starts with (at least 16 hex
    // digits): a head noted earlier, compared with the trail now. The chain itself must be
    // intact for this to mean that nothing up to that record was rewritten. Empty when it
    // matches; otherwise the message.
    static Result<QString> compareWithHead(sqlite3 *db, qint64 id, const QByteArray &hashPrefix);
    // Parses "ID:HASH" as printed by headText().
    static std::optional<std::pair<qint64, QByteArray>> parseHead(const QString &text);

    // Hex SHA-256 of the record chained to `previous` (the hex hash of the record before it,
    // empty for the first). Every field is length-prefixed, so no two contents share a text.
    static QByteArray hash(const QByteArray &previous, const Record &record);

    // Whether the workbook's audit trail has its hash column: not during the migrations before
    // the one that adds it, which write their own audit records.
    static bool isChained(sqlite3 *db);
    // Checks every record in id order, and the head.
    static Result<Finding> verify(sqlite3 *db);
    // The hash of the newest record and its id (0 and empty when there is none).
    static Result<std::pair<qint64, QByteArray>> head(sqlite3 *db);
    // Writes the hash of every record in id order, and the head: the migration that starts the
    // chain on records written before it existed. Inside the caller's transaction.
    static Status chainAll(sqlite3 *db);
    // Stores the head after a record was appended. Inside the caller's transaction.
    static Status setHead(sqlite3 *db, qint64 id, const QByteArray &hash);
    // The same three on either engine (a head-office store on PostgreSQL is chained from its
    // first record), for the audit log's writer.
    static bool isChained(const Database &db);
    static Result<std::pair<qint64, QByteArray>> head(const Database &db);
    static Status setHead(const Database &db, qint64 id, const QByteArray &hash);
};

} // namespace servicelens
