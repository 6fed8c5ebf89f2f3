-- SPDX-License-Identifier: GPL-3.0-or-later
-- SLA policies by priority and/or category (FORMATS.md, "SLA policies"): a row's priority or
-- category may be blank (NULL), meaning any; the most specific row matching an order applies.
-- The table is rebuilt because a column's NOT NULL cannot be dropped in place; the four rows of
-- earlier formats are kept as they are (priority set, any category).
CREATE TABLE sla_policy_v12 (
    id              INTEGER PRIMARY KEY,
    uid             TEXT    NOT NULL UNIQUE,
    priority        TEXT    CHECK (priority IS NULL OR priority = 'urgent' OR
                                   priority = 'high' OR priority = 'normal' OR priority = 'low'),
    -- As the orders' category column holds it, trimmed; NULL = any category.
    category        TEXT    CHECK (category IS NULL OR
                                   (length(category) > 0 AND category = trim(category))),
    response_hours  REAL    NOT NULL CHECK (response_hours > 0),
    resolution_wd   INTEGER NOT NULL CHECK (resolution_wd >= 0),
    pause_while_waiting INTEGER NOT NULL DEFAULT 0 CHECK (pause_while_waiting = 0 OR
                                                         pause_while_waiting = 1),
    updated_at      INTEGER NOT NULL
);
INSERT INTO sla_policy_v12 (id, uid, priority, category, response_hours, resolution_wd,
                            pause_while_waiting, updated_at)
    SELECT id, uid, priority, NULL, response_hours, resolution_wd, pause_while_waiting,
           updated_at FROM sla_policy;
DROP TABLE sla_policy;
ALTER TABLE sla_policy_v12 RENAME TO sla_policy;
-- One row per scope (blank = any counts as one value).
CREATE UNIQUE INDEX sla_policy_scope ON sla_policy (coalesce(priority, ''), coalesce(category, ''));

-- An order's state history as a helpdesk logged it (`import events`, FORMATS.md): one row per
-- change, the source's own state name beside the stage it was mapped onto. The order's stage
-- times, waits and reopen count are derived from these rows (flow::OrderHistory). A row is
-- known by (order, time, source state) — its identity, here and between workbooks, instead of
-- a uid of its own — so importing the same log again changes nothing. (A random uid index cost
-- a third of an event's insert.)
CREATE TABLE order_event (
    id           INTEGER PRIMARY KEY,
    order_id     INTEGER NOT NULL REFERENCES service_order(id) ON DELETE CASCADE,
    at           INTEGER NOT NULL,
    source_state TEXT    NOT NULL CHECK (length(source_state) > 0),
    state        TEXT    NOT NULL CHECK (state = 'received' OR state = 'analysed' OR
                                         state = 'solution' OR state = 'implemented' OR
                                         state = 'followed_up' OR state = 'closed' OR
                                         state = 'waiting_parts' OR state = 'waiting_customer'),
    by_name      TEXT    NOT NULL DEFAULT '',
    note         TEXT    NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX order_event_key ON order_event (order_id, at, source_state);

-- Waits derived from an order's event log, told apart from those recorded in ServiceLens so a
-- longer log can replace them.
ALTER TABLE stage_event ADD COLUMN from_log INTEGER NOT NULL DEFAULT 0
    CHECK (from_log = 0 OR from_log = 1);

-- The month's figures read every input from the two covering indexes again (format 11 added
-- unknown_inputs and due_at, and the policy of an order now depends on its category): without
-- them each order was a table lookup, and the dashboard's trend twice as slow.
DROP INDEX service_order_kpi_received;
CREATE INDEX service_order_kpi_received ON service_order
    (branch_id, received_at, priority, complaint, responded_at, technician_id, unknown_inputs,
     category);
DROP INDEX service_order_kpi_closed;
CREATE INDEX service_order_kpi_closed ON service_order
    (branch_id, closed_at, received_at, responded_at, priority, visits, reopened, technician_id,
     analysed_at, solution_at, implemented_at, followed_up_at, unknown_inputs, due_at, category)
    WHERE closed_at IS NOT NULL;
