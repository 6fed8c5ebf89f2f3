-- SPDX-License-Identifier: GPL-3.0-or-later
-- SLA policies by priority and/or category (FORMATS.md, "SLA policies"): a row's priority or
-- category may be blank (NULL), meaning any; the most specific row matching an order applies.
-- The table is rebuilt because a column's NOT NULL cannot be dropped in place; the four rows of
-- earlier formats are kept as they are (priority set, any category).
CREATE TABLE sla_policy_v12 (
    id              INTEGER PRIMARY KEY,
    uid             TEXT    NOT NULL UNIQUE,
    priority        TEXT    CHECK (priority IS NULL OR priority = 'urgent' OR
                                   priority = 'high' OR priority = 'normal' OR priority = 'low'),
    -- As the orders' category column holds it, trimmed; NULL = any category.
    category        TEXT    CHECK (category IS NULL OR
                                   (length(category) > 0 AND category = trim(category))),
    response_hours  REAL    NOT NULL CHECK (response_hours > 0),
    resolution_wd   INTEGER NOT NULL CHECK (resolution_wd >= 0),
    pause_while_waiting INTEGER NOT NULL DEFAULT 0 CHECK (pause_while_waiting = 0 OR
                                                         pause_while_waiting = 1),
    updated_at      INTEGER NOT NULL
);
INSERT INTO sla_policy_v12 (id, uid, priority, category, response_hours, resolution_wd,
                            pause_while_waiting, updated_at)
    SELECT id, uid, priority, NULL, response_hours, resolution_wd, pause_while_waiting,
           updated_at FROM sla_policy;
DROP TABLE sla_policy;
ALTER TABLE sla_policy_v12 RENAME TO sla_policy;
-- One row per scope (blank = any counts as one value).
CREATE UNIQUE INDEX sla_policy_scope ON sla_policy (coalesce(priority, ''), coalesce(category, ''));
