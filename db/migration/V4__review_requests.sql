-- The review queue: a contributor submits a draft; an editor publishes it or sends it back with a
-- comment. One row per submission, kept as a log: only its decision (state, by, at, comment) is set
-- once, when an editor acts. Publishing itself is an audited record change like any other.
CREATE TABLE review_request (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  record_type        VARCHAR(32)  NOT NULL,
  record_id          BIGINT       NOT NULL,
  state              VARCHAR(16)  NOT NULL,
  submitted_by       VARCHAR(100) NOT NULL,
  submitted_at       DATETIME(6)  NOT NULL,
  decided_by         VARCHAR(100) NULL,
  decided_at         DATETIME(6)  NULL,
  comment            TEXT         NULL,
  CONSTRAINT ck_review_state CHECK (state IN ('WAITING', 'RETURNED', 'PUBLISHED')),
  CONSTRAINT ck_review_returned_comment CHECK (state <> 'RETURNED' OR CHAR_LENGTH(TRIM(comment)) > 0),
  INDEX ix_review_request_state (state, submitted_at),
  INDEX ix_review_request_record (record_type, record_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
