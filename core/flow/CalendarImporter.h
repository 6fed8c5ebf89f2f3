// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CalendarRepository.h"
#include "WorkingCalendar.h"
#include "io/RowImporter.h"

#include <set>

namespace servicelens::flow {

// The calendar CSV of FORMATS.md: `date,kind,name` (or 日期, 类型, 名称), kind `holiday` (假日)
// or `workday` (调休上班). Imported through the common CSV frame (encodings, delimiters, every
// problem with its line and column, strict unless skip-invalid); the years of the imported days
// are marked as covered.
class CalendarImporter final : public io::RowImporter {
    Q_DECLARE_TR_FUNCTIONS(CalendarImporter)

public:
    static const io::ImportShape &shape();
    // The official calendar shipped with ServiceLens (a new workbook's), through this importer.
    static Status installShipped(Database &db);

    explicit CalendarImporter(Database &db);
    Status prepare(const io::CsvImport &frame) override;
    Result<io::CsvImport::Outcome> row(io::CsvImport::Row &row) override;
    Status finish(const io::ImportSummary &summary) override;

private:
    CalendarRepository m_calendar;
    QString m_source;         // what the covered years name as their source
    WorkingCalendar m_before; // the days as they were, loaded once
    std::set<QDate> m_seen;   // a calendar has a few dozen days a year
    std::set<int> m_years;
};

} // namespace servicelens::flow
