-- SPDX-License-Identifier: GPL-3.0-or-later
-- Development after a 360-degree review (issue 23): the period a review cycle looks back on, and
-- each person's development plan — goals with the actions to reach them and their due dates —
-- reviewed at the next cycle.

-- The period reviewed (2026-01-01 to 2026-06-30): the customers' view and the measured figures
-- come from it, while opens_on and closes_on are the days answers are taken. A cycle made
-- before this step looked at its own days, and keeps doing so.
ALTER TABLE review_cycle ADD COLUMN period_from TEXT;
ALTER TABLE review_cycle ADD COLUMN period_to TEXT;
UPDATE review_cycle SET period_from = opens_on, period_to = closes_on;

-- A person's goals after a cycle's results: what to build (a competency of the questionnaire,
-- or none), the actions (a course, coaching, practice), by when; then, at the next cycle, how
-- it went.
CREATE TABLE development_goal (
    id            INTEGER PRIMARY KEY,
    uid           TEXT    NOT NULL UNIQUE,
    cycle_id      INTEGER NOT NULL REFERENCES review_cycle(id) ON DELETE RESTRICT,
    staff_id      INTEGER NOT NULL REFERENCES staff(id) ON DELETE RESTRICT,
    position      INTEGER NOT NULL,
    competency    TEXT    NOT NULL DEFAULT '',
    goal          TEXT    NOT NULL CHECK (length(trim(goal)) > 0),
    actions       TEXT    NOT NULL DEFAULT '',
    due_on        TEXT    CHECK (due_on IS NULL OR
                                 due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    outcome       TEXT    NOT NULL DEFAULT 'open'
                          CHECK (outcome = 'open' OR outcome = 'achieved' OR
                                 outcome = 'partly' OR outcome = 'not_achieved' OR
                                 outcome = 'dropped'),
    reviewed_in   INTEGER REFERENCES review_cycle(id) ON DELETE RESTRICT,
    review_note   TEXT    NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    UNIQUE (cycle_id, staff_id, position),
    CHECK ((outcome = 'open') = (reviewed_in IS NULL))
);
CREATE INDEX development_goal_by_staff ON development_goal (staff_id, cycle_id);
