// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace servicelens {
class Database;
class FastQuery;
} // namespace servicelens

namespace servicelens::flow {

// A customer of the branch. The phone number is personal data: exports mask it.
struct Customer {
    enum class Segment { Key, Regular }; // 重点客户 or regular

    qint64 id = 0;
    QString uid;
    QString name;
    QString phone;
    Segment segment = Segment::Regular;

    QJsonObject toJson() const;
    // 138****5678: what exports and screens show unless personal data was asked for.
    static QString maskPhone(const QString &phone);
};

class CustomerRepository final {
public:
    enum class Audit { EachRow, Caller };
    explicit CustomerRepository(Database &db);
    ~CustomerRepository();

    Status create(Customer &customer, Audit audit = Audit::EachRow);
    Result<std::optional<Customer>> findById(qint64 id) const;
    // The customer with exactly this name and phone (trimmed), for matching imported rows:
    // one index seek, so an import of a million rows does not hold every customer in memory.
    Result<std::optional<qint64>> idByNameAndPhone(const QString &name, const QString &phone);
    // That customer, or a new one made with this name and phone (for an importer, which audits
    // the batch: Audit::Caller); `created` says which.
    Result<qint64> findOrCreate(const QString &name, const QString &phone, bool &created);
    Result<qint64> count() const;

private:
    Database &m_db;
    // Prepared once, reused by bulk writers (raw statements: see PERF-NOTES.md).
    std::unique_ptr<FastQuery> m_insert;
    std::unique_ptr<FastQuery> m_findByNameAndPhone;
};

} // namespace servicelens::flow
