-- SPDX-License-Identifier: GPL-3.0-or-later
-- What defect trends count (issue 21, FORMATS.md): each order's fault code, and the units of
-- each product model in the field per month (the installed base), from head office's files.

-- A code of the workbook's fault list (fault_code.code) or '' (none given: unknown, never a
-- code of its own). Text, as a pack carries it: codes are head office's natural keys.
ALTER TABLE service_order ADD COLUMN fault_code TEXT NOT NULL DEFAULT '';

-- Defect trends count a range of months' orders by product text, category and fault code:
-- from this index alone, without visiting the orders (org/ProductMatcher maps the texts).
CREATE INDEX service_order_defects ON service_order (received_month, product, category, fault_code);

-- Units in the field of a model (product_model.model) in a month (YYYYMM): the denominator of a
-- u-chart. A month not listed is unknown, not zero.
CREATE TABLE installed_base (
    model       TEXT    NOT NULL REFERENCES product_model(model) ON UPDATE CASCADE ON DELETE CASCADE,
    month       INTEGER NOT NULL CHECK (month BETWEEN 190001 AND 999912 AND month % 100 BETWEEN 1 AND 12),
    units       INTEGER NOT NULL CHECK (units >= 0),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (model, month)
) WITHOUT ROWID;
