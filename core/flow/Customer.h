// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace servicelens {
class Database;
class FastQuery;
} // namespace servicelens

namespace servicelens::flow {

// A customer of the branch. The phone number and the address are personal data: exports mask
// the phone and never print the address; the training copy clears both.
struct Customer {
    enum class Segment { Key, Regular }; // 重点客户 or regular

    qint64 id = 0;
    QString uid;
    QString name;
    QString phone;
    QString address;
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
    // Name, phone, address and segment, audited; refused (Stale) when the stored customer is
    // no longer `readBefore`.
    Status update(const Customer &customer, const Customer &readBefore);
    Result<std::optional<Customer>> findById(qint64 id) const;

    // The customers with this phone number (trimmed), each with how many orders they have:
    // "13912345678 — 张建国, 3 earlier orders" on the new order form. One index seek.
    struct PhoneMatch {
        Customer customer;
        qint64 orders = 0;
    };
    Result<std::vector<PhoneMatch>> byPhone(const QString &phone) const;

    // The customer an order form names: an existing customer picked (by phone), the order's
    // own customer as typed, or a new person. Everything empty: no customer.
    struct FormInput {
        Customer typed;                  // name, phone, address as on the form
        std::optional<qint64> picked;    // an existing customer chosen from the phone's matches
        std::optional<Customer> current; // the order's customer when the form opened
    };
    // The id the order gets, after creating or updating the customer (audited, inside the
    // caller's transaction when there is one): a picked or current customer takes what was
    // typed over it, a new one is created.
    Result<std::optional<qint64>> assign(const FormInput &input);
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
