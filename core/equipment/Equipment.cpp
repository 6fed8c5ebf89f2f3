// SPDX-License-Identifier: GPL-3.0-or-later
#include "Equipment.h"

#include "storage/AuditedWrite.h"

#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/UidGenerator.h"
#include "storage/WriteTransaction.h"

namespace servicelens::equipment {

namespace {

const QString selectPiece = QStringLiteral(
    "SELECT e.id, e.uid, e.branch_id, e.code, e.name, e.kind, e.location, e.serial, "
    "e.purchased_on, e.owner_id, e.retired, e.usage_unit, e.note, EXISTS (SELECT 1 FROM "
    "equipment_breakdown b WHERE b.equipment_id = e.id AND b.up_at IS NULL) FROM equipment e ");

Equipment pieceOf(const SqlQuery &q)
{
    Equipment e;
    e.id = q.value(0).toLongLong();
    e.uid = q.value(1).toString();
    e.branchId = q.value(2).toLongLong();
    e.code = q.value(3).toString();
    e.name = q.value(4).toString();
    e.kind = q.value(5).toString();
    e.location = q.value(6).toString();
    e.serial = q.value(7).toString();
    e.purchasedOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    if (!q.value(9).isNull())
        e.ownerId = q.value(9).toLongLong();
    e.retired = q.value(10).toInt() != 0;
    e.usageUnit = UsageUnits::parse(q.value(11).toString()).value_or(UsageUnit::None);
    e.note = q.value(12).toString();
    e.down = q.value(13).toInt() != 0;
    return e;
}

QVariant dateValue(QDate day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : QVariant();
}

} // namespace

QString UsageUnits::code(UsageUnit unit)
{
    switch (unit) {
    case UsageUnit::None:
        return QString(QLatin1String(""));
    case UsageUnit::Hours:
        return QStringLiteral("hours");
    case UsageUnit::Cycles:
        return QStringLiteral("cycles");
    case UsageUnit::Km:
        return QStringLiteral("km");
    }
    return {};
}

QString UsageUnits::label(UsageUnit unit)
{
    switch (unit) {
    case UsageUnit::None:
        return QString();
    case UsageUnit::Hours:
        return tr("hours");
    case UsageUnit::Cycles:
        return tr("cycles");
    case UsageUnit::Km:
        return tr("km");
    }
    return {};
}

std::optional<UsageUnit> UsageUnits::parse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("none") || t == QStringLiteral("无"))
        return UsageUnit::None;
    if (t == QLatin1String("hours") || t == QLatin1String("hour") || t == QLatin1String("h") ||
        t == QStringLiteral("小时") || t == QStringLiteral("工时"))
        return UsageUnit::Hours;
    if (t == QLatin1String("cycles") || t == QLatin1String("cycle") || t == QStringLiteral("次") ||
        t == QStringLiteral("次数") || t == QStringLiteral("循环"))
        return UsageUnit::Cycles;
    if (t == QLatin1String("km") || t == QStringLiteral("公里") || t == QStringLiteral("千米"))
        return UsageUnit::Km;
    return std::nullopt;
}

QJsonObject Equipment::toJson() const
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("location"), location},
            {QStringLiteral("serial"), serial},
            {QStringLiteral("purchased_on"),
             purchasedOn.isValid() ? QJsonValue(purchasedOn.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("owner_id"), ownerId ? QJsonValue(*ownerId) : QJsonValue()},
            {QStringLiteral("retired"), retired},
            {QStringLiteral("usage_unit"), UsageUnits::code(usageUnit)},
            {QStringLiteral("note"), note}};
}

Result<std::vector<Equipment>> EquipmentRegister::list(qint64 branchId) const
{
    SqlQuery q(m_db, selectPiece + QStringLiteral("WHERE e.branch_id = :branch ORDER BY e.code"));
    q.bind(QStringLiteral(":branch"), branchId);
    return q.all<Equipment>(pieceOf);
}

