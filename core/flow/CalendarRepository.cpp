// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarRepository.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QFile>
#include <QJsonObject>

namespace servicelens::flow {

namespace {

const QString entity = QStringLiteral("calendar_day");

QJsonObject dayJson(QDate day, const QString &kind, const QString &name)
{
    return {{QStringLiteral("date"), day.toString(Qt::ISODate)},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("name"), name}};
}

// A day as stored, for the audit record of a change to it.
struct StoredDay {
    QString uid;
    QJsonObject json;
};

Result<std::optional<StoredDay>> storedDay(Database &db, QDate day)
{
    SqlQuery q(db, QStringLiteral("SELECT uid, kind, name FROM calendar_day WHERE day = :day"));
    q.bind(QStringLiteral(":day"), day.toString(Qt::ISODate));
    return q.first<StoredDay>([day](const SqlQuery &row) {
        return StoredDay{row.value(0).toString(),
                         dayJson(day, row.value(1).toString(), row.value(2).toString())};
    });
}

} // namespace

QString CalendarRepository::kindCode(WorkingCalendar::DayKind kind)
{
    return kind == WorkingCalendar::DayKind::Holiday ? QStringLiteral("holiday")
                                                     : QStringLiteral("workday");
}

QString CalendarRepository::shippedCalendarResource()
{
    return QStringLiteral(":/servicelens/calendar/cn-calendar-2025-2026.csv");
}

Result<WorkingCalendar> CalendarRepository::load() const
{
    WorkingCalendar calendar;
    SqlQuery days(m_db, QStringLiteral("SELECT day, kind, name FROM calendar_day"));
    if (auto s = days.exec(); !s)
        return s.error();
    while (days.next()) {
        const QDate d = QDate::fromString(days.value(0).toString(), Qt::ISODate);
        const auto kind = days.value(1).toString() == QLatin1String("workday")
                              ? WorkingCalendar::DayKind::Workday
                              : WorkingCalendar::DayKind::Holiday;
        calendar.setDay(d, kind, days.value(2).toString());
    }
    SqlQuery years(m_db, QStringLiteral("SELECT year FROM calendar_year"));
    if (auto s = years.exec(); !s)
        return s.error();
    while (years.next())
        calendar.addCoveredYear(years.value(0).toInt());
    return calendar;
}

Status CalendarRepository::setDay(QDate day, WorkingCalendar::DayKind kind, const QString &name)
{
    if (!day.isValid())
        return makeError(ErrorKind::InvalidInput, tr("The calendar day is not a valid date."));
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto old = storedDay(m_db, day);
    if (!old)
        return old.error();
    const QString code = kindCode(kind);
    AuditLog audit(m_db);
    if (old->has_value()) {
        const QString uid = (*old)->uid;
        const QJsonObject before = (*old)->json;
        SqlQuery q(m_db, QStringLiteral("UPDATE calendar_day SET kind = :kind, name = :name "
                                        "WHERE day = :day"));
        q.bind(QStringLiteral(":kind"), code)
            .bind(QStringLiteral(":name"), name)
            .bind(QStringLiteral(":day"), day.toString(Qt::ISODate));
        if (auto s = q.exec(); !s)
            return s;
        if (auto s = audit.record(AuditLog::Action::Update, entity, uid, before,
                                  dayJson(day, code, name));
            !s)
            return s;
    } else {
        const QString uid = m_db.uids().next();
        SqlQuery q(m_db, QStringLiteral("INSERT INTO calendar_day (uid, day, kind, name) VALUES "
                                        "(:uid, :day, :kind, :name)"));
        q.bind(QStringLiteral(":uid"), uid)
            .bind(QStringLiteral(":day"), day.toString(Qt::ISODate))
            .bind(QStringLiteral(":kind"), code)
            .bind(QStringLiteral(":name"), name);
        if (auto s = q.exec(); !s)
            return s;
        if (auto s =
                audit.record(AuditLog::Action::Insert, entity, uid, {}, dayJson(day, code, name));
            !s)
            return s;
    }
    return tx.commit();
}

Status CalendarRepository::clearDay(QDate day)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto old = storedDay(m_db, day);
    if (!old)
        return old.error();
    if (!old->has_value())
        return {};
    const QString uid = (*old)->uid;
    const QJsonObject before = (*old)->json;
    SqlQuery q(m_db, QStringLiteral("DELETE FROM calendar_day WHERE day = :day"));
    q.bind(QStringLiteral(":day"), day.toString(Qt::ISODate));
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = AuditLog(m_db).record(AuditLog::Action::Delete, entity, uid, before, {}); !s)
        return s;
    return tx.commit();
}

Status CalendarRepository::addCoveredYear(int year, const QString &source)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO calendar_year (year, source) VALUES (:year, "
                                    ":source) ON CONFLICT (year) DO UPDATE SET source = "
                                    "excluded.source"));
    q.bind(QStringLiteral(":year"), year).bind(QStringLiteral(":source"), source);
    if (auto s = q.exec(); !s)
        return s;
    if (auto s = AuditLog(m_db).record(
            AuditLog::Action::Insert, QStringLiteral("calendar_year"), QString::number(year), {},
            {{QStringLiteral("year"), year}, {QStringLiteral("source"), source}});
        !s)
        return s;
    return tx.commit();
}

Status CalendarRepository::removeCoveredYear(int year)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    SqlQuery q(m_db, QStringLiteral("DELETE FROM calendar_year WHERE year = :year"));
    q.bind(QStringLiteral(":year"), year);
    if (auto s = q.exec(); !s)
        return s;
    if (q.rowsAffected() > 0)
        if (auto s =
                AuditLog(m_db).record(AuditLog::Action::Delete, QStringLiteral("calendar_year"),
                                      QString::number(year), {{QStringLiteral("year"), year}}, {});
            !s)
            return s;
    return tx.commit();
}

} // namespace servicelens::flow
