// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServiceCase.h"

#include "storage/Result.h"

#include <QCoreApplication>

namespace servicelens {
class Database;
}

namespace servicelens::knowledge {

// A case found by a search or offered at diagnosis, best first.
struct CaseHit {
    qint64 id = 0;
    QString uid;
    QString title;
    CaseStatus status = CaseStatus::Draft;
    QString faultCode;
    double score = 0; // larger is better: the text's relevance (BM25), plus what fits the order
};

// What an order at diagnosis tells about the cases that may fit it.
struct OrderClues {
    QString model;       // the product list's model its product text names, or empty
    QString faultCode;   // its fault code, or empty
    QString description; // the customer's words
};

// The case library of a workbook or store: cases kept with their versions, models, photos and
// search index in one transaction each, every change audited; the search (CaseText) and the
// suggestions for an order; which case was used on which order.
class CaseLibrary final {
    Q_DECLARE_TR_FUNCTIONS(CaseLibrary)

public:
    explicit CaseLibrary(Database &db)
        : m_db(db)
    {}

    // Whether a read brings the photos' bytes too: a list that shows none leaves them.
    enum class Photos { With, Without };
    Result<std::optional<ServiceCase>> find(qint64 id, Photos photos = Photos::With) const;
    Result<std::optional<ServiceCase>> findByUid(const QString &uid) const;
    // Every case, newest change first; retired ones only when asked.
    Result<std::vector<ServiceCase>> list(bool withRetired = true,
                                          Photos photos = Photos::With) const;
    // A new case (id 0) is added at version 1; a known one, when its content changed, becomes
    // its next version, the one before kept in its history. Returns whether anything changed.
    Result<bool> save(ServiceCase &c);
    // The versions before the current one, oldest first, as their JSON.
    Result<std::vector<QJsonObject>> history(qint64 caseId) const;

    // Cases whose words hold every term of the query (each a phrase), best first; retired ones
    // left out unless asked.
    Result<std::vector<CaseHit>> search(const QString &query, int limit = 20,
                                        bool withRetired = false) const;
    // The approved cases that fit an order, best first: its fault code (+3), its model (+2) and
    // its description's words (their relevance), at most `limit`.
    Result<std::vector<CaseHit>> suggest(const OrderClues &order, int limit = 5) const;

    // The case was used on the order (once per order and case; audited).
    Status recordUse(qint64 orderId, qint64 caseId);
    Result<std::vector<qint64>> casesUsedOn(qint64 orderId) const;
    // On how many orders the case was used.
    Result<long long> useCount(qint64 caseId) const;

private:
    Result<std::vector<CaseHit>> match(const QString &expression, int limit,
                                       bool withRetired) const;
    Status writeDetails(const ServiceCase &c);
    Status index(const ServiceCase &c);

    Database &m_db;
};

} // namespace servicelens::knowledge