Result<std::optional<Equipment>> EquipmentRegister::find(qint64 branchId, const QString &code) const
{
    SqlQuery q(m_db,
               selectPiece + QStringLiteral("WHERE e.branch_id = :branch AND e.code = :code"));
    q.bind(QStringLiteral(":branch"), branchId).bind(QStringLiteral(":code"), code);
    return q.first<Equipment>(pieceOf);
}

Result<bool> EquipmentRegister::save(Equipment &piece)
{
    piece.code = piece.code.trimmed();
    piece.name = piece.name.trimmed();
    if (piece.code.isEmpty() || piece.name.isEmpty())
        return makeError(ErrorKind::InvalidInput,
                         tr("A piece of equipment needs a code and a name."));
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto same = find(piece.branchId, piece.code);
    if (!same)
        return same.error();
    if (*same && (*same)->id != piece.id)
        return makeError(
            ErrorKind::Conflict,
            tr("The code %1 is already another piece's (%2).").arg(piece.code, (*same)->name));
    const qint64 now = m_db.clock().nowSecsSinceEpoch();
    std::optional<Equipment> before;
    if (piece.id != 0) {
        SqlQuery q(m_db, selectPiece + QStringLiteral("WHERE e.id = :id"));
        q.bind(QStringLiteral(":id"), piece.id);
        auto found = q.first<Equipment>(pieceOf);
        if (!found)
            return found.error();
        if (!*found)
            return makeError(ErrorKind::NotFound, tr("This piece of equipment is no longer in "
                                                     "the register."));
        before = **found;
        if (before->sameContent(piece))
            return false;
        // Retired while down, its breakdown would never end, nor the waits of its orders.
        if (piece.retired && !before->retired && before->down)
            return makeError(
                ErrorKind::InvalidInput,
                tr("%1 is down: record its repair before retiring it.").arg(before->code));
        piece.uid = before->uid;
    } else {
        piece.uid = m_db.uids().next();
    }
    SqlQuery q(
        m_db,
        before
            ? QStringLiteral("UPDATE equipment SET code = :code, name = :name, kind = :kind, "
                             "location = :location, serial = :serial, purchased_on = :bought, "
                             "owner_id = :owner, retired = :retired, usage_unit = :unit, note = "
                             ":note, updated_at = :now WHERE id = :id")
            : QStringLiteral("INSERT INTO equipment (uid, branch_id, code, name, kind, location, "
                             "serial, purchased_on, owner_id, retired, usage_unit, note, "
                             "created_at, updated_at) VALUES (:uid, :branch, :code, :name, :kind, "
                             ":location, :serial, :bought, :owner, :retired, :unit, :note, :now, "
                             ":now)"));
    if (before)
        q.bind(QStringLiteral(":id"), piece.id);
    else
        q.bind(QStringLiteral(":uid"), piece.uid).bind(QStringLiteral(":branch"), piece.branchId);
    q.bind(QStringLiteral(":code"), piece.code)
        .bind(QStringLiteral(":name"), piece.name)
        .bind(QStringLiteral(":kind"), piece.kind.trimmed())
        .bind(QStringLiteral(":location"), piece.location.trimmed())
        .bind(QStringLiteral(":serial"), piece.serial.trimmed())
        .bind(QStringLiteral(":bought"), dateValue(piece.purchasedOn))
        .bind(QStringLiteral(":owner"), piece.ownerId)
        .bind(QStringLiteral(":retired"), piece.retired ? 1 : 0)
        .bind(QStringLiteral(":unit"), UsageUnits::code(piece.usageUnit))
        .bind(QStringLiteral(":note"), piece.note)
        .bind(QStringLiteral(":now"), now);
    auto written = auditedWrite(m_db, q, !before, QStringLiteral("equipment"), piece.uid,
                                before ? before->toJson() : QJsonObject(), piece.toJson());
    if (!written)
        return written.error();
    if (!before)
        piece.id = *written;
    if (auto s = tx.commit(); !s)
        return s.error();
    return true;
}

} // namespace servicelens::equipment
