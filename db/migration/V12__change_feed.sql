-- The change feed (/api/changes, /feed.atom, /j/{slug}/feed.atom; issue 11): what the public could see
-- of each write, recorded by RecordWriter with the audit entry, in its transaction.
--
-- public_before, public_after: whether the record was published (hence public: the publication guard
-- keeps a published record shown under published records) just before and just after the write. A
-- write with neither was a draft's and never goes into the feed.
ALTER TABLE audit_entry
  ADD COLUMN public_before BOOLEAN NOT NULL DEFAULT FALSE,
  ADD COLUMN public_after  BOOLEAN NOT NULL DEFAULT FALSE;

-- The jurisdictions a public write is shown under (its own for a jurisdiction; a position's, letter's,
-- statement's... jurisdiction; a court case's threat's; each of an event's), with their state and kind
-- as they were then, so that one jurisdiction's feed and the state and kind filters read an index in
-- the feed's order. One row per entry and jurisdiction; none for sources and people.
CREATE TABLE audit_entry_jurisdiction (
  audit_entry_id     BIGINT       NOT NULL,
  jurisdiction_id    BIGINT       NOT NULL,
  state_code         CHAR(2)      NOT NULL,
  kind               VARCHAR(32)  NOT NULL,
  PRIMARY KEY (jurisdiction_id, audit_entry_id),
  CONSTRAINT fk_audit_entry_jurisdiction_entry FOREIGN KEY (audit_entry_id) REFERENCES audit_entry (id),
  INDEX ix_audit_entry_jurisdiction_entry (audit_entry_id),
  INDEX ix_audit_entry_jurisdiction_state (state_code, audit_entry_id),
  INDEX ix_audit_entry_jurisdiction_kind (kind, audit_entry_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Backfill of the entries written before this migration, replayed from the trail itself: a record is
-- published after an entry when the latest publicationState it recorded up to that entry is PUBLISHED
-- (a delete leaves nothing published), and was published before it when it was after the entry before.
UPDATE audit_entry a SET public_after = (
  a.action <> 'DELETE' AND 'PUBLISHED' <=> (
    SELECT JSON_VALUE(b.changes, '$.publicationState.new') FROM audit_entry b
    WHERE b.record_type = a.record_type AND b.record_id = a.record_id AND b.id <= a.id
      AND JSON_VALUE(b.changes, '$.publicationState.new') IS NOT NULL
    ORDER BY b.id DESC LIMIT 1));

UPDATE audit_entry a SET public_before = (
  a.action <> 'CREATE' AND COALESCE((
    SELECT b.public_after FROM audit_entry b
    WHERE b.record_type = a.record_type AND b.record_id = a.record_id AND b.id < a.id
    ORDER BY b.id DESC LIMIT 1), FALSE));

-- Their jurisdictions, as the records now stand (a record deleted before this migration has none: it
-- is in the whole feed only).
INSERT INTO audit_entry_jurisdiction (audit_entry_id, jurisdiction_id, state_code, kind)
SELECT a.id, j.id, j.state_code, j.kind
FROM audit_entry a
JOIN (
  SELECT 'JURISDICTION' AS record_type, id AS record_id, id AS jurisdiction_id FROM jurisdiction
  UNION ALL SELECT 'STATEMENT', id, jurisdiction_id FROM statement WHERE jurisdiction_id IS NOT NULL
  UNION ALL SELECT 'POLICY_POSITION', id, jurisdiction_id FROM policy_position
  UNION ALL SELECT 'DESIGNATION', id, jurisdiction_id FROM designation
  UNION ALL SELECT 'DOJ_LETTER', id, jurisdiction_id FROM doj_letter WHERE jurisdiction_id IS NOT NULL
  UNION ALL SELECT 'FUNDING_THREAT', id, jurisdiction_id FROM funding_threat WHERE jurisdiction_id IS NOT NULL
  UNION ALL SELECT 'COURT_CASE', c.id, t.jurisdiction_id FROM court_case c
    JOIN funding_threat t ON t.id = c.funding_threat_id WHERE t.jurisdiction_id IS NOT NULL
  UNION ALL SELECT 'EVENT', event_id, jurisdiction_id FROM event_jurisdiction
) p ON p.record_type = a.record_type AND p.record_id = a.record_id
JOIN jurisdiction j ON j.id = p.jurisdiction_id
WHERE a.public_before OR a.public_after;
