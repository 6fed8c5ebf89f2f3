-- SPDX-License-Identifier: GPL-3.0-or-later
-- ServiceLens workbook schema, version 8: training (人员培训).
-- Value checks are OR chains, not IN lists (see schema step 5).

CREATE TABLE training_course (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    code        TEXT    NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
    title       TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    skill_area  TEXT    NOT NULL DEFAULT 'product_knowledge'
                        CHECK ((skill_area = 'product_knowledge' OR skill_area = 'fault_diagnosis' OR
                                skill_area = 'communication' OR skill_area = 'safety' OR
                                skill_area = 'service_standards' OR skill_area = 'systems')),
    -- How long what it teaches stays current; 0: it does not expire.
    validity_months INTEGER NOT NULL DEFAULT 0 CHECK (validity_months >= 0),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

CREATE TABLE training_session (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    course_id   INTEGER NOT NULL REFERENCES training_course(id) ON DELETE RESTRICT,
    branch_id   INTEGER NOT NULL REFERENCES branch(id) ON DELETE RESTRICT,
    day         TEXT    NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    trainer     TEXT    NOT NULL DEFAULT '',
    hours       REAL    NOT NULL DEFAULT 0 CHECK (hours >= 0),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    UNIQUE (course_id, branch_id, day)
);
CREATE INDEX training_session_by_day ON training_session (branch_id, day);

CREATE TABLE training_attendance (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES training_session(id) ON DELETE CASCADE,
    staff_id    INTEGER NOT NULL REFERENCES staff(id) ON DELETE RESTRICT,
    pre_score   REAL CHECK (pre_score IS NULL OR (pre_score >= 0 AND pre_score <= 100)),
    post_score  REAL CHECK (post_score IS NULL OR (post_score >= 0 AND post_score <= 100)),
    UNIQUE (session_id, staff_id)
);
CREATE INDEX training_attendance_by_staff ON training_attendance (staff_id);
