-- SPDX-License-Identifier: GPL-3.0-or-later
-- Fault codes (故障代码), a reference list head office owns (issue 21, FORMATS.md `import
-- faults`): a two-level tree, each code in a group (故障大类), names in Chinese and English.
-- A group is known by its name, a code by its code, as a faults file names them.
CREATE TABLE fault_group (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL UNIQUE CHECK (length(name) > 0 AND name = trim(name)),
    name_en     TEXT    NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

CREATE TABLE fault_code (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    code        TEXT    NOT NULL UNIQUE CHECK (length(code) > 0 AND code = trim(code)),
    name        TEXT    NOT NULL CHECK (length(name) > 0),
    name_en     TEXT    NOT NULL DEFAULT '',
    group_name  TEXT    NOT NULL DEFAULT '',   -- a fault_group's name, or '' (none given)
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
