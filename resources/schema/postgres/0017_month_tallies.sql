-- SPDX-License-Identifier: GPL-3.0-or-later
-- Month tallies: what each branch's month adds up to, kept so that the network's figures over
-- hundreds of branches read one short row per branch instead of the month's orders and survey
-- answers (core/kpi/MonthTallies.h). A tally is used only while data_version is still the one
-- it was counted at: every statement that writes a table the figures are counted from moves
-- data_version on, whoever runs it, so a kept tally can never stand for data that changed.
-- A merge takes data_version first, counts again the months it touched, and carries every
-- other tally to the new version (PackMerger).

CREATE TABLE data_version (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    version  BIGINT  NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 0);

CREATE FUNCTION data_version_next() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['branch', 'service_order', 'stage_event', 'survey_response',
                             'survey_answer', 'survey_question', 'inspection',
                             'corrective_action', 'calendar_day', 'calendar_year', 'sla_policy']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION data_version_next()',
                       t || '_data_version', t);
    END LOOP;
END;
$$;

CREATE TABLE month_tally (
    branch_id  BIGINT  NOT NULL REFERENCES branch (id) ON DELETE CASCADE,
    month      BIGINT  NOT NULL,  -- YYYYMM, in the branch's time zone
    version    BIGINT  NOT NULL,  -- data_version when it was counted or last carried
    tally      TEXT    NOT NULL,  -- kpi::TallyCodec
    PRIMARY KEY (branch_id, month)
);
CREATE INDEX month_tally_by_version ON month_tally (version);
