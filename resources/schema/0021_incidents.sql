-- SPDX-License-Identifier: GPL-3.0-or-later
-- Incidents and contingency plans (危机管理 / 应急预案, issue 22): the plans prepared for each
-- scenario, the incidents opened under them with their steps, timeline and scope, the customers
-- the incident touched and the calls made to them, and the corrective actions it gave rise to.
-- Instants are Unix seconds (UTC).

-- A contingency plan (应急预案) for one scenario: the steps to take, in order, each with its
-- owner and how many hours after the opening it must be done; the words the callers say to the
-- affected customers.
CREATE TABLE incident_plan (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    branch_id   INTEGER NOT NULL REFERENCES branch(id) ON DELETE RESTRICT,
    scenario    TEXT    NOT NULL CHECK (scenario = 'recall' OR scenario = 'outage' OR
                                        scenario = 'complaints' OR scenario = 'safety' OR
                                        scenario = 'disaster' OR scenario = 'other'),
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    script      TEXT    NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active = 0 OR active = 1),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    UNIQUE (branch_id, name)
);

CREATE TABLE incident_plan_step (
    id          INTEGER PRIMARY KEY,
    plan_id     INTEGER NOT NULL REFERENCES incident_plan(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position >= 1),
    text        TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    owner_id    INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    within_hours INTEGER NOT NULL DEFAULT 24 CHECK (within_hours >= 0),
    UNIQUE (plan_id, position)
);

-- An incident (突发事件), real or a drill (演练: kept out of every figure), numbered per branch
-- and year (2026-001). Closing it asks for the lessons learnt.
CREATE TABLE incident (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    branch_id   INTEGER NOT NULL REFERENCES branch(id) ON DELETE RESTRICT,
    code        TEXT    NOT NULL CHECK (length(trim(code)) > 0),
    plan_id     INTEGER REFERENCES incident_plan(id) ON DELETE SET NULL,
    scenario    TEXT    NOT NULL CHECK (scenario = 'recall' OR scenario = 'outage' OR
                                        scenario = 'complaints' OR scenario = 'safety' OR
                                        scenario = 'disaster' OR scenario = 'other'),
    title       TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT    NOT NULL DEFAULT '',
    severity    TEXT    NOT NULL CHECK (severity = 'minor' OR severity = 'moderate' OR
                                        severity = 'major' OR severity = 'critical'),
    drill       INTEGER NOT NULL DEFAULT 0 CHECK (drill = 0 OR drill = 1),
    owner_id    INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    script      TEXT    NOT NULL DEFAULT '',   -- the plan's, as the incident adapts it
    -- The orders it touched were received in [affected_from, affected_to) (either end open).
    affected_from INTEGER,
    affected_to INTEGER CHECK (affected_to IS NULL OR affected_from IS NULL OR
                               affected_to > affected_from),
    opened_at   INTEGER NOT NULL,
    closed_at   INTEGER CHECK (closed_at IS NULL OR closed_at >= opened_at),
    lessons     TEXT    NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    UNIQUE (branch_id, code),
    CHECK (closed_at IS NULL OR length(trim(lessons)) > 0)
);
CREATE INDEX incident_by_opened ON incident (branch_id, opened_at);

-- What the incident touched: product models or texts, categories, fault codes, and batch or
-- serial marks written in the orders' descriptions. Values of one kind widen the scope (any of
-- them), kinds narrow it (all of them), as does the period.
CREATE TABLE incident_scope (
    incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL CHECK (kind = 'product' OR kind = 'category' OR
                                        kind = 'fault_code' OR kind = 'batch'),
    value       TEXT    NOT NULL CHECK (length(trim(value)) > 0),
    PRIMARY KEY (incident_id, kind, value)
) WITHOUT ROWID;

-- The plan's steps as this incident runs them: due hours after the opening, done or not.
CREATE TABLE incident_step (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position >= 1),
    text        TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    owner_id    INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    due_at      INTEGER NOT NULL,
    done_at     INTEGER,
    done_by     INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    UNIQUE (incident_id, position)
);

-- The incident's timeline: what happened and what was done, when, by whom. Append-only: a
-- wrong entry is corrected by a later one. Each entry is also in the audit chain.
CREATE TABLE incident_event (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE RESTRICT,
    at          INTEGER NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind = 'opened' OR kind = 'note' OR kind = 'step' OR
                                        kind = 'severity' OR kind = 'scope' OR
                                        kind = 'contacts' OR kind = 'action' OR
                                        kind = 'closed'),
    text        TEXT    NOT NULL DEFAULT '',
    staff_id    INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX incident_event_by_incident ON incident_event (incident_id, at, id);
