-- SPDX-License-Identifier: GPL-3.0-or-later
-- ServiceLens workbook schema, version 3: orders received and closed per branch and month.
-- The backlog at the end of a month is "received up to the month" minus "closed up to the
-- month"; summing a few dozen rows of this table replaces counting a million index entries.
-- Triggers keep it exact under every insert, update and delete, in the same transaction.
-- Months are the YYYYMM keys stored on the orders, in the branch's time zone.

CREATE TABLE order_month_count (
    branch_id INTEGER NOT NULL,
    month     INTEGER NOT NULL,
    received  INTEGER NOT NULL DEFAULT 0,
    closed    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (branch_id, month)
) WITHOUT ROWID;

INSERT INTO order_month_count (branch_id, month, received, closed)
SELECT branch_id, month, sum(r), sum(c) FROM (
    SELECT branch_id, received_month AS month, 1 AS r, 0 AS c FROM service_order
    UNION ALL
    SELECT branch_id, closed_month, 0, 1 FROM service_order WHERE closed_month IS NOT NULL
) GROUP BY branch_id, month;

CREATE TRIGGER order_month_count_insert AFTER INSERT ON service_order
BEGIN
    INSERT INTO order_month_count (branch_id, month, received) VALUES (new.branch_id, new.received_month, 1)
        ON CONFLICT (branch_id, month) DO UPDATE SET received = received + 1;
    INSERT INTO order_month_count (branch_id, month, closed)
        SELECT new.branch_id, new.closed_month, 1 WHERE new.closed_month IS NOT NULL
        ON CONFLICT (branch_id, month) DO UPDATE SET closed = closed + 1;
END;

CREATE TRIGGER order_month_count_delete AFTER DELETE ON service_order
BEGIN
    UPDATE order_month_count SET received = received - 1
        WHERE branch_id = old.branch_id AND month = old.received_month;
    UPDATE order_month_count SET closed = closed - 1
        WHERE old.closed_month IS NOT NULL AND branch_id = old.branch_id AND month = old.closed_month;
END;

CREATE TRIGGER order_month_count_update
AFTER UPDATE OF branch_id, received_month, closed_month ON service_order
BEGIN
    UPDATE order_month_count SET received = received - 1
        WHERE branch_id = old.branch_id AND month = old.received_month;
    UPDATE order_month_count SET closed = closed - 1
        WHERE old.closed_month IS NOT NULL AND branch_id = old.branch_id AND month = old.closed_month;
    INSERT INTO order_month_count (branch_id, month, received) VALUES (new.branch_id, new.received_month, 1)
        ON CONFLICT (branch_id, month) DO UPDATE SET received = received + 1;
    INSERT INTO order_month_count (branch_id, month, closed)
        SELECT new.branch_id, new.closed_month, 1 WHERE new.closed_month IS NOT NULL
        ON CONFLICT (branch_id, month) DO UPDATE SET closed = closed + 1;
END;
