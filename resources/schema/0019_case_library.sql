-- SPDX-License-Identifier: GPL-3.0-or-later
-- The case library (案例库, issue 21): how a fault was found and fixed, written once and found
-- again at the next diagnosis. A case has versions (each change keeps the one before), the
-- models it applies to, photos, and the orders it was used on (what "does the library help?"
-- compares).
CREATE TABLE service_case (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    title       TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    symptom     TEXT    NOT NULL DEFAULT '',   -- what the customer and technician see
    cause       TEXT    NOT NULL DEFAULT '',   -- what was found
    fix         TEXT    NOT NULL DEFAULT '',   -- the steps, one per line
    fault_code  TEXT    NOT NULL DEFAULT '',   -- a code of the fault list, or '' (none)
    tags        TEXT    NOT NULL DEFAULT '',   -- words to find it by, separated by ','
    author      TEXT    NOT NULL DEFAULT '',
    status      TEXT    NOT NULL DEFAULT 'draft'
                    CHECK (status = 'draft' OR status = 'approved' OR status = 'retired'),
    version     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    source_order_id INTEGER REFERENCES service_order(id) ON DELETE SET NULL,
    approved_at INTEGER,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX service_case_by_fault ON service_case (fault_code, status);

-- The product models a case applies to (product_model.model codes).
CREATE TABLE service_case_model (
    case_id     INTEGER NOT NULL REFERENCES service_case(id) ON DELETE CASCADE,
    model       TEXT    NOT NULL CHECK (length(model) > 0),
    PRIMARY KEY (case_id, model)
) WITHOUT ROWID;
CREATE INDEX service_case_model_by_model ON service_case_model (model);

-- Each earlier version of a case as it was (its JSON, docs/formats.md), when it was replaced
-- and by whom: the history a reader can step back through.
CREATE TABLE service_case_version (
    case_id     INTEGER NOT NULL REFERENCES service_case(id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    content     TEXT    NOT NULL,
    replaced_at INTEGER NOT NULL,
    replaced_by TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, version)
) WITHOUT ROWID;

CREATE TABLE service_case_photo (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    case_id     INTEGER NOT NULL REFERENCES service_case(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    caption     TEXT    NOT NULL DEFAULT '',
    image       BLOB    NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX service_case_photo_by_case ON service_case_photo (case_id, position);

-- A case used on an order (at its diagnosis), once per order and case.
CREATE TABLE service_case_use (
    order_id    INTEGER NOT NULL REFERENCES service_order(id) ON DELETE CASCADE,
    case_id     INTEGER NOT NULL REFERENCES service_case(id) ON DELETE CASCADE,
    used_at     INTEGER NOT NULL,
    used_by     TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (order_id, case_id)
) WITHOUT ROWID;
CREATE INDEX service_case_use_by_case ON service_case_use (case_id, used_at);

-- The search index (knowledge/CaseText): the case's words, Chinese written one character a token
-- so that a word of two characters (漏水) is found as a phrase of its characters; kept by the
-- library beside each change (rowid = the case's id). SQLite's own: the store on PostgreSQL
-- keeps its own index (a tsvector of the same tokens).
CREATE VIRTUAL TABLE case_search USING fts5(title, symptom, cause, fix, tags,
    tokenize = 'unicode61 remove_diacritics 2');
