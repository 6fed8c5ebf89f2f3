-- SPDX-License-Identifier: GPL-3.0-or-later
-- Master data that consolidates (DESIGN.md, "Head office"): head office's lists of product
-- categories and models, and the other spellings branches use for them. Orders keep the
-- category and product text their branch wrote; what each text means is looked up here
-- (org/ProductMatcher), so a mapping made today applies to every order, old and new, and no
-- branch's row is ever rewritten at head office.

-- A category is known by its name (as head office writes it), a model by its code: both are
-- what a products file names and what a head-office pack carries to the branches.
CREATE TABLE product_category (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL UNIQUE CHECK (length(name) > 0 AND name = trim(name)),
    name_en     TEXT    NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

CREATE TABLE product_model (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    model       TEXT    NOT NULL UNIQUE CHECK (length(model) > 0 AND model = trim(model)),
    name        TEXT    NOT NULL DEFAULT '',
    category    TEXT    NOT NULL DEFAULT '',   -- a product_category's name, or '' (none given)
    launched    TEXT    CHECK (launched IS NULL OR launched GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

-- Another spelling of a list entry: a model ('model', target = its code) or a category
-- ('category', target = its name). Compared by key (org/ProductKey: NFKC, case folded,
-- without spaces), so "ｘｑｂ80 " and "XQB80" are one spelling. From a products file's
-- aliases column ('file') or a value a user mapped by hand ('confirmed').
CREATE TABLE product_alias (
    list        TEXT    NOT NULL CHECK ((list = 'model' OR list = 'category')),
    key         TEXT    NOT NULL CHECK (length(key) > 0),
    spelling    TEXT    NOT NULL,   -- as it was first written, to show
    target      TEXT    NOT NULL CHECK (length(target) > 0),
    source      TEXT    NOT NULL CHECK ((source = 'file' OR source = 'confirmed')),
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (list, key)
) WITHOUT ROWID;
