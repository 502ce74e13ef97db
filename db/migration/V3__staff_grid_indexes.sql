-- Indexes for the staff jurisdiction grid's filters and sorts, chosen from bench/grid.sh with 25,000
-- jurisdictions (docs/benchmarks.md): without them, sorting by last change or by slug within a kind
-- sorted the whole table for every page.
CREATE INDEX ix_jurisdiction_updated_at ON jurisdiction (updated_at);
CREATE INDEX ix_jurisdiction_kind_publication_slug ON jurisdiction (kind, publication_state, slug);
CREATE INDEX ix_jurisdiction_publication_updated_at ON jurisdiction (publication_state, updated_at);
