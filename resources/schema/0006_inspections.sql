-- SPDX-License-Identifier: GPL-3.0-or-later
-- ServiceLens workbook schema, version 6: branch inspections (巡检) and corrective actions.
-- Value checks are OR chains, not IN lists (see schema step 5).
-- A template is identified by (code, version); once an inspection uses a version, editing the
-- template writes a new version and the old one stays as it was (core/inspection enforces it).

CREATE TABLE inspection_template (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    code        TEXT    NOT NULL CHECK (length(trim(code)) > 0),
    version     INTEGER NOT NULL CHECK (version >= 1),
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    name_zh     TEXT    NOT NULL DEFAULT '',
    frequency   TEXT    NOT NULL DEFAULT 'monthly'
                        CHECK ((frequency = 'daily' OR frequency = 'weekly' OR frequency = 'monthly' OR frequency = 'quarterly')),
    pass_score  REAL    NOT NULL CHECK (pass_score >= 0 AND pass_score <= 100),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    UNIQUE (code, version)
);

CREATE TABLE inspection_section (
    id          INTEGER PRIMARY KEY,
    template_id INTEGER NOT NULL REFERENCES inspection_template(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    title       TEXT    NOT NULL,
    title_zh    TEXT    NOT NULL DEFAULT '',
    UNIQUE (template_id, position)
);

CREATE TABLE inspection_item (
    id          INTEGER PRIMARY KEY,
    template_id INTEGER NOT NULL REFERENCES inspection_template(id) ON DELETE CASCADE,
    section_id  INTEGER NOT NULL REFERENCES inspection_section(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    code        TEXT    NOT NULL CHECK (length(trim(code)) > 0),
    type        TEXT    NOT NULL CHECK ((type = 'pass_fail' OR type = 'rating5' OR type = 'number' OR type = 'text' OR type = 'photo')),
    text        TEXT    NOT NULL,
    text_zh     TEXT    NOT NULL DEFAULT '',
    guidance    TEXT    NOT NULL DEFAULT '',
    guidance_zh TEXT    NOT NULL DEFAULT '',
    weight      REAL    NOT NULL DEFAULT 1 CHECK (weight >= 0),
    critical    INTEGER NOT NULL DEFAULT 0 CHECK ((critical = 0 OR critical = 1)),
    min_value   REAL,
    max_value   REAL,
    UNIQUE (template_id, code),
    UNIQUE (section_id, position),
    CHECK (min_value IS NULL OR max_value IS NULL OR min_value <= max_value)
);

-- Who inspects what, how often, and when next.
CREATE TABLE inspection_schedule (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    branch_id   INTEGER NOT NULL REFERENCES branch(id) ON DELETE RESTRICT,
    template_code TEXT  NOT NULL,  -- the latest version of the template is used
    frequency   TEXT    NOT NULL CHECK ((frequency = 'daily' OR frequency = 'weekly' OR frequency = 'monthly' OR frequency = 'quarterly')),
    assignee_id INTEGER REFERENCES staff(id) ON DELETE RESTRICT,
    next_due    TEXT    NOT NULL CHECK (next_due GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    active      INTEGER NOT NULL DEFAULT 1 CHECK ((active = 0 OR active = 1)),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

-- One inspection of a branch against one template version. A draft is saved answer by answer;
-- completion computes the score and locks it (changes after that are audited amendments).
CREATE TABLE inspection (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    template_id INTEGER NOT NULL REFERENCES inspection_template(id) ON DELETE RESTRICT,
    branch_id   INTEGER NOT NULL REFERENCES branch(id) ON DELETE RESTRICT,
    schedule_id INTEGER REFERENCES inspection_schedule(id) ON DELETE SET NULL,
    inspector_id INTEGER REFERENCES staff(id) ON DELETE RESTRICT,
    status      TEXT    NOT NULL DEFAULT 'draft' CHECK ((status = 'draft' OR status = 'completed')),
    started_at  INTEGER NOT NULL,
    completed_at INTEGER,
    score       REAL,
    passed      INTEGER CHECK (passed IS NULL OR (passed = 0 OR passed = 1)),
    note        TEXT    NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    CHECK ((status = 'completed') = (completed_at IS NOT NULL)),
    CHECK (completed_at IS NULL OR completed_at >= started_at)
);
CREATE INDEX inspection_by_completed ON inspection (branch_id, completed_at);
CREATE INDEX inspection_by_template ON inspection (template_id);

-- An answer: na = not applicable (not scored); otherwise the column of the item's type holds it
-- (pass_fail: passed 0/1, rating5: rating 1-5, number: number, text: text; photo: photos).
CREATE TABLE inspection_answer (
    id          INTEGER PRIMARY KEY,
    inspection_id INTEGER NOT NULL REFERENCES inspection(id) ON DELETE CASCADE,
    item_id     INTEGER NOT NULL REFERENCES inspection_item(id) ON DELETE RESTRICT,
    na          INTEGER NOT NULL DEFAULT 0 CHECK ((na = 0 OR na = 1)),
    passed      INTEGER CHECK (passed IS NULL OR (passed = 0 OR passed = 1)),
    rating      INTEGER CHECK (rating IS NULL OR (rating >= 1 AND rating <= 5)),
    number      REAL,
    text        TEXT    NOT NULL DEFAULT '',
    note        TEXT    NOT NULL DEFAULT '',
    answered_at INTEGER NOT NULL,
    UNIQUE (inspection_id, item_id)
);

-- Photos taken as evidence, scaled by the application; the thumbnail is for lists.
CREATE TABLE inspection_photo (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    inspection_id INTEGER NOT NULL REFERENCES inspection(id) ON DELETE CASCADE,
    item_id     INTEGER NOT NULL REFERENCES inspection_item(id) ON DELETE RESTRICT,
    file_name   TEXT    NOT NULL DEFAULT '',
    image       BLOB    NOT NULL,
    thumbnail   BLOB    NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX inspection_photo_by_answer ON inspection_photo (inspection_id, item_id);

-- Service orders looked at as evidence for an answer (e.g. ten orders closed in the period).
CREATE TABLE inspection_evidence (
    id          INTEGER PRIMARY KEY,
    inspection_id INTEGER NOT NULL REFERENCES inspection(id) ON DELETE CASCADE,
    item_id     INTEGER NOT NULL REFERENCES inspection_item(id) ON DELETE RESTRICT,
    order_id    INTEGER NOT NULL REFERENCES service_order(id) ON DELETE CASCADE,
    UNIQUE (inspection_id, item_id, order_id)
);
CREATE INDEX inspection_evidence_by_order ON inspection_evidence (order_id);

-- A corrective action (整改): from a failed inspection item, a complaint, a low survey score.
-- open -> in_progress -> done -> verified; done_at is when it was done, verified by someone
-- other than its owner.
CREATE TABLE corrective_action (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    branch_id   INTEGER NOT NULL REFERENCES branch(id) ON DELETE RESTRICT,
    source      TEXT    NOT NULL CHECK ((source = 'inspection' OR source = 'complaint' OR source = 'survey' OR source = 'other')),
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
CREATE INDEX corrective_action_by_branch ON corrective_action (branch_id, status, due_date);
CREATE INDEX corrective_action_by_inspection ON corrective_action (inspection_id);
