-- SPDX-License-Identifier: GPL-3.0-or-later
-- ServiceLens workbook schema, version 7: customer satisfaction surveys (满意度调查).
-- Value checks are OR chains, not IN lists (see schema step 5).
-- A survey is identified by (code, version); answers keep the version they were given to.

CREATE TABLE survey (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    code        TEXT    NOT NULL CHECK (length(trim(code)) > 0),
    version     INTEGER NOT NULL CHECK (version >= 1),
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    name_zh     TEXT    NOT NULL DEFAULT '',
    intro       TEXT    NOT NULL DEFAULT '',   -- the callback script's opening words
    intro_zh    TEXT    NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    UNIQUE (code, version)
);

CREATE TABLE survey_question (
    id          INTEGER PRIMARY KEY,
    survey_id   INTEGER NOT NULL REFERENCES survey(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    code        TEXT    NOT NULL CHECK (length(trim(code)) > 0),
    type        TEXT    NOT NULL CHECK ((type = 'likert5' OR type = 'csat5' OR type = 'ces7' OR
                                         type = 'nps' OR type = 'single' OR type = 'text')),
    dimension   TEXT    NOT NULL DEFAULT '',
    text        TEXT    NOT NULL,
    text_zh     TEXT    NOT NULL DEFAULT '',
    options     TEXT    NOT NULL DEFAULT '',   -- single choice: one option per line
    options_zh  TEXT    NOT NULL DEFAULT '',
    UNIQUE (survey_id, code),
    UNIQUE (survey_id, position)
);

-- One survey of one order: due when the order is followed up or closed (after the workbook's
-- delay, for the sampled share of orders); sent when first contacted (an invitation, KPI.md);
-- answered, or closed as no answer / refused; "call back later" keeps it on the callback list.
CREATE TABLE survey_response (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    survey_id   INTEGER NOT NULL REFERENCES survey(id) ON DELETE RESTRICT,
    branch_id   INTEGER NOT NULL REFERENCES branch(id) ON DELETE RESTRICT,
    order_id    INTEGER REFERENCES service_order(id) ON DELETE SET NULL,
    external_id TEXT,                          -- response_id of an imported row
    channel     TEXT    NOT NULL DEFAULT 'phone'
                        CHECK ((channel = 'phone' OR channel = 'sms' OR channel = 'online' OR
                                channel = 'face')),
    status      TEXT    NOT NULL DEFAULT 'due'
                        CHECK ((status = 'due' OR status = 'call_back' OR status = 'answered' OR
                                status = 'no_answer' OR status = 'refused')),
    due_at      INTEGER NOT NULL,              -- when it may be sent / called
    sent_at     INTEGER,                       -- first contact: an invitation from then on
    responded_at INTEGER,
    attempts    INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    call_back_at INTEGER,                      -- asked to be called again then
    caller_id   INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    CHECK ((status = 'answered') = (responded_at IS NOT NULL)),
    CHECK (responded_at IS NULL OR sent_at IS NOT NULL),
    CHECK (sent_at IS NOT NULL OR (status = 'due'))
);
CREATE UNIQUE INDEX survey_response_by_external ON survey_response (branch_id, external_id)
    WHERE external_id IS NOT NULL;
CREATE INDEX survey_response_by_order ON survey_response (order_id);
CREATE INDEX survey_response_by_sent ON survey_response (branch_id, sent_at);
CREATE INDEX survey_response_by_responded ON survey_response (branch_id, responded_at);
CREATE INDEX survey_response_callbacks ON survey_response (branch_id, status, due_at)
    WHERE status = 'due' OR status = 'call_back';

CREATE TABLE survey_answer (
    id          INTEGER PRIMARY KEY,
    response_id INTEGER NOT NULL REFERENCES survey_response(id) ON DELETE CASCADE,
    question_id INTEGER NOT NULL REFERENCES survey_question(id) ON DELETE RESTRICT,
    value       REAL,                          -- scales and the chosen option's index
    text        TEXT    NOT NULL DEFAULT '',   -- open answers
    UNIQUE (response_id, question_id)
);
CREATE INDEX survey_answer_by_question ON survey_answer (question_id, value);
