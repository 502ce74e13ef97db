-- Dated, immutable releases of the open data (issue 11, "Citable releases"; docs/data-model.md).
-- A release is one day's published data in each public format, with its data package, checksums
-- and licence. It is written once, in one transaction with its audit entry (record type RELEASE),
-- and never changed: the app has no code path that updates or deletes these rows.
CREATE TABLE data_release (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version            INT          NOT NULL DEFAULT 0,
  release_date       DATE         NOT NULL,
  -- audit entries other than releases' own when it was made: the data version it holds
  data_version       BIGINT       NOT NULL,
  created_at         DATETIME(6)  NOT NULL,
  created_by         VARCHAR(100) NOT NULL,
  updated_at         DATETIME(6)  NOT NULL,
  updated_by         VARCHAR(100) NOT NULL,
  CONSTRAINT uq_data_release_date UNIQUE (release_date),
  CONSTRAINT ck_data_release_version CHECK (data_version >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One file of a release, as published: its name, media type, size in bytes and SHA-256 (hex).
CREATE TABLE data_release_file (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  release_id         BIGINT       NOT NULL,
  position           INT          NOT NULL,
  name               VARCHAR(64)  NOT NULL,
  media_type         VARCHAR(100) NOT NULL,
  byte_size          BIGINT       NOT NULL,
  sha256             CHAR(64)     NOT NULL,
  -- the gzip of the bytes is kept in this many chunks (data_release_chunk)
  chunks             INT          NOT NULL,
  CONSTRAINT fk_release_file_release FOREIGN KEY (release_id) REFERENCES data_release (id),
  CONSTRAINT uq_release_file_name UNIQUE (release_id, name),
  CONSTRAINT ck_release_file_sha CHECK (sha256 REGEXP '^[0-9a-f]{64}$'),
  CONSTRAINT ck_release_file_size CHECK (byte_size >= 0 AND chunks >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A file's bytes, gzipped, in pieces of at most 1 MiB: no statement comes near max_allowed_packet
-- (16 MiB on MariaDB, 64 MiB on MySQL 8), and a download holds one piece in memory at a time.
CREATE TABLE data_release_chunk (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  file_id            BIGINT       NOT NULL,
  seq                INT          NOT NULL,
  content            MEDIUMBLOB   NOT NULL,
  CONSTRAINT fk_release_chunk_file FOREIGN KEY (file_id) REFERENCES data_release_file (id),
  CONSTRAINT uq_release_chunk UNIQUE (file_id, seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
