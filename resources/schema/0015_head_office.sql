-- SPDX-License-Identifier: GPL-3.0-or-later
-- Head office (DESIGN.md, "Head office"): one store holds the rows of many branches, merged from
-- the packs each branch sends (FORMATS.md, `pack` / `merge`).

-- A staff code is unique within its branch, not across the network: every branch numbers its
-- technicians from T01. The table is rebuilt (a UNIQUE cannot be dropped in place) with foreign
-- keys off, as the migration step says; ids are kept, so every reference still holds.
CREATE TABLE staff_v15 (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    branch_id   INTEGER REFERENCES branch(id) ON DELETE RESTRICT,
    code        TEXT    NOT NULL CHECK (length(trim(code)) > 0),
    name        TEXT    NOT NULL,
    role        TEXT    NOT NULL CHECK ((role = 'customer_service' OR role = 'technical_support' OR
                                         role = 'parts_logistics' OR role = 'quality' OR
                                         role = 'manager')),
    team        TEXT    NOT NULL DEFAULT '',
    hire_date   TEXT    CHECK (hire_date IS NULL OR hire_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    active      INTEGER NOT NULL DEFAULT 1 CHECK ((active = 0 OR active = 1)),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
INSERT INTO staff_v15 (id, uid, branch_id, code, name, role, team, hire_date, active, created_at,
                       updated_at)
    SELECT id, uid, branch_id, code, name, role, team, hire_date, active, created_at, updated_at
    FROM staff;
DROP TABLE staff;
ALTER TABLE staff_v15 RENAME TO staff;
CREATE UNIQUE INDEX staff_code ON staff (coalesce(branch_id, 0), code);
CREATE INDEX staff_by_code ON staff (code);

-- The packs merged into this store, one row each: the same pack merged again is recognised.
-- `created_at` is when the branch wrote it, the newest time it covers (KPI.md, data_until).
CREATE TABLE merged_pack (
    uid         TEXT    PRIMARY KEY,
    branch_id   INTEGER NOT NULL REFERENCES branch(id) ON DELETE RESTRICT,
    sequence    INTEGER NOT NULL,
    since       INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    digest      TEXT    NOT NULL,
    merged_at   INTEGER NOT NULL,
    inserted    INTEGER NOT NULL,
    updated     INTEGER NOT NULL,
    unchanged   INTEGER NOT NULL,
    conflicts   INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX merged_pack_by_branch ON merged_pack (branch_id, created_at);

-- For each row merged from a branch: the branch that owns it and the version (its updated_at)
-- merged last. A stored row whose updated_at differs was edited here since; an incoming row no
-- newer than this is one already merged (a pack repeated or merged out of order).
CREATE TABLE merged_row (
    entity      TEXT    NOT NULL,
    uid         TEXT    NOT NULL,
    branch_id   INTEGER NOT NULL REFERENCES branch(id) ON DELETE RESTRICT,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (entity, uid)
) WITHOUT ROWID;

-- A row two places changed: both versions, as JSON objects of the row with references by uid,
-- until someone decides (File ▸ Conflicts…). Never overwritten silently.
CREATE TABLE merge_conflict (
    id          INTEGER PRIMARY KEY,
    entity      TEXT    NOT NULL,
    uid         TEXT    NOT NULL,
    branch_id   INTEGER NOT NULL REFERENCES branch(id) ON DELETE RESTRICT,
    pack_uid    TEXT    NOT NULL,
    detected_at INTEGER NOT NULL,
    reason      TEXT    NOT NULL CHECK ((reason = 'edited_here' OR reason = 'other_owner')),
    local_json  TEXT    NOT NULL,
    incoming_json TEXT  NOT NULL,
    incoming_updated_at INTEGER NOT NULL,
    status      TEXT    NOT NULL DEFAULT 'open'
                        CHECK ((status = 'open' OR status = 'kept_local' OR
                                status = 'took_incoming')),
    resolved_at INTEGER,
    resolved_by TEXT,
    CHECK ((status = 'open') = (resolved_at IS NULL))
);
CREATE UNIQUE INDEX merge_conflict_open ON merge_conflict (entity, uid) WHERE status = 'open';

-- The audit trails of the branches, as they sent them: each branch's chain verifies on its own
-- (the store's own audit_log keeps the store's chain).
CREATE TABLE branch_audit (
    branch_id   INTEGER NOT NULL REFERENCES branch(id) ON DELETE RESTRICT,
    id          INTEGER NOT NULL,
    at          INTEGER NOT NULL,
    actor       TEXT    NOT NULL,
    action      TEXT    NOT NULL,
    entity      TEXT    NOT NULL,
    entity_uid  TEXT    NOT NULL,
    before_json TEXT,
    after_json  TEXT,
    hash        TEXT,
    PRIMARY KEY (branch_id, id)
) WITHOUT ROWID;
