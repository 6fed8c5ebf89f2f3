// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstalledBase.h"

#include "NamedEntry.h"

#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QJsonObject>

namespace servicelens::org {

namespace {

const QString entity = QStringLiteral("installed_base");

QJsonObject unitsJson(const QString &model, int month, qint64 units)
{
    return {{QStringLiteral("model"), model},
            {QStringLiteral("month"), InstalledBase::monthText(month)},
            {QStringLiteral("units"), static_cast<double>(units)}};
}

} // namespace

QString InstalledBase::monthText(int month)
{
    return QStringLiteral("%1-%2")
        .arg(month / 100, 4, 10, QLatin1Char('0'))
        .arg(month % 100, 2, 10, QLatin1Char('0'));
}

Result<InstalledBase::Table> InstalledBase::load(int from, int to) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT model, month, units FROM installed_base WHERE month "
                                    "BETWEEN :from AND :to"));
    q.bind(QStringLiteral(":from"), from).bind(QStringLiteral(":to"), to);
    if (auto s = q.exec(); !s)
        return s.error();
    Table table;
    while (q.next())
        table[q.value(0).toString()][q.value(1).toInt()] = q.value(2).toLongLong();
    return table;
}

Result<std::optional<qint64>> InstalledBase::units(const QString &model, int month) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT units FROM installed_base WHERE model = :model AND "
                                    "month = :month"));
    q.bind(QStringLiteral(":model"), model).bind(QStringLiteral(":month"), month);
    auto v = q.scalar();
    if (!v)
        return v.error();
    if (v->isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(v->toLongLong());
}

Result<bool> InstalledBase::save(const QString &model, int month, qint64 units)
{
    if (units < 0)
        return makeError(ErrorKind::InvalidInput, tr("Units in the field cannot be negative."));
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto before = this->units(model, month);
    if (!before)
        return before.error();
    if (*before == units)
        return false;
    const qint64 now = m_db.clock().nowSecsSinceEpoch();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO installed_base (model, month, units, created_at, "
                                    "updated_at) VALUES (:model, :month, :units, :now, :now) ON "
                                    "CONFLICT (model, month) DO UPDATE SET units = excluded.units, "
                                    "updated_at = excluded.updated_at"));
    q.bind(QStringLiteral(":model"), model)
        .bind(QStringLiteral(":month"), month)
        .bind(QStringLiteral(":units"), units)
        .bind(QStringLiteral(":now"), now);
    // The row is known by its model and month: they name it in the audit trail.
    const QString key = model + QLatin1Char('@') + monthText(month);
    const auto action = *before ? AuditLog::Action::Update : AuditLog::Action::Insert;
    if (auto s = audited(q, m_db, action, entity, key,
                         *before ? unitsJson(model, month, **before) : QJsonObject(),
                         unitsJson(model, month, units));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return true;
}

} // namespace servicelens::org
