-- Sign-in throttling that holds under concurrency and across app instances (issue 9).
--
-- An attempt is now written BEFORE its password is checked (succeeded NULL: being checked), inside
-- a transaction that holds the lock rows of its user name and its address, so that every attempt is
-- counted before the next one is allowed: 30 sign-ins at once make at most the limit of password
-- checks, whichever instance receives them. An attempt whose check never finished (the app was
-- killed) stays NULL and counts as failed. known_address: the address had signed in to this user
-- name before (such attempts are not slowed down when the name is flooded from elsewhere).
ALTER TABLE sign_in_attempt
  MODIFY succeeded BOOLEAN NULL,
  ADD COLUMN known_address BOOLEAN NOT NULL DEFAULT FALSE,
  ADD INDEX ix_sign_in_attempt_pair (username, remote_address, attempted_at);

-- One row per user name ('name:<name>') and per address ('address:<ip>'), locked FOR UPDATE while an
-- attempt is counted and reserved. cleared_at/cleared_by: an admin allowed sign-in again; failures
-- before that moment no longer count.
CREATE TABLE sign_in_lock (
  lock_key   VARCHAR(200) NOT NULL PRIMARY KEY,
  cleared_at DATETIME(6)  NULL,
  cleared_by VARCHAR(100) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
