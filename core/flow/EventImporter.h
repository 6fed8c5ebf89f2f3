// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/RowImporter.h"

#include <memory>

namespace servicelens::flow {

class EventImport;

// A helpdesk's state history (FORMATS.md, `import events`): one row per change of an order's
// state. Each row's state is mapped (the map file's `@value.state.Awaiting Vendor=waiting_parts`)
// onto a stage, a wait or `ignore`; an unmapped state is a row error, and the summary names
// every unmapped state with its count. Events are stored once by (order, time, source state);
// orders not yet in the workbook are created. When the file is read, each order it touched is
// derived again from its whole history (flow::OrderHistory): stage times, waits (so the SLA
// pause applies), reopen count, status. Order columns repeated on the rows (priority, category,
// technician, …) take the value of the order's latest row. Streamed in one transaction: the
// per-order state lives in a temporary table, so memory does not grow with the file.
class EventImporter final : public io::RowImporter {
    Q_DECLARE_TR_FUNCTIONS(EventImporter)

public:
    static const io::ImportShape &shape();

    explicit EventImporter(Database &db);
    ~EventImporter() override;
    Status prepare(const io::CsvImport &frame) override;
    Result<io::CsvImport::Outcome> row(io::CsvImport::Row &row) override;
    Status finish(const io::ImportSummary &summary) override;
    QStringList notes(const io::CsvImport &frame) const override;

private:
    Database &m_db;
    std::unique_ptr<EventImport> m_import;
};

} // namespace servicelens::flow
