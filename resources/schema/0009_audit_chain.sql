-- SPDX-License-Identifier: GPL-3.0-or-later
-- Each audit record's SHA-256 over its content and the previous record's hash (AuditChain).
-- The existing records are chained by the migration's C++ step, in id order.
ALTER TABLE audit_log ADD COLUMN hash TEXT;
