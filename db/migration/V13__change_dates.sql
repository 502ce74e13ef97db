-- Issue 11, "What changed" and the map over time: the public diff between two dates finds the records
-- whose own date falls in the window (/changes), and the map's time control lists the distinct dates
-- where something changed. Each reads one index per table by date (range scan), with the publication
-- state in the index so drafts are skipped without reading the rows.
CREATE INDEX ix_doj_letter_sent ON doj_letter (sent_on, publication_state);
CREATE INDEX ix_funding_threat_announced ON funding_threat (announced_on, publication_state);
CREATE INDEX ix_court_case_ruling ON court_case (ruling_on, publication_state);
CREATE INDEX ix_statement_said ON statement (said_on, publication_state);
CREATE INDEX ix_designation_designated ON designation (designated_on, publication_state);
CREATE INDEX ix_event_occurred ON event (occurred_on, publication_state);
CREATE INDEX ix_policy_position_valid_from ON policy_position (valid_from_on, publication_state);
CREATE INDEX ix_policy_position_valid_to ON policy_position (valid_to_on, publication_state);
