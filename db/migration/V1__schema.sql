-- The tracker's first schema. Never edit a migration once it has been applied anywhere:
-- add V2__..., V3__... instead.
--
-- Conventions (see docs/data-model.md for the codebook):
-- * Every record table has the same bookkeeping columns: id, seed_key (set only for records that
--   came from seeds/, makes loading idempotent), publication_state, version (optimistic locking),
--   created_at/by, updated_at/by, notes.
-- * A date that a source may give only to the month or year is two columns: <name>_on holds the
--   first day of the period and <name>_precision says DAY, MONTH or YEAR. Both null = unknown.
-- * Enumerations are VARCHAR with a CHECK, so a bad value fails loudly in the database too.
-- * utf8mb4 with utf8mb4_unicode_ci everywhere: quotes carry curly quotes, dashes and accents.

CREATE TABLE source (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  seed_key           VARCHAR(100) NULL,
  publication_state  VARCHAR(16)  NOT NULL DEFAULT 'DRAFT',
  version            INT          NOT NULL DEFAULT 0,
  created_at         DATETIME(6)  NOT NULL,
  created_by         VARCHAR(100) NOT NULL,
  updated_at         DATETIME(6)  NOT NULL,
  updated_by         VARCHAR(100) NOT NULL,
  notes              TEXT         NULL,
  title              VARCHAR(500) NOT NULL,
  publication        VARCHAR(200) NULL,
  author             VARCHAR(200) NULL,
  url                VARCHAR(2000) NULL,
  published_on       DATE         NULL,
  published_precision VARCHAR(5)  NULL,
  published_inferred BOOLEAN      NOT NULL DEFAULT FALSE,
  seed_document      VARCHAR(200) NULL,
  CONSTRAINT uq_source_seed_key UNIQUE (seed_key),
  CONSTRAINT ck_source_state CHECK (publication_state IN ('DRAFT', 'PUBLISHED')),
  CONSTRAINT ck_source_published CHECK ((published_on IS NULL) = (published_precision IS NULL)
      AND (published_precision IS NULL OR published_precision IN ('DAY', 'MONTH', 'YEAR')))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE person (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  seed_key           VARCHAR(100) NULL,
  publication_state  VARCHAR(16)  NOT NULL DEFAULT 'DRAFT',
  version            INT          NOT NULL DEFAULT 0,
  created_at         DATETIME(6)  NOT NULL,
  created_by         VARCHAR(100) NOT NULL,
  updated_at         DATETIME(6)  NOT NULL,
  updated_by         VARCHAR(100) NOT NULL,
  notes              TEXT         NULL,
  name               VARCHAR(200) NOT NULL,
  role               VARCHAR(200) NULL,
  office             VARCHAR(300) NULL,
  affiliation        VARCHAR(300) NULL,
  organization       BOOLEAN      NOT NULL DEFAULT FALSE,
  CONSTRAINT uq_person_seed_key UNIQUE (seed_key),
  CONSTRAINT ck_person_state CHECK (publication_state IN ('DRAFT', 'PUBLISHED')),
  INDEX ix_person_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE jurisdiction (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  seed_key           VARCHAR(100) NULL,
  publication_state  VARCHAR(16)  NOT NULL DEFAULT 'DRAFT',
  version            INT          NOT NULL DEFAULT 0,
  created_at         DATETIME(6)  NOT NULL,
  created_by         VARCHAR(100) NOT NULL,
  updated_at         DATETIME(6)  NOT NULL,
  updated_by         VARCHAR(100) NOT NULL,
  notes              TEXT         NULL,
  slug               VARCHAR(100) NOT NULL,
  name               VARCHAR(200) NOT NULL,
  kind               VARCHAR(32)  NOT NULL,
  state_code         CHAR(2)      NOT NULL,
  fips               VARCHAR(12)  NULL,
  latitude           DECIMAL(9,6) NULL,
  longitude          DECIMAL(9,6) NULL,
  parent_id          BIGINT       NULL,
  CONSTRAINT uq_jurisdiction_slug UNIQUE (slug),
  CONSTRAINT uq_jurisdiction_seed_key UNIQUE (seed_key),
  CONSTRAINT ck_jurisdiction_state CHECK (publication_state IN ('DRAFT', 'PUBLISHED')),
  CONSTRAINT ck_jurisdiction_slug CHECK (slug REGEXP '^[a-z0-9]+(-[a-z0-9]+)*$'),
  CONSTRAINT ck_jurisdiction_kind CHECK (kind IN ('STATE', 'COUNTY', 'CITY', 'CONSOLIDATED_CITY_COUNTY', 'TERRITORY')),
  CONSTRAINT ck_jurisdiction_lat CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
  CONSTRAINT ck_jurisdiction_lon CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
  CONSTRAINT fk_jurisdiction_parent FOREIGN KEY (parent_id) REFERENCES jurisdiction (id),
  INDEX ix_jurisdiction_name (name),
  INDEX ix_jurisdiction_state_code (state_code, name),
  INDEX ix_jurisdiction_kind (kind, name),
  INDEX ix_jurisdiction_publication (publication_state, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE statement (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  seed_key           VARCHAR(100) NULL,
  publication_state  VARCHAR(16)  NOT NULL DEFAULT 'DRAFT',
  version            INT          NOT NULL DEFAULT 0,
  created_at         DATETIME(6)  NOT NULL,
  created_by         VARCHAR(100) NOT NULL,
  updated_at         DATETIME(6)  NOT NULL,
  updated_by         VARCHAR(100) NOT NULL,
  notes              TEXT         NULL,
  person_id          BIGINT       NOT NULL,
  jurisdiction_id    BIGINT       NULL,
  kind               VARCHAR(16)  NOT NULL,
  text               TEXT         NOT NULL,
  said_on            DATE         NULL,
  said_precision     VARCHAR(5)   NULL,
  said_on_inferred   BOOLEAN      NOT NULL DEFAULT FALSE,
  venue              VARCHAR(32)  NULL,
  venue_detail       VARCHAR(300) NULL,
  reported_by        VARCHAR(200) NULL,
  CONSTRAINT uq_statement_seed_key UNIQUE (seed_key),
  CONSTRAINT ck_statement_state CHECK (publication_state IN ('DRAFT', 'PUBLISHED')),
  CONSTRAINT ck_statement_kind CHECK (kind IN ('QUOTE', 'PARAPHRASE')),
  CONSTRAINT ck_statement_text CHECK (CHAR_LENGTH(TRIM(text)) > 0),
  CONSTRAINT ck_statement_said CHECK ((said_on IS NULL) = (said_precision IS NULL)
      AND (said_precision IS NULL OR said_precision IN ('DAY', 'MONTH', 'YEAR'))),
  CONSTRAINT ck_statement_venue CHECK (venue IS NULL OR venue IN ('INTERVIEW', 'PRESS_BRIEFING',
      'WRITTEN_STATEMENT', 'VIDEO', 'SPEECH', 'MEETING', 'MEMO', 'DOCUMENT', 'OTHER')),
  CONSTRAINT fk_statement_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT fk_statement_jurisdiction FOREIGN KEY (jurisdiction_id) REFERENCES jurisdiction (id),
  INDEX ix_statement_jurisdiction (jurisdiction_id, said_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE designation (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  seed_key           VARCHAR(100) NULL,
  publication_state  VARCHAR(16)  NOT NULL DEFAULT 'DRAFT',
  version            INT          NOT NULL DEFAULT 0,
  created_at         DATETIME(6)  NOT NULL,
  created_by         VARCHAR(100) NOT NULL,
  updated_at         DATETIME(6)  NOT NULL,
  updated_by         VARCHAR(100) NOT NULL,
  notes              TEXT         NULL,
  jurisdiction_id    BIGINT       NOT NULL,
  designator         VARCHAR(32)  NOT NULL,
  designator_name    VARCHAR(300) NULL,
  label              VARCHAR(300) NOT NULL,
  designated_on      DATE         NULL,
  designated_precision VARCHAR(5) NULL,
  CONSTRAINT uq_designation_seed_key UNIQUE (seed_key),
  CONSTRAINT ck_designation_state CHECK (publication_state IN ('DRAFT', 'PUBLISHED')),
  CONSTRAINT ck_designation_designator CHECK (designator IN ('SELF_DECLARED', 'DOJ_LETTER_2018',
      'DOJ_LIST', 'DHS_LIST', 'ADVOCACY_GROUP', 'NEWS_MEDIA', 'OTHER')),
  CONSTRAINT ck_designation_date CHECK ((designated_on IS NULL) = (designated_precision IS NULL)
      AND (designated_precision IS NULL OR designated_precision IN ('DAY', 'MONTH', 'YEAR'))),
  CONSTRAINT fk_designation_jurisdiction FOREIGN KEY (jurisdiction_id) REFERENCES jurisdiction (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE policy_position (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  seed_key           VARCHAR(100) NULL,
  publication_state  VARCHAR(16)  NOT NULL DEFAULT 'DRAFT',
  version            INT          NOT NULL DEFAULT 0,
  created_at         DATETIME(6)  NOT NULL,
  created_by         VARCHAR(100) NOT NULL,
  updated_at         DATETIME(6)  NOT NULL,
  updated_by         VARCHAR(100) NOT NULL,
  notes              TEXT         NULL,
  jurisdiction_id    BIGINT       NOT NULL,
  variable           VARCHAR(32)  NOT NULL,
  value              VARCHAR(16)  NOT NULL,
  valid_from_on      DATE         NULL,
  valid_from_precision VARCHAR(5) NULL,
  valid_to_on        DATE         NULL,
  valid_to_precision VARCHAR(5)   NULL,
  CONSTRAINT uq_policy_position_seed_key UNIQUE (seed_key),
  CONSTRAINT ck_policy_position_state CHECK (publication_state IN ('DRAFT', 'PUBLISHED')),
  CONSTRAINT ck_policy_position_variable CHECK (variable IN ('SELF_DECLARED_SANCTUARY',
      'ICE_DETAINER_LIMITS', 'AGREEMENT_287G', 'ICE_JAIL_ACCESS', 'RELEASE_NOTIFICATION',
      'INFO_SHARING_LIMITS')),
  CONSTRAINT ck_policy_position_value CHECK (value IN ('YES', 'NO', 'PARTIAL', 'UNKNOWN')),
  CONSTRAINT ck_policy_position_from CHECK ((valid_from_on IS NULL) = (valid_from_precision IS NULL)
      AND (valid_from_precision IS NULL OR valid_from_precision IN ('DAY', 'MONTH', 'YEAR'))),
  CONSTRAINT ck_policy_position_to CHECK ((valid_to_on IS NULL) = (valid_to_precision IS NULL)
      AND (valid_to_precision IS NULL OR valid_to_precision IN ('DAY', 'MONTH', 'YEAR'))),
  CONSTRAINT ck_policy_position_range CHECK (valid_to_on IS NULL OR valid_from_on IS NULL
      OR valid_to_on >= valid_from_on),
  CONSTRAINT fk_policy_position_jurisdiction FOREIGN KEY (jurisdiction_id) REFERENCES jurisdiction (id),
  INDEX ix_policy_position_jurisdiction (jurisdiction_id, variable, valid_from_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE doj_letter (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  seed_key           VARCHAR(100) NULL,
  publication_state  VARCHAR(16)  NOT NULL DEFAULT 'DRAFT',
  version            INT          NOT NULL DEFAULT 0,
  created_at         DATETIME(6)  NOT NULL,
  created_by         VARCHAR(100) NOT NULL,
  updated_at         DATETIME(6)  NOT NULL,
  updated_by         VARCHAR(100) NOT NULL,
  notes              TEXT         NULL,
  jurisdiction_id    BIGINT       NULL,
  recipients         VARCHAR(500) NULL,
  sent_on            DATE         NULL,
  sent_precision     VARCHAR(5)   NULL,
  sender             VARCHAR(300) NULL,
  legal_basis        TEXT         NULL,
  deadline_on        DATE         NULL,
  deadline_precision VARCHAR(5)   NULL,
  status             VARCHAR(32)  NOT NULL,
  response_on        DATE         NULL,
  response_precision VARCHAR(5)   NULL,
  funding_at_stake   VARCHAR(500) NULL,
  CONSTRAINT uq_doj_letter_seed_key UNIQUE (seed_key),
  CONSTRAINT ck_doj_letter_state CHECK (publication_state IN ('DRAFT', 'PUBLISHED')),
  CONSTRAINT ck_doj_letter_status CHECK (status IN ('SENT', 'RESPONDED', 'FOUND_COMPLIANT',
      'FOUND_NON_COMPLIANT', 'SUBPOENAED', 'WITHDRAWN')),
  CONSTRAINT ck_doj_letter_recipient CHECK (jurisdiction_id IS NOT NULL OR recipients IS NOT NULL),
  CONSTRAINT ck_doj_letter_sent CHECK ((sent_on IS NULL) = (sent_precision IS NULL)
      AND (sent_precision IS NULL OR sent_precision IN ('DAY', 'MONTH', 'YEAR'))),
  CONSTRAINT ck_doj_letter_deadline CHECK ((deadline_on IS NULL) = (deadline_precision IS NULL)
      AND (deadline_precision IS NULL OR deadline_precision IN ('DAY', 'MONTH', 'YEAR'))),
  CONSTRAINT ck_doj_letter_response CHECK ((response_on IS NULL) = (response_precision IS NULL)
      AND (response_precision IS NULL OR response_precision IN ('DAY', 'MONTH', 'YEAR'))),
  CONSTRAINT fk_doj_letter_jurisdiction FOREIGN KEY (jurisdiction_id) REFERENCES jurisdiction (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE funding_threat (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  seed_key           VARCHAR(100) NULL,
  publication_state  VARCHAR(16)  NOT NULL DEFAULT 'DRAFT',
  version            INT          NOT NULL DEFAULT 0,
  created_at         DATETIME(6)  NOT NULL,
  created_by         VARCHAR(100) NOT NULL,
  updated_at         DATETIME(6)  NOT NULL,
  updated_by         VARCHAR(100) NOT NULL,
  notes              TEXT         NULL,
  jurisdiction_id    BIGINT       NULL,
  scope              VARCHAR(500) NULL,
  issuing_authority  VARCHAR(300) NOT NULL,
  instrument         VARCHAR(32)  NOT NULL,
  instrument_detail  VARCHAR(500) NULL,
  doj_letter_id      BIGINT       NULL,
  programme          VARCHAR(300) NULL,
  amount_usd         DECIMAL(18,2) NULL,
  status             VARCHAR(16)  NOT NULL,
  announced_on       DATE         NULL,
  announced_precision VARCHAR(5)  NULL,
  CONSTRAINT uq_funding_threat_seed_key UNIQUE (seed_key),
  CONSTRAINT ck_funding_threat_state CHECK (publication_state IN ('DRAFT', 'PUBLISHED')),
  CONSTRAINT ck_funding_threat_instrument CHECK (instrument IN ('EXECUTIVE_ORDER', 'DOJ_LETTER',
      'STATEMENT', 'LEGISLATION', 'MEMO', 'OTHER')),
  CONSTRAINT ck_funding_threat_status CHECK (status IN ('THREATENED', 'WITHHELD', 'ENJOINED', 'RESTORED')),
  CONSTRAINT ck_funding_threat_target CHECK (jurisdiction_id IS NOT NULL OR scope IS NOT NULL),
  CONSTRAINT ck_funding_threat_amount CHECK (amount_usd IS NULL OR amount_usd >= 0),
  CONSTRAINT ck_funding_threat_announced CHECK ((announced_on IS NULL) = (announced_precision IS NULL)
      AND (announced_precision IS NULL OR announced_precision IN ('DAY', 'MONTH', 'YEAR'))),
  CONSTRAINT fk_funding_threat_jurisdiction FOREIGN KEY (jurisdiction_id) REFERENCES jurisdiction (id),
  CONSTRAINT fk_funding_threat_letter FOREIGN KEY (doj_letter_id) REFERENCES doj_letter (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE court_case (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  seed_key           VARCHAR(100) NULL,
  publication_state  VARCHAR(16)  NOT NULL DEFAULT 'DRAFT',
  version            INT          NOT NULL DEFAULT 0,
  created_at         DATETIME(6)  NOT NULL,
  created_by         VARCHAR(100) NOT NULL,
  updated_at         DATETIME(6)  NOT NULL,
  updated_by         VARCHAR(100) NOT NULL,
  notes              TEXT         NULL,
  funding_threat_id  BIGINT       NOT NULL,
  name               VARCHAR(300) NULL,
  court              VARCHAR(300) NULL,
  judge              VARCHAR(200) NULL,
  ruling_on          DATE         NULL,
  ruling_precision   VARCHAR(5)   NULL,
  outcome            VARCHAR(300) NULL,
  summary            TEXT         NULL,
  CONSTRAINT uq_court_case_seed_key UNIQUE (seed_key),
  CONSTRAINT ck_court_case_state CHECK (publication_state IN ('DRAFT', 'PUBLISHED')),
  CONSTRAINT ck_court_case_ruling CHECK ((ruling_on IS NULL) = (ruling_precision IS NULL)
      AND (ruling_precision IS NULL OR ruling_precision IN ('DAY', 'MONTH', 'YEAR'))),
  CONSTRAINT fk_court_case_threat FOREIGN KEY (funding_threat_id) REFERENCES funding_threat (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE event (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  seed_key           VARCHAR(100) NULL,
  publication_state  VARCHAR(16)  NOT NULL DEFAULT 'DRAFT',
  version            INT          NOT NULL DEFAULT 0,
  created_at         DATETIME(6)  NOT NULL,
  created_by         VARCHAR(100) NOT NULL,
  updated_at         DATETIME(6)  NOT NULL,
  updated_by         VARCHAR(100) NOT NULL,
  notes              TEXT         NULL,
  title              VARCHAR(500) NOT NULL,
  kind               VARCHAR(32)  NOT NULL,
  occurred_on        DATE         NULL,
  occurred_precision VARCHAR(5)   NULL,
  occurred_on_inferred BOOLEAN    NOT NULL DEFAULT FALSE,
  description        TEXT         NULL,
  CONSTRAINT uq_event_seed_key UNIQUE (seed_key),
  CONSTRAINT ck_event_state CHECK (publication_state IN ('DRAFT', 'PUBLISHED')),
  CONSTRAINT ck_event_kind CHECK (kind IN ('MEETING', 'BOYCOTT', 'CONSULAR_PROGRAMME',
      'ENFORCEMENT_STATISTIC', 'POPULATION_ESTIMATE', 'JURISDICTION_COUNT', 'POLICY_ANNOUNCEMENT', 'OTHER')),
  CONSTRAINT ck_event_occurred CHECK ((occurred_on IS NULL) = (occurred_precision IS NULL)
      AND (occurred_precision IS NULL OR occurred_precision IN ('DAY', 'MONTH', 'YEAR')))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Which jurisdictions an event concerns (part of the event record: audited as its field).
CREATE TABLE event_jurisdiction (
  event_id           BIGINT NOT NULL,
  jurisdiction_id    BIGINT NOT NULL,
  PRIMARY KEY (event_id, jurisdiction_id),
  CONSTRAINT fk_event_jurisdiction_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
  CONSTRAINT fk_event_jurisdiction_jurisdiction FOREIGN KEY (jurisdiction_id) REFERENCES jurisdiction (id),
  INDEX ix_event_jurisdiction_jurisdiction (jurisdiction_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The figures an event reports (part of the event record).
CREATE TABLE event_figure (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  event_id           BIGINT       NOT NULL,
  position           INT          NOT NULL,
  label              VARCHAR(300) NOT NULL,
  value              DECIMAL(20,2) NULL,
  qualifier          VARCHAR(16)  NULL,
  unit               VARCHAR(16)  NOT NULL,
  period             VARCHAR(100) NULL,
  attributed_to      VARCHAR(300) NULL,
  CONSTRAINT uq_event_figure_position UNIQUE (event_id, position),
  CONSTRAINT ck_event_figure_qualifier CHECK (qualifier IS NULL OR qualifier IN ('MORE_THAN', 'ABOUT', 'NEARLY', 'LESS_THAN')),
  CONSTRAINT ck_event_figure_unit CHECK (unit IN ('USD', 'PEOPLE', 'ARRESTS', 'JURISDICTIONS',
      'CITIES', 'COUNTIES', 'CONSULATES', 'OTHER')),
  CONSTRAINT fk_event_figure_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One citation rule for every record type: a row per (record, source).
CREATE TABLE citation (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  record_type        VARCHAR(32)  NOT NULL,
  record_id          BIGINT       NOT NULL,
  source_id          BIGINT       NOT NULL,
  CONSTRAINT uq_citation UNIQUE (record_type, record_id, source_id),
  CONSTRAINT ck_citation_type CHECK (record_type IN ('JURISDICTION', 'PERSON', 'STATEMENT',
      'DESIGNATION', 'POLICY_POSITION', 'DOJ_LETTER', 'FUNDING_THREAT', 'COURT_CASE', 'EVENT')),
  CONSTRAINT fk_citation_source FOREIGN KEY (source_id) REFERENCES source (id),
  INDEX ix_citation_source (source_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every write (create, update, delete, publish, unpublish) leaves one entry, written in the same
-- transaction as the change itself. `changes` is a JSON object {field: {"old": .., "new": ..}}.
CREATE TABLE audit_entry (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  occurred_at        DATETIME(6)  NOT NULL,
  actor              VARCHAR(100) NOT NULL,
  action             VARCHAR(16)  NOT NULL,
  record_type        VARCHAR(32)  NOT NULL,
  record_id          BIGINT       NOT NULL,
  record_version     INT          NOT NULL,
  changes            LONGTEXT     NOT NULL,
  CONSTRAINT ck_audit_action CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'PUBLISH', 'UNPUBLISH', 'REVERT')),
  CONSTRAINT ck_audit_changes CHECK (json_valid(changes)),
  INDEX ix_audit_record (record_type, record_id, id),
  INDEX ix_audit_occurred (occurred_at),
  INDEX ix_audit_actor (actor, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
