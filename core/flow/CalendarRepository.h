// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkingCalendar.h"
#include "storage/Result.h"

#include <QCoreApplication>

namespace servicelens {
class Database;
}

namespace servicelens::flow {

// The working-day calendar stored in the workbook.
class CalendarRepository final {
    Q_DECLARE_TR_FUNCTIONS(CalendarRepository)

public:
    explicit CalendarRepository(Database &db)
        : m_db(db)
    {}

    Result<WorkingCalendar> load() const;

    // Marks a day as a holiday or a make-up working day (replacing what it was), audited.
    Status setDay(QDate day, WorkingCalendar::DayKind kind, const QString &name);
    // Makes a day ordinary again (a weekday works, a weekend day rests), audited.
    Status clearDay(QDate day);
    Status addCoveredYear(int year, const QString &source);
    Status removeCoveredYear(int year);

    // Mainland China's official 2025-2026 calendar shipped with ServiceLens (resources/calendar),
    // installed in a new workbook by CalendarImporter::installShipped.
    static QString shippedCalendarResource();

    static QString kindCode(WorkingCalendar::DayKind kind);

private:
    Database &m_db;
};

} // namespace servicelens::flow
