-- SPDX-License-Identifier: GPL-3.0-or-later
-- ServiceLens workbook schema, version 1.
-- Conventions: integer primary keys for speed; a time-ordered UUID (v7 layout) in `uid` on every
-- business row so branch files can be merged later; times are INTEGER Unix seconds (UTC); dates
-- without a time are TEXT 'YYYY-MM-DD'; enumerations are TEXT with a CHECK so a bad value can
-- never be stored, whatever wrote it. Month keys (YYYYMM in the branch's time zone) are stored
-- beside the times they derive from, for the KPI indexes.
-- Run by SchemaMigrator inside one transaction that also sets PRAGMA user_version.

PRAGMA application_id = 1397507406; -- 'SLEN'

CREATE TABLE branch (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    code        TEXT    NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    time_zone   TEXT    NOT NULL DEFAULT 'Asia/Shanghai',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

CREATE TABLE staff (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    branch_id   INTEGER REFERENCES branch(id) ON DELETE RESTRICT,
    code        TEXT    NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
    name        TEXT    NOT NULL,
    role        TEXT    NOT NULL CHECK (role IN ('customer_service', 'technical_support',
                                                 'parts_logistics', 'quality', 'manager')),
    team        TEXT    NOT NULL DEFAULT '',
    hire_date   TEXT    CHECK (hire_date IS NULL OR hire_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

CREATE TABLE customer (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL DEFAULT '',
    phone       TEXT    NOT NULL DEFAULT '',   -- personal data: masked in every export
    segment     TEXT    NOT NULL DEFAULT 'regular' CHECK (segment IN ('key', 'regular')),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX customer_by_phone ON customer (phone);

-- Working-day calendar: Monday-Friday are working days unless listed as a holiday; a listed
-- 'workday' is a make-up working day (调休) on a weekend.
CREATE TABLE calendar_day (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    day         TEXT    NOT NULL UNIQUE CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    kind        TEXT    NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name        TEXT    NOT NULL DEFAULT ''
);

-- Years whose holidays and make-up days are known; measuring a period outside them warns.
CREATE TABLE calendar_year (
    year        INTEGER PRIMARY KEY CHECK (year BETWEEN 1970 AND 9999),
    source      TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE sla_policy (
    id              INTEGER PRIMARY KEY,
    uid             TEXT    NOT NULL UNIQUE,
    priority        TEXT    NOT NULL UNIQUE CHECK (priority IN ('urgent', 'high', 'normal', 'low')),
    response_hours  REAL    NOT NULL CHECK (response_hours > 0),
    resolution_wd   INTEGER NOT NULL CHECK (resolution_wd >= 0),
    -- Off by default: KPI.md's definitions are those of the default.
    pause_while_waiting INTEGER NOT NULL DEFAULT 0 CHECK (pause_while_waiting IN (0, 1)),
    updated_at      INTEGER NOT NULL
);

CREATE TABLE service_order (
    id              INTEGER PRIMARY KEY,
    uid             TEXT    NOT NULL UNIQUE,
    branch_id       INTEGER NOT NULL REFERENCES branch(id) ON DELETE RESTRICT,
    order_no        TEXT    NOT NULL CHECK (length(trim(order_no)) > 0), -- the order id users see and import
    channel         TEXT    NOT NULL DEFAULT 'phone'
                        CHECK (channel IN ('phone', 'email', 'online', 'app', 'wechat', 'walk_in')),
    category        TEXT    NOT NULL DEFAULT '',
    product         TEXT    NOT NULL DEFAULT '',
    priority        TEXT    NOT NULL DEFAULT 'normal'
                        CHECK (priority IN ('urgent', 'high', 'normal', 'low')),
    complaint       INTEGER NOT NULL DEFAULT 0 CHECK (complaint IN (0, 1)),
    technician_id   INTEGER REFERENCES staff(id) ON DELETE RESTRICT,
    customer_id     INTEGER REFERENCES customer(id) ON DELETE RESTRICT,
    visits          INTEGER NOT NULL DEFAULT 1 CHECK (visits >= 0),
    reopened        INTEGER NOT NULL DEFAULT 0 CHECK (reopened >= 0),
    -- open: in the flow; waiting_parts / waiting_customer: paused by an external wait; closed.
    status          TEXT    NOT NULL DEFAULT 'open'
                        CHECK (status IN ('open', 'waiting_parts', 'waiting_customer', 'closed')),
    -- The last stage reached, kept by core from the stage times for filtering and indexes.
    stage           TEXT    NOT NULL DEFAULT 'received'
                        CHECK (stage IN ('received', 'analysed', 'solution', 'implemented',
                                         'followed_up', 'closed')),
    received_at     INTEGER NOT NULL,
    responded_at    INTEGER,
    analysed_at     INTEGER,
    solution_at     INTEGER,
    implemented_at  INTEGER,
    followed_up_at  INTEGER,
    closed_at       INTEGER,
    received_month  INTEGER NOT NULL,   -- YYYYMM of received_at in the branch's time zone
    closed_month    INTEGER,            -- YYYYMM of closed_at in the branch's time zone
    description     TEXT    NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    UNIQUE (branch_id, order_no),
    CHECK (responded_at IS NULL OR responded_at >= received_at),
    CHECK (closed_at IS NULL OR closed_at >= received_at),
    CHECK ((status = 'closed') = (closed_at IS NOT NULL))
);
CREATE INDEX service_order_by_received ON service_order (branch_id, received_at, id);
CREATE INDEX service_order_by_closed ON service_order (branch_id, closed_at, id) WHERE closed_at IS NOT NULL;
CREATE INDEX service_order_by_technician ON service_order (technician_id, received_at);
CREATE INDEX service_order_by_customer ON service_order (customer_id);
CREATE INDEX service_order_open ON service_order (branch_id, stage, received_at) WHERE closed_at IS NULL;

-- What happened to an order inside the application: stage changes, waits, reopenings and
-- corrections. Imported history lives in the order's stage-time columns.
CREATE TABLE stage_event (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    order_id    INTEGER NOT NULL REFERENCES service_order(id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL CHECK (kind IN ('stage', 'wait_parts_start', 'wait_parts_end',
                                                 'wait_customer_start', 'wait_customer_end',
                                                 'reopen', 'correction')),
    stage       TEXT    CHECK (stage IS NULL OR stage IN ('received', 'responded', 'analysed',
                                 'solution', 'implemented', 'followed_up', 'closed')),
    at          INTEGER NOT NULL,
    staff_id    INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    note        TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX stage_event_by_order ON stage_event (order_id, at);

-- Every business change: who, when, what, before and after (JSON objects of the row).
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    actor       TEXT    NOT NULL,
    action      TEXT    NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'bulk')),
    entity      TEXT    NOT NULL,
    entity_uid  TEXT    NOT NULL,
    before_json TEXT,
    after_json  TEXT
);
CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_uid);

-- Workbook-wide settings (key/value), e.g. the default branch.
CREATE TABLE setting (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL
);
