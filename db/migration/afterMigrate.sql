-- Flyway runs this callback after every migrate, i.e. at every start of the app.
--
-- Refreshes InnoDB's persistent optimizer statistics. After a bulk load (seeding, a big CSV
-- import, a restore) followed by a restart, MariaDB can keep statistics that say a table of
-- 25,000 rows has 1; the optimizer then picks the wrong index or a scan per row (measured: a staff
-- grid page 111 ms instead of 9 ms, the public listing 30 s instead of 1 s; docs/benchmarks.md).
-- ANALYZE samples a few pages per index, so this takes milliseconds.
ANALYZE TABLE jurisdiction, statement, person, source, citation, designation, policy_position,
  doj_letter, funding_threat, court_case, event, event_jurisdiction, event_figure, audit_entry,
  audit_entry_jurisdiction, review_request, account, status_change;
