-- SPDX-License-Identifier: GPL-3.0-or-later
-- 360-degree reviews (360度评估, issue 23): a branch's review cycles, who is reviewed and by whom,
-- the one-time codes that let each rater answer once, and the answers — which never name or
-- point to a rater: an answer knows its cycle, the person reviewed and the rater group only.

-- A review cycle (2026 上半年): its questionnaire (a survey of the survey tables, by id), the
-- days it runs, and the threshold below which a competency proposes training.
CREATE TABLE review_cycle (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    branch_id   INTEGER NOT NULL REFERENCES branch(id) ON DELETE RESTRICT,
    code        TEXT    NOT NULL CHECK (length(trim(code)) > 0),
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    survey_id   INTEGER NOT NULL REFERENCES survey(id) ON DELETE RESTRICT,
    opens_on    TEXT    NOT NULL CHECK (opens_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    closes_on   TEXT    NOT NULL CHECK (closes_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    threshold   REAL    NOT NULL DEFAULT 3.0 CHECK (threshold >= 1 AND threshold <= 5),
    closed_at   INTEGER,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    UNIQUE (branch_id, code),
    CHECK (closes_on >= opens_on)
);

-- Who rates whom, in which group: to invite them and count who was asked. It is never joined
-- to an answer, and a code is never given to a named rater (review_code).
CREATE TABLE review_rater (
    cycle_id    INTEGER NOT NULL REFERENCES review_cycle(id) ON DELETE CASCADE,
    subject_id  INTEGER NOT NULL REFERENCES staff(id) ON DELETE RESTRICT,
    rater_id    INTEGER NOT NULL REFERENCES staff(id) ON DELETE RESTRICT,
    rater_group TEXT    NOT NULL CHECK (rater_group = 'self' OR rater_group = 'manager' OR
                                        rater_group = 'peer' OR rater_group = 'other'),
    PRIMARY KEY (cycle_id, subject_id, rater_id),
    CHECK ((rater_group = 'self') = (rater_id = subject_id))
) WITHOUT ROWID;

-- The one-time codes: as many per person and group as raters were asked, handed out in any
-- order within the group, so that no code belongs to a named rater. A code proves only that
-- one answer of its group was given once; the codes are deleted when the cycle closes.
-- Keyed by the code's hash: no order of making or use is kept.
CREATE TABLE review_code (
    code_hash   TEXT    NOT NULL PRIMARY KEY,
    cycle_id    INTEGER NOT NULL REFERENCES review_cycle(id) ON DELETE CASCADE,
    subject_id  INTEGER NOT NULL REFERENCES staff(id) ON DELETE RESTRICT,
    rater_group TEXT    NOT NULL CHECK (rater_group = 'self' OR rater_group = 'manager' OR
                                        rater_group = 'peer' OR rater_group = 'other'),
    used        INTEGER NOT NULL DEFAULT 0 CHECK (used = 0 OR used = 1)
) WITHOUT ROWID;

-- One filled questionnaire: the person reviewed and the rater group, nothing else — no code, no
-- rater, no time. Keyed by a random id, so the table's order says nothing of when it came.
CREATE TABLE review_response (
    id          TEXT    NOT NULL PRIMARY KEY,
    cycle_id    INTEGER NOT NULL REFERENCES review_cycle(id) ON DELETE CASCADE,
    subject_id  INTEGER NOT NULL REFERENCES staff(id) ON DELETE RESTRICT,
    rater_group TEXT    NOT NULL CHECK (rater_group = 'self' OR rater_group = 'manager' OR
                                        rater_group = 'peer' OR rater_group = 'other')
) WITHOUT ROWID;
CREATE INDEX review_response_by_subject ON review_response (cycle_id, subject_id, rater_group);

CREATE TABLE review_answer (
    response_id TEXT    NOT NULL REFERENCES review_response(id) ON DELETE CASCADE,
    question_id INTEGER NOT NULL REFERENCES survey_question(id) ON DELETE RESTRICT,
    rating      INTEGER CHECK (rating IS NULL OR (rating >= 1 AND rating <= 5)),
    text        TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (response_id, question_id)
) WITHOUT ROWID;

-- What the codes counted, kept when the cycle closes and the codes are deleted: per person and
-- group, how many were asked and how many answered.
CREATE TABLE review_tally (
    cycle_id    INTEGER NOT NULL REFERENCES review_cycle(id) ON DELETE CASCADE,
    subject_id  INTEGER NOT NULL REFERENCES staff(id) ON DELETE RESTRICT,
    rater_group TEXT    NOT NULL CHECK (rater_group = 'self' OR rater_group = 'manager' OR
                                        rater_group = 'peer' OR rater_group = 'other'),
    asked       INTEGER NOT NULL CHECK (asked >= 0),
    answered    INTEGER NOT NULL CHECK (answered >= 0 AND answered <= asked),
    PRIMARY KEY (cycle_id, subject_id, rater_group)
) WITHOUT ROWID;
