-- SPDX-License-Identifier: GPL-3.0-or-later
-- Each completed inspection's seal: the SHA-256 of its content (InspectionSeal), written when it
-- is completed or amended. The inspections completed before are sealed by the migration's C++
-- step, as they stand.
ALTER TABLE inspection ADD COLUMN content_hash TEXT;
