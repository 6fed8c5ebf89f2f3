-- SPDX-License-Identifier: GPL-3.0-or-later
-- ServiceLens workbook schema, version 2: covering indexes for the KPI engine.
-- A month's KPIs read the orders received in the month and the orders closed in it. These two
-- indexes hold every column those reads need, so SQLite answers from the index alone
-- (PERF-NOTES.md: 3.4-3.7x faster than from the table). They replace the plain range indexes.

DROP INDEX service_order_by_received;
DROP INDEX service_order_by_closed;

CREATE INDEX service_order_kpi_received ON service_order
    (branch_id, received_at, priority, complaint, responded_at, technician_id);

CREATE INDEX service_order_kpi_closed ON service_order
    (branch_id, closed_at, received_at, responded_at, priority, visits, reopened, technician_id,
     analysed_at, solution_at, implemented_at, followed_up_at)
    WHERE closed_at IS NOT NULL;
