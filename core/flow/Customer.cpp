// SPDX-License-Identifier: GPL-3.0-or-later
#include "Customer.h"

#include "storage/AuditLog.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/FastQuery.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>

namespace servicelens::flow {

QJsonObject Customer::toJson() const
{
    // The audit trail is evidence of what changed, so it keeps the values; training copies
    // (export-training-copy) pseudonymise the audit trail with the rest.
    QJsonObject json{{QStringLiteral("name"), name},
                     {QStringLiteral("phone"), phone},
                     {QStringLiteral("segment"),
                      segment == Segment::Key ? QStringLiteral("key") : QStringLiteral("regular")}};
    // Only when known, so the records of customers without one stay as they were.
    if (!address.isEmpty())
        json.insert(QStringLiteral("address"), address);
    return json;
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
            m_db, "INSERT INTO customer (uid, name, phone, segment, created_at, updated_at, "
                  "address) VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6)");
    FastQuery &q = *m_insert;
    q.bind(1, uid)
        .bind(2, customer.name.trimmed())
        .bind(3, customer.phone.trimmed())
        .bind(4, customer.segment == Customer::Segment::Key ? QStringLiteral("key")
                                                            : QStringLiteral("regular"))
        .bind(5, m_db.clock().nowSecsSinceEpoch())
        .bind(6, customer.address.trimmed());
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

namespace {

const QString customerColumns = QStringLiteral("id, uid, name, phone, segment, address");

// A customer from the columns customerColumns names, in that order.
Customer customerAt(const SqlQuery &r)
{
    Customer c;
    c.id = r.value(0).toLongLong();
    c.uid = r.value(1).toString();
    c.name = r.value(2).toString();
    c.phone = r.value(3).toString();
    c.segment = r.value(4).toString() == QLatin1String("key") ? Customer::Segment::Key
                                                              : Customer::Segment::Regular;
    c.address = r.value(5).toString();
    return c;
}

} // namespace

Result<std::optional<Customer>> CustomerRepository::findById(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM customer WHERE id = :id").arg(customerColumns));
    q.bind(QStringLiteral(":id"), id);
    return q.first<Customer>(customerAt);
}

Status CustomerRepository::update(const Customer &customer, const Customer &readBefore)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto stored = findById(customer.id);
    if (!stored)
        return stored.error();
    const auto same = [](const Customer &a, const Customer &b) {
        return a.name == b.name && a.phone == b.phone && a.address == b.address &&
               a.segment == b.segment;
    };
    if (!stored->has_value() || !same(**stored, readBefore))
        return makeError(ErrorKind::Stale,
                         QCoreApplication::translate(
                             "CustomerRepository",
                             "The customer was changed elsewhere after you opened the order; "
                             "open it again to see the latest."));
    Customer saved = customer;
    saved.name = saved.name.trimmed();
    saved.phone = saved.phone.trimmed();
    saved.address = saved.address.trimmed();
    SqlQuery q(m_db, QStringLiteral("UPDATE customer SET name = :name, phone = :phone, address = "
                                    ":address, segment = :segment, updated_at = :now WHERE id = "
                                    ":id"));
    q.bind(QStringLiteral(":name"), saved.name)
        .bind(QStringLiteral(":phone"), saved.phone)
        .bind(QStringLiteral(":address"), saved.address)
        .bind(QStringLiteral(":segment"), saved.segment == Customer::Segment::Key
                                              ? QStringLiteral("key")
                                              : QStringLiteral("regular"))
        .bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch())
        .bind(QStringLiteral(":id"), saved.id);
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = AuditLog(m_db).record(AuditLog::Action::Update, QStringLiteral("customer"),
                                       (*stored)->uid, (*stored)->toJson(), saved.toJson());
        !s)
        return s;
    return tx.commit();
}

Result<std::vector<CustomerRepository::PhoneMatch>>
CustomerRepository::byPhone(const QString &phone) const
{
    std::vector<PhoneMatch> matches;
    if (phone.trimmed().isEmpty())
        return matches;
    SqlQuery q(m_db, QStringLiteral("SELECT %1, (SELECT count(*) FROM service_order o WHERE "
                                    "o.customer_id = customer.id) FROM customer WHERE phone = "
                                    ":phone ORDER BY id")
                         .arg(customerColumns));
    q.bind(QStringLiteral(":phone"), phone.trimmed());
    return q.all<PhoneMatch>([](const SqlQuery &r) {
        return PhoneMatch{customerAt(r), r.value(6).toLongLong()};
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

Result<std::optional<qint64>> CustomerRepository::assign(const FormInput &input)
{
    const Customer &t = input.typed;
    const bool empty =
        t.name.trimmed().isEmpty() && t.phone.trimmed().isEmpty() && t.address.trimmed().isEmpty();
    std::optional<Customer> target;
    if (input.picked) {
        auto stored = findById(*input.picked);
        if (!stored)
            return stored.error();
        if (!stored->has_value())
            return makeError(ErrorKind::NotFound,
                             QCoreApplication::translate("CustomerRepository",
                                                         "The customer no longer exists."));
        target = **stored;
    } else if (empty) {
        return std::optional<qint64>();
    } else if (input.current) {
        target = input.current;
    }
    if (!target) {
        Customer created = t;
        if (auto s = create(created); !s)
            return s.error();
        return std::optional<qint64>(created.id);
    }
    Customer updated = *target;
    // A picked customer keeps what the form left empty (its number was how it was found).
    if (!t.name.trimmed().isEmpty() || !input.picked)
        updated.name = t.name.trimmed();
    if (!t.phone.trimmed().isEmpty() || !input.picked)
        updated.phone = t.phone.trimmed();
    if (!t.address.trimmed().isEmpty() || !input.picked)
        updated.address = t.address.trimmed();
    if (updated.name != target->name || updated.phone != target->phone ||
        updated.address != target->address)
        if (auto s = update(updated, *target); !s)
            return s.error();
    return std::optional<qint64>(target->id);
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
