-- Who has a record open in a staff editor, right now: one row per open editor (a browser tab's
-- editor view, keyed by a random editor key), refreshed by the editor's heartbeat. Rows whose
-- heartbeat stopped (the browser went away) are ignored after a short while and deleted by the
-- next heartbeat anywhere. Kept in the database, not in memory, so every app instance sees the
-- same people. Not record content: not audited, and never shown on the public side.
CREATE TABLE record_presence (
  editor_key   VARCHAR(64)  NOT NULL PRIMARY KEY,
  record_type  VARCHAR(32)  NOT NULL,
  record_id    BIGINT       NOT NULL,
  username     VARCHAR(100) NOT NULL,
  since        DATETIME(6)  NOT NULL,
  last_seen    DATETIME(6)  NOT NULL,
  INDEX ix_record_presence_record (record_type, record_id, last_seen),
  INDEX ix_record_presence_last_seen (last_seen)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
