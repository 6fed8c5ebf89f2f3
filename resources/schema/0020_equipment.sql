-- SPDX-License-Identifier: GPL-3.0-or-later
-- Equipment maintenance (设备维护, issue 22): the branch's instruments, tools, test benches and
-- vehicles; their maintenance plans and the maintenance done; their usage counters; their
-- breakdowns, and the orders that waited for them or were diagnosed with them. Dates a person
-- writes (bought, done, expires) are local days as text; instants are Unix seconds (UTC).

-- A piece of equipment of one branch, known there by its code (设备编号). Whether it is down is
-- not stored: a piece is down while it has a breakdown not yet repaired.
CREATE TABLE equipment (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    branch_id   INTEGER NOT NULL REFERENCES branch(id) ON DELETE RESTRICT,
    code        TEXT    NOT NULL CHECK (length(trim(code)) > 0),
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    kind        TEXT    NOT NULL DEFAULT '',   -- 诊断仪, 测试台, 车辆 …: plans can be per kind
    location    TEXT    NOT NULL DEFAULT '',
    serial      TEXT    NOT NULL DEFAULT '',
    purchased_on TEXT   CHECK (purchased_on IS NULL OR
                               purchased_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    owner_id    INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    retired     INTEGER NOT NULL DEFAULT 0 CHECK (retired = 0 OR retired = 1),
    usage_unit  TEXT    NOT NULL DEFAULT ''   -- '' when the piece has no usage counter
                    CHECK (usage_unit = '' OR usage_unit = 'hours' OR usage_unit = 'cycles' OR
                           usage_unit = 'km'),
    note        TEXT    NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    UNIQUE (branch_id, code)
);

-- Its documents and photos (manuals, certificates, a picture of the nameplate).
CREATE TABLE equipment_file (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    equipment_id INTEGER NOT NULL REFERENCES equipment(id) ON DELETE CASCADE,
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    content     BLOB    NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX equipment_file_by_equipment ON equipment_file (equipment_id);

-- A maintenance plan for one piece, or for every piece of a kind at the branch (exactly one of
-- the two). Its cadence (equipment/MaintenanceSchedule): every N working days of the calendar,
-- monthly or quarterly on a day, every N units of usage, or a calibration valid N months. Its
-- checklist is an inspection template of kind 'maintenance' (by code, its latest version).
CREATE TABLE maintenance_plan (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    branch_id   INTEGER NOT NULL REFERENCES branch(id) ON DELETE RESTRICT,
    equipment_id INTEGER REFERENCES equipment(id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL DEFAULT '',
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    cadence     TEXT    NOT NULL CHECK (cadence = 'working_days' OR cadence = 'monthly' OR
                                        cadence = 'quarterly' OR cadence = 'usage' OR
                                        cadence = 'calibration'),
    every       INTEGER NOT NULL DEFAULT 0 CHECK (every >= 0),
    day_of_month INTEGER NOT NULL DEFAULT 1 CHECK (day_of_month BETWEEN 1 AND 31),
    first_month INTEGER NOT NULL DEFAULT 1 CHECK (first_month BETWEEN 1 AND 12),
    since       TEXT    NOT NULL CHECK (since GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    template_code TEXT  NOT NULL DEFAULT '',
    owner_id    INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active = 0 OR active = 1),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    CHECK ((equipment_id IS NULL) <> (kind = ''))
);
CREATE UNIQUE INDEX maintenance_plan_name ON maintenance_plan
    (branch_id, coalesce(equipment_id, 0), kind, name);

-- A maintenance done on a piece: under a plan or not (a repair's own service), with the counter
-- read then, its result, the calibration certificate and the expiry it gives, and the checklist
-- filled (an inspection of the plan's template) when there was one.
CREATE TABLE maintenance_record (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    equipment_id INTEGER NOT NULL REFERENCES equipment(id) ON DELETE CASCADE,
    plan_id     INTEGER REFERENCES maintenance_plan(id) ON DELETE SET NULL,
    done_on     TEXT    NOT NULL CHECK (done_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    reading     REAL    CHECK (reading IS NULL OR reading >= 0),
    result      TEXT    NOT NULL DEFAULT 'pass' CHECK (result = 'pass' OR result = 'fail'),
    certificate TEXT    NOT NULL DEFAULT '',
    expires_on  TEXT    CHECK (expires_on IS NULL OR
                               expires_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    inspection_id INTEGER REFERENCES inspection(id) ON DELETE SET NULL,
    done_by     INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    note        TEXT    NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX maintenance_record_by_equipment ON maintenance_record (equipment_id, done_on);
CREATE INDEX maintenance_record_by_plan ON maintenance_record (plan_id, done_on);

-- A reading of a piece's usage counter on a day (one per day: a later reading replaces it).
CREATE TABLE equipment_reading (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    equipment_id INTEGER NOT NULL REFERENCES equipment(id) ON DELETE CASCADE,
    read_on     TEXT    NOT NULL CHECK (read_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    value       REAL    NOT NULL CHECK (value >= 0),
    created_at  INTEGER NOT NULL,
    UNIQUE (equipment_id, read_on)
);

-- A breakdown: the piece is down from `down_at` until `up_at` (NULL while it is still down; at
-- most one such per piece).
CREATE TABLE equipment_breakdown (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    equipment_id INTEGER NOT NULL REFERENCES equipment(id) ON DELETE CASCADE,
    down_at     INTEGER NOT NULL,
    up_at       INTEGER CHECK (up_at IS NULL OR up_at >= down_at),
    fault       TEXT    NOT NULL DEFAULT '',   -- what went wrong
    repair      TEXT    NOT NULL DEFAULT '',   -- what was done
    reported_by INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    repaired_by INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX equipment_breakdown_by_equipment ON equipment_breakdown (equipment_id, down_at);
CREATE UNIQUE INDEX equipment_breakdown_open ON equipment_breakdown (equipment_id)
    WHERE up_at IS NULL;

-- An order waiting for a broken piece (a wait like one for parts: the SLA clock pauses when the
-- policy says so), from when to when (NULL: still waiting; the repair ends every wait).
CREATE TABLE equipment_wait (
    order_id    INTEGER NOT NULL REFERENCES service_order(id) ON DELETE CASCADE,
    breakdown_id INTEGER NOT NULL REFERENCES equipment_breakdown(id) ON DELETE CASCADE,
    started_at  INTEGER NOT NULL,
    ended_at    INTEGER CHECK (ended_at IS NULL OR ended_at >= started_at),
    PRIMARY KEY (order_id, breakdown_id)
) WITHOUT ROWID;
CREATE INDEX equipment_wait_by_breakdown ON equipment_wait (breakdown_id);

-- An instrument an order was diagnosed with: what a failed calibration puts in doubt.
CREATE TABLE order_equipment (
    order_id    INTEGER NOT NULL REFERENCES service_order(id) ON DELETE CASCADE,
    equipment_id INTEGER NOT NULL REFERENCES equipment(id) ON DELETE CASCADE,
    used_at     INTEGER NOT NULL,
    PRIMARY KEY (order_id, equipment_id)
) WITHOUT ROWID;
CREATE INDEX order_equipment_by_equipment ON order_equipment (equipment_id, used_at);

-- An inspection template is a branch's (the operations inspection) or a maintenance checklist.
ALTER TABLE inspection_template ADD COLUMN kind TEXT NOT NULL DEFAULT 'branch'
    CHECK (kind = 'branch' OR kind = 'maintenance');
