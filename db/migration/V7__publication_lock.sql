-- One row that every write checking the citation invariant locks (SELECT ... FOR UPDATE) before it
-- reads what it checks, until its transaction ends: two staff actions at the same moment (one
-- unpublishing source S, the other source T, of a record citing only S and T) are checked one
-- after the other, each seeing what the other committed, so together they cannot leave a published
-- record uncited. Writes of drafts alone never take it.
CREATE TABLE publication_lock (
  id TINYINT NOT NULL PRIMARY KEY
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO publication_lock (id) VALUES (1);
