// SPDX-License-Identifier: GPL-3.0-or-later
#include "MaintenancePlan.h"

namespace servicelens::equipment {

namespace {

QJsonValue dateJson(QDate day)
{
    return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue idJson(const std::optional<qint64> &id)
{
    return id ? QJsonValue(*id) : QJsonValue();
}

} // namespace

QString Cadences::code(Cadence cadence)
{
    switch (cadence) {
    case Cadence::WorkingDays:
        return QStringLiteral("working_days");
    case Cadence::Monthly:
        return QStringLiteral("monthly");
    case Cadence::Quarterly:
        return QStringLiteral("quarterly");
    case Cadence::Usage:
        return QStringLiteral("usage");
    case Cadence::Calibration:
        return QStringLiteral("calibration");
    }
    return {};
}

QString Cadences::label(Cadence cadence)
{
    switch (cadence) {
    case Cadence::WorkingDays:
        return tr("Every N working days");
    case Cadence::Monthly:
        return tr("Monthly");
    case Cadence::Quarterly:
        return tr("Quarterly");
    case Cadence::Usage:
        return tr("Every N units of usage");
    case Cadence::Calibration:
        return tr("Calibration");
    }
    return {};
}

std::optional<Cadence> Cadences::parse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (Cadence c : {Cadence::WorkingDays, Cadence::Monthly, Cadence::Quarterly, Cadence::Usage,
                      Cadence::Calibration})
        if (t == code(c))
            return c;
    if (t == QStringLiteral("工作日") || t == QStringLiteral("按工作日"))
        return Cadence::WorkingDays;
    if (t == QStringLiteral("每月") || t == QStringLiteral("月度") || t == QStringLiteral("按月"))
        return Cadence::Monthly;
    if (t == QStringLiteral("每季度") || t == QStringLiteral("季度") ||
        t == QStringLiteral("按季度"))
        return Cadence::Quarterly;
    if (t == QStringLiteral("使用量") || t == QStringLiteral("按使用量") ||
        t == QStringLiteral("按用量"))
        return Cadence::Usage;
    if (t == QStringLiteral("校准") || t == QStringLiteral("检定") || t == QStringLiteral("校验"))
        return Cadence::Calibration;
    return std::nullopt;
}

QJsonObject MaintenancePlan::toJson() const
{
    return {{QStringLiteral("equipment_id"), idJson(equipmentId)},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("name"), name},
            {QStringLiteral("cadence"), Cadences::code(schedule.cadence)},
            {QStringLiteral("every"), schedule.every},
            {QStringLiteral("day_of_month"), schedule.dayOfMonth},
            {QStringLiteral("first_month"), schedule.firstMonth},
            {QStringLiteral("since"), dateJson(since)},
            {QStringLiteral("template"), templateCode},
            {QStringLiteral("owner_id"), idJson(ownerId)},
            {QStringLiteral("active"), active}};
}

QString MaintenancePlan::problem() const
{
    if (name.trimmed().isEmpty())
        return Cadences::tr("A plan needs a name.");
    if (equipmentId.has_value() == !kind.trimmed().isEmpty())
        return Cadences::tr("A plan is for one piece of equipment or for a kind, not both.");
    if (!since.isValid())
        return Cadences::tr("A plan needs the day it starts.");
    switch (schedule.cadence) {
    case Cadence::WorkingDays:
    case Cadence::Usage:
    case Cadence::Calibration:
        if (schedule.every <= 0)
            return Cadences::tr("A plan of this cadence needs its period (every N) above 0.");
        break;
    case Cadence::Monthly:
    case Cadence::Quarterly:
        if (schedule.dayOfMonth < 1 || schedule.dayOfMonth > 31)
            return Cadences::tr("The day of the month is 1 to 31.");
        if (schedule.firstMonth < 1 || schedule.firstMonth > 12)
            return Cadences::tr("The first month is 1 to 12.");
        break;
    }
    return {};
}

QJsonObject MaintenanceRecord::toJson() const
{
    return {{QStringLiteral("equipment_id"), equipmentId},
            {QStringLiteral("plan_id"), idJson(planId)},
            {QStringLiteral("done_on"), dateJson(doneOn)},
            {QStringLiteral("reading"), reading ? QJsonValue(*reading) : QJsonValue()},
            {QStringLiteral("result"), passed ? QStringLiteral("pass") : QStringLiteral("fail")},
            {QStringLiteral("certificate"), certificate},
            {QStringLiteral("expires_on"), dateJson(expiresOn)},
            {QStringLiteral("inspection_id"), idJson(inspectionId)},
            {QStringLiteral("done_by"), idJson(doneBy)},
            {QStringLiteral("note"), note}};
}

} // namespace servicelens::equipment
