// SPDX-License-Identifier: GPL-3.0-or-later
#include "Customer.h"

#include "storage/AuditLog.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/FastQuery.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

namespace servicelens::flow {

QJsonObject Customer::toJson() const
{
    // The audit trail is evidence of what changed, so it keeps the values; training copies
    // (export-training-copy) pseudonymise the audit trail with the rest.
    return {{QStringLiteral("name"), name},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("segment"),
             segment == Segment::Key ? QStringLiteral("key") : QStringLiteral("regular")}};
}

QString Customer::maskPhone(const QString &phone)
{
    const QString digits = phone.trimmed();
    if (digits.size() < 7)
        return QString(digits.size(), QLatin1Char('*'));
    return digits.left(3) + QStringLiteral("****") + digits.right(4);
}

CustomerRepository::CustomerRepository(Database &db)
    : m_db(db)
{}

CustomerRepository::~CustomerRepository() = default;

Status CustomerRepository::create(Customer &customer, Audit audit)
{
    // One statement is atomic on its own; the transaction is for the audit record beside it.
    std::optional<WriteTransaction> tx;
    if (audit == Audit::EachRow) {
        tx.emplace(m_db);
        if (!tx->status())
            return tx->status();
    }
    const QString uid = customer.uid.isEmpty() ? m_db.uids().next() : customer.uid;
    if (!m_insert)
        m_insert = std::make_unique<FastQuery>(
            m_db, "INSERT INTO customer (uid, name, phone, segment, created_at, updated_at) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?5)");
    FastQuery &q = *m_insert;
    q.bind(1, uid)
        .bind(2, customer.name.trimmed())
        .bind(3, customer.phone.trimmed())
        .bind(4, customer.segment == Customer::Segment::Key ? QStringLiteral("key")
                                                            : QStringLiteral("regular"))
        .bind(5, m_db.clock().nowSecsSinceEpoch());
    if (auto s = q.exec(); !s)
        return s;
    customer.id = q.lastInsertId();
    customer.uid = uid;
    if (audit == Audit::EachRow) {
        if (auto s = AuditLog(m_db).record(AuditLog::Action::Insert, QStringLiteral("customer"),
                                           uid, {}, customer.toJson());
            !s)
            return s;
        return tx->commit();
    }
    return {};
}

Result<std::optional<Customer>> CustomerRepository::findById(qint64 id) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT id, uid, name, phone, segment FROM customer WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    return q.first<Customer>([](const SqlQuery &r) {
        Customer c;
        c.id = r.value(0).toLongLong();
        c.uid = r.value(1).toString();
        c.name = r.value(2).toString();
        c.phone = r.value(3).toString();
        c.segment = r.value(4).toString() == QLatin1String("key") ? Customer::Segment::Key
                                                                  : Customer::Segment::Regular;
        return c;
    });
}

Result<std::optional<qint64>> CustomerRepository::idByNameAndPhone(const QString &name,
                                                                   const QString &phone)
{
    if (!m_findByNameAndPhone)
        m_findByNameAndPhone = std::make_unique<FastQuery>(
            m_db, "SELECT id FROM customer WHERE phone = ?1 AND name = ?2 ORDER BY id LIMIT 1");
    FastQuery &q = *m_findByNameAndPhone;
    q.reset();
    q.bind(1, phone.trimmed()).bind(2, name.trimmed());
    std::optional<qint64> id;
    if (q.next())
        id = q.int64(0);
    if (!q.status())
        return q.status().error();
    q.reset();
    return id;
}

Result<qint64> CustomerRepository::count() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM customer"));
    auto v = q.scalar();
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<qint64> CustomerRepository::findOrCreate(const QString &name, const QString &phone,
                                                bool &created)
{
    created = false;
    auto found = idByNameAndPhone(name, phone);
    if (!found)
        return found.error();
    if (*found)
        return **found;
    Customer c;
    c.name = name;
    c.phone = phone;
    if (auto s = create(c, Audit::Caller); !s)
        return s.error();
    created = true;
    return c.id;
}

} // namespace servicelens::flow
