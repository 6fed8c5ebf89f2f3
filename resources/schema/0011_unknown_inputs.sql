-- SPDX-License-Identifier: GPL-3.0-or-later
-- The inputs an order's source never gave (KPI.md, "unknown is not zero"), as bits: 1 the
-- response time, 2 the visit count, 4 the reopen count. An order imported from a file without
-- the column has its bit set; figures that need the input leave the order out. 0 — every input
-- known — is every order made in ServiceLens, and every order stored before this version.
ALTER TABLE service_order ADD COLUMN unknown_inputs INTEGER NOT NULL DEFAULT 0
    CHECK (unknown_inputs BETWEEN 0 AND 7);
