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
class SqlQuery;
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
    // Every customer's id by name and phone (see key()), for matching imported rows.
    Result<QHash<QString, qint64>> idsByNameAndPhone() const;
    static QString key(const QString &name, const QString &phone)
    {
        return name.trimmed() + QChar(0x1f) + phone.trimmed();
    }
    Result<qint64> count() const;

private:
    Database &m_db;
    std::unique_ptr<SqlQuery> m_insert; // prepared once, reused by bulk inserts
};

} // namespace servicelens::flow
