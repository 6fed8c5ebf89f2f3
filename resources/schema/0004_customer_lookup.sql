-- SPDX-License-Identifier: GPL-3.0-or-later
-- ServiceLens workbook schema, version 4: finding a customer by phone and name.
-- An import meets each row's customer by the pair (name, phone); with this index the lookup is
-- one seek instead of a scan of everyone sharing a phone (many rows have none), so an import's
-- memory no longer needs every customer held in a hash. It replaces the phone-only index.

DROP INDEX customer_by_phone;
CREATE INDEX customer_by_phone_name ON customer (phone, name);
