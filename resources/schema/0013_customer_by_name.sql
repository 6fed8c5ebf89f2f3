-- SPDX-License-Identifier: GPL-3.0-or-later
-- The orders list sorted by customer walks the customers in name order and each one's orders
-- through service_order_by_customer, stopping after a page: without this index every order of
-- the branch was joined with its customer and sorted (0.8 s on a million orders) to show 200.
CREATE INDEX customer_by_name ON customer (name);
