-- SPDX-License-Identifier: GPL-3.0-or-later
-- What real exports bring to an order beyond the columns of format 10.
-- The inputs an order's source never gave (KPI.md, "unknown is not zero"), as bits: 1 the
-- response time, 2 the visit count, 4 the reopen count. An order imported from a file without
-- the column has its bit set; figures that need the input leave the order out. 0 — every input
-- known — is every order made in ServiceLens, and every order stored before this version.
ALTER TABLE service_order ADD COLUMN unknown_inputs INTEGER NOT NULL DEFAULT 0
    CHECK (unknown_inputs BETWEEN 0 AND 7);
-- The order's own resolution deadline (a 311 export's due date, a helpdesk's SLA due): when
-- set, it is the resolution target instead of the SLA policy's working days (KPI.md).
ALTER TABLE service_order ADD COLUMN due_at INTEGER CHECK (due_at IS NULL OR due_at > 0);
