// SPDX-License-Identifier: GPL-3.0-or-later
#include "Customer.h"

#include "storage/AuditLog.h"
#include "storage/Clock.h"
#include "storage/Database.h"
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
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    const QString uid = customer.uid.isEmpty() ? m_db.uids().next() : customer.uid;
    if (!m_insert)
        m_insert = std::make_unique<SqlQuery>(
            m_db, QStringLiteral("INSERT INTO customer (uid, name, phone, segment, created_at, "
                                 "updated_at) VALUES (:uid, :name, :phone, :segment, :now, :now)"));
    SqlQuery &q = *m_insert;
    q.bind(QStringLiteral(":uid"), uid)
        .bind(QStringLiteral(":name"), customer.name.trimmed())
        .bind(QStringLiteral(":phone"), customer.phone.trimmed())
        .bind(QStringLiteral(":segment"), customer.segment == Customer::Segment::Key
                                              ? QStringLiteral("key")
                                              : QStringLiteral("regular"))
        .bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch());
    if (auto s = q.exec(); !s)
        return s;
    customer.id = q.lastInsertId();
    customer.uid = uid;
    if (audit == Audit::EachRow)
        if (auto s = AuditLog(m_db).record(AuditLog::Action::Insert, QStringLiteral("customer"),
                                           uid, {}, customer.toJson());
            !s)
            return s;
    return tx.commit();
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

Result<QHash<QString, qint64>> CustomerRepository::idsByNameAndPhone() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, name, phone FROM customer"));
    if (auto s = q.exec(); !s)
        return s.error();
    QHash<QString, qint64> ids;
    while (q.next())
        ids.insert(key(q.value(1).toString(), q.value(2).toString()), q.value(0).toLongLong());
    return ids;
}

Result<qint64> CustomerRepository::count() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM customer"));
    auto v = q.scalar();
    if (!v)
        return v.error();
    return v->toLongLong();
}

} // namespace servicelens::flow