CREATE TRIGGER incident_event_no_update BEFORE UPDATE ON incident_event
BEGIN
    SELECT RAISE(ABORT, 'an incident''s timeline is append-only');
END;
CREATE TRIGGER incident_event_no_delete BEFORE DELETE ON incident_event
BEGIN
    SELECT RAISE(ABORT, 'an incident''s timeline is append-only');
END;

-- A customer the incident touched, to be called with its script (the callback list on the
-- Surveys page): due, reached, no answer (tried again until the attempts run out), refused, or
-- call back later. `order_id` is the customer's latest affected order.
CREATE TABLE incident_contact (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    order_id    INTEGER REFERENCES service_order(id) ON DELETE SET NULL,
    status      TEXT    NOT NULL DEFAULT 'due'
                        CHECK (status = 'due' OR status = 'reached' OR status = 'no_answer' OR
                               status = 'refused' OR status = 'call_back'),
    attempts    INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    call_back_at INTEGER,
    called_at   INTEGER,
    caller_id   INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    note        TEXT    NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    UNIQUE (incident_id, customer_id)
);
CREATE INDEX incident_contact_open ON incident_contact (incident_id, status)
    WHERE status = 'due' OR status = 'call_back' OR status = 'no_answer';

-- A corrective action may come from an incident (source 'incident', its incident in
-- incident_action). The source's CHECK cannot change in place: the table (nothing refers to it
-- yet) is rebuilt with the same ids and columns.
CREATE TABLE corrective_action_v21 (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    branch_id   INTEGER NOT NULL REFERENCES branch(id) ON DELETE RESTRICT,
    source      TEXT    NOT NULL CHECK ((source = 'inspection' OR source = 'complaint' OR
                                         source = 'survey' OR source = 'incident' OR
                                         source = 'other')),
    inspection_id INTEGER REFERENCES inspection(id) ON DELETE RESTRICT,
    item_id     INTEGER REFERENCES inspection_item(id) ON DELETE RESTRICT,
    order_id    INTEGER REFERENCES service_order(id) ON DELETE SET NULL,
    description TEXT    NOT NULL CHECK (length(trim(description)) > 0),
    owner_id    INTEGER REFERENCES staff(id) ON DELETE RESTRICT,
    due_date    TEXT    NOT NULL CHECK (due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    priority    TEXT    NOT NULL DEFAULT 'normal'
                        CHECK ((priority = 'urgent' OR priority = 'high' OR priority = 'normal' OR priority = 'low')),
    status      TEXT    NOT NULL DEFAULT 'open'
                        CHECK ((status = 'open' OR status = 'in_progress' OR status = 'done' OR status = 'verified')),
    created_at  INTEGER NOT NULL,
    done_at     INTEGER,
    verified_at INTEGER,
    verifier_id INTEGER REFERENCES staff(id) ON DELETE RESTRICT,
    verify_note TEXT    NOT NULL DEFAULT '',
    verify_photo BLOB,
    updated_at  INTEGER NOT NULL,
    CHECK (((status = 'done' OR status = 'verified')) = (done_at IS NOT NULL)),
    CHECK ((status = 'verified') = (verified_at IS NOT NULL)),
    CHECK (verifier_id IS NULL OR owner_id IS NULL OR verifier_id <> owner_id)
);
INSERT INTO corrective_action_v21 (id, uid, branch_id, source, inspection_id, item_id, order_id,
                                   description, owner_id, due_date, priority, status, created_at,
                                   done_at, verified_at, verifier_id, verify_note, verify_photo,
                                   updated_at)
    SELECT id, uid, branch_id, source, inspection_id, item_id, order_id, description, owner_id,
           due_date, priority, status, created_at, done_at, verified_at, verifier_id, verify_note,
           verify_photo, updated_at
    FROM corrective_action;
DROP TABLE corrective_action;
ALTER TABLE corrective_action_v21 RENAME TO corrective_action;
CREATE INDEX corrective_action_by_branch ON corrective_action (branch_id, status, due_date);
CREATE INDEX corrective_action_by_inspection ON corrective_action (inspection_id);

-- The corrective actions an incident gave rise to. A table of its own, not a column of the
-- action: an action travels to head office in packs, the incident stays at its branch.
CREATE TABLE incident_action (
    incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
    action_id   INTEGER NOT NULL UNIQUE REFERENCES corrective_action(id) ON DELETE CASCADE,
    PRIMARY KEY (incident_id, action_id)
) WITHOUT ROWID;
