-- Which database this is. One row, written by the app at its first start on the database
-- (org.civicdata.tracker.db.DatabaseIdentityCheck), never by a migration: a database that lost its
-- tables and was migrated afresh has no row, and the app, which remembers the id in a marker file
-- next to the data folder, then refuses to start instead of seeding over the loss. seeded_at says
-- whether the bundled seeds were ever loaded: they are loaded at most once in a database's life.
CREATE TABLE database_identity (
  id                 CHAR(36)     NOT NULL PRIMARY KEY,
  initialised_at     DATETIME(6)  NOT NULL,
  seeded_at          DATETIME(6)  NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
