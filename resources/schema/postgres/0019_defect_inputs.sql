-- SPDX-License-Identifier: GPL-3.0-or-later
-- The workbook's format 18 (resources/schema/0018_defect_inputs.sql) in PostgreSQL's words:
-- each order's fault code, and each model's installed base per month.
ALTER TABLE service_order ADD COLUMN fault_code TEXT NOT NULL DEFAULT '';

CREATE INDEX service_order_defects ON service_order (received_month, product, category, fault_code);

CREATE TABLE installed_base (
    model       TEXT    NOT NULL REFERENCES product_model(model) ON UPDATE CASCADE ON DELETE CASCADE,
    month       BIGINT  NOT NULL CHECK (month BETWEEN 190001 AND 999912 AND month % 100 BETWEEN 1 AND 12),
    units       BIGINT  NOT NULL CHECK (units >= 0),
    created_at  BIGINT  NOT NULL,
    updated_at  BIGINT  NOT NULL,
    PRIMARY KEY (model, month)
);
