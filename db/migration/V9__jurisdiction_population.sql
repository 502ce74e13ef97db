-- A jurisdiction's population and the year of the count or estimate, cited by the record's sources
-- like its other values. Both or neither (JurisdictionRules says so in words; the CHECKs hold it too).
ALTER TABLE jurisdiction
  ADD COLUMN population      INT      NULL,
  ADD COLUMN population_year SMALLINT NULL,
  ADD CONSTRAINT ck_jurisdiction_population CHECK (population IS NULL OR population >= 0),
  ADD CONSTRAINT ck_jurisdiction_population_year CHECK (population_year IS NULL OR population_year BETWEEN 1790 AND 2100),
  ADD CONSTRAINT ck_jurisdiction_population_pair CHECK ((population IS NULL) = (population_year IS NULL));
