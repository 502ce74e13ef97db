-- Staff accounts and the sign-in log (issue: staff UI, sign-in and roles).
-- Passwords are stored only as bcrypt hashes. Sign-in attempts are appended, never updated: the
-- lockout is computed from them, and they are the record of who tried to sign in, when, from where.

CREATE TABLE account (
  id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version              INT          NOT NULL DEFAULT 0,
  created_at           DATETIME(6)  NOT NULL,
  created_by           VARCHAR(100) NOT NULL,
  updated_at           DATETIME(6)  NOT NULL,
  updated_by           VARCHAR(100) NOT NULL,
  username             VARCHAR(100) NOT NULL,
  password_hash        VARCHAR(100) NOT NULL,
  role                 VARCHAR(16)  NOT NULL,
  enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
  must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
  CONSTRAINT uq_account_username UNIQUE (username),
  CONSTRAINT ck_account_username CHECK (username REGEXP '^[a-z0-9][a-z0-9._-]{1,99}$'),
  CONSTRAINT ck_account_role CHECK (role IN ('ADMIN', 'EDITOR', 'CONTRIBUTOR')),
  CONSTRAINT ck_account_hash CHECK (password_hash LIKE '$2%')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sign_in_attempt (
  id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username             VARCHAR(100) NOT NULL,
  remote_address       VARCHAR(64)  NULL,
  attempted_at         DATETIME(6)  NOT NULL,
  succeeded            BOOLEAN      NOT NULL,
  INDEX ix_sign_in_attempt_username (username, attempted_at),
  INDEX ix_sign_in_attempt_address (remote_address, attempted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
