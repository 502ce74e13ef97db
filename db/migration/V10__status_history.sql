-- Dated status history (issue 11): each status a DOJ letter, a funding threat or a court case has had,
-- as its own dated, cited entry. Entries are a PART of their parent record (like event_figure): no
-- publication state or bookkeeping of their own, public exactly when the parent is, audited as the
-- parent's field `statusHistory`. Exactly one parent column is set.
--
-- Three dates, kept apart: effective_on (the status took effect), reported_on (it was announced or
-- reported) and the date we recorded it, which is the parent's audit entry (audit_entry.occurred_at).
-- A date is stored as the first day of its period plus its precision (DAY, MONTH, YEAR), like every
-- sourced date; null = not known.
--
-- source_id: the source that reports this change, one of the parent's cited sources. The app requires
-- it on every entry staff add to a record that cites sources (a draft citing none yet may have entries
-- without one, as it may have no citation at all; it cannot be published so); an entry made from a
-- record's own status (migrated_initial) lacks it only when the record cited nothing.
CREATE TABLE status_change (
  id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  doj_letter_id       BIGINT       NULL,
  funding_threat_id   BIGINT       NULL,
  court_case_id       BIGINT       NULL,
  status              VARCHAR(32)  NOT NULL,
  effective_on        DATE         NULL,
  effective_precision VARCHAR(5)   NULL,
  reported_on         DATE         NULL,
  reported_precision  VARCHAR(5)   NULL,
  source_id           BIGINT       NULL,
  migrated_initial    BOOLEAN      NOT NULL DEFAULT FALSE,
  note                VARCHAR(500) NULL,
  CONSTRAINT ck_status_change_parent CHECK ((doj_letter_id IS NOT NULL) + (funding_threat_id IS NOT NULL)
      + (court_case_id IS NOT NULL) = 1),
  CONSTRAINT ck_status_change_status CHECK (
      (doj_letter_id IS NULL OR status IN ('SENT', 'RESPONDED', 'FOUND_COMPLIANT', 'FOUND_NON_COMPLIANT',
          'SUBPOENAED', 'WITHDRAWN'))
      AND (funding_threat_id IS NULL OR status IN ('THREATENED', 'WITHHELD', 'ENJOINED', 'RESTORED'))
      AND (court_case_id IS NULL OR status IN ('FILED', 'RULED', 'APPEALED', 'APPEAL_DECIDED', 'CLOSED'))),
  CONSTRAINT ck_status_change_effective CHECK ((effective_on IS NULL) = (effective_precision IS NULL)
      AND (effective_precision IS NULL OR effective_precision IN ('DAY', 'MONTH', 'YEAR'))),
  CONSTRAINT ck_status_change_reported CHECK ((reported_on IS NULL) = (reported_precision IS NULL)
      AND (reported_precision IS NULL OR reported_precision IN ('DAY', 'MONTH', 'YEAR'))),
  CONSTRAINT fk_status_change_letter FOREIGN KEY (doj_letter_id) REFERENCES doj_letter (id) ON DELETE CASCADE,
  CONSTRAINT fk_status_change_threat FOREIGN KEY (funding_threat_id) REFERENCES funding_threat (id)
      ON DELETE CASCADE,
  CONSTRAINT fk_status_change_case FOREIGN KEY (court_case_id) REFERENCES court_case (id) ON DELETE CASCADE,
  CONSTRAINT fk_status_change_source FOREIGN KEY (source_id) REFERENCES source (id),
  -- Reads by parent, in history order (effective date, undated first, then id).
  INDEX ix_status_change_letter (doj_letter_id, effective_on, id),
  INDEX ix_status_change_threat (funding_threat_id, effective_on, id),
  INDEX ix_status_change_case (court_case_id, effective_on, id),
  -- Reads "as of a date" across records.
  INDEX ix_status_change_effective (effective_on),
  INDEX ix_status_change_source (source_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every existing record's current status becomes its first entry, dated by the record's own date and
-- cited by its first cited source (lowest citation id; none: null). Marked migrated_initial. A
-- migration cannot write through the audited path: docs/data-model.md says how these entries appear
-- in the parent's audit trail.
INSERT INTO status_change (doj_letter_id, status, effective_on, effective_precision, source_id, migrated_initial)
SELECT l.id, l.status, l.sent_on, l.sent_precision,
       (SELECT c.source_id FROM citation c WHERE c.record_type = 'DOJ_LETTER' AND c.record_id = l.id
        ORDER BY c.id LIMIT 1),
       TRUE
FROM doj_letter l ORDER BY l.id;

INSERT INTO status_change (funding_threat_id, status, effective_on, effective_precision, source_id, migrated_initial)
SELECT t.id, t.status, t.announced_on, t.announced_precision,
       (SELECT c.source_id FROM citation c WHERE c.record_type = 'FUNDING_THREAT' AND c.record_id = t.id
        ORDER BY c.id LIMIT 1),
       TRUE
FROM funding_threat t ORDER BY t.id;

-- A court case had no status: RULED when a ruling date or an outcome is recorded, else FILED.
INSERT INTO status_change (court_case_id, status, effective_on, effective_precision, source_id, migrated_initial)
SELECT k.id, CASE WHEN k.ruling_on IS NOT NULL OR k.outcome IS NOT NULL THEN 'RULED' ELSE 'FILED' END,
       k.ruling_on, k.ruling_precision,
       (SELECT c.source_id FROM citation c WHERE c.record_type = 'COURT_CASE' AND c.record_id = k.id
        ORDER BY c.id LIMIT 1),
       TRUE
FROM court_case k ORDER BY k.id;
