-- SPDX-License-Identifier: GPL-3.0-or-later
-- ServiceLens workbook schema, version 14: the customer's address.
-- Where the technician goes (上门): typed on the order form with the customer's name and
-- phone, or read from an export's address column. Personal data, like the phone: the training
-- copy clears it, and no report prints it.
ALTER TABLE customer ADD COLUMN address TEXT NOT NULL DEFAULT '';
