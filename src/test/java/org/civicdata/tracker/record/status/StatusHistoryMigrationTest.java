package org.civicdata.tracker.record.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.infra.db.EmbeddedDatabase;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V10 on a seeded database: a scratch database is migrated to V9, given the seeded letters, threats,
 * court cases, sources and citations of the test database (V10 changes none of these tables), then
 * migrated to V10. Every record must get exactly one entry: its own status (a court case: RULED when
 * it has a ruling date or an outcome, else FILED), dated by its own date, cited by its first cited
 * source, marked migrated_initial.
 */
@MicronautTest(transactional = false)
class StatusHistoryMigrationTest {

    private static final String SCRATCH = "status_v10_check";
    private static final List<String> COPIED =
            List.of("source", "jurisdiction", "doj_letter", "funding_threat", "court_case", "citation");

    @Inject
    DataSource dataSource;

    @Inject
    SeedLoader seedLoader;

    @Test
    void everySeededRecordGetsOneInitialEntryDatedByItsOwnDateAndCitedByItsFirstSource() throws SQLException {
        TestSeeds.ensureLoaded(seedLoader);
        HikariDataSource main = (HikariDataSource) DelegatingDataSource.unwrapDataSource(dataSource);
        Matcher m = Pattern.compile("127\\.0\\.0\\.1:(\\d+)/([A-Za-z0-9_]+)").matcher(main.getJdbcUrl());
        assertThat(m.find()).isTrue();
        int port = Integer.parseInt(m.group(1));
        String source = m.group(2);
        EmbeddedDatabase.ensureDatabase(port, SCRATCH, true);
        try (HikariDataSource scratch = new HikariDataSource()) {
            scratch.setJdbcUrl(EmbeddedDatabase.jdbcUrl(port, SCRATCH));
            scratch.setUsername("root");
            scratch.setPassword("");
            Flyway.configure()
                    .dataSource(scratch)
                    .locations("classpath:db/migration")
                    .target("9")
                    .load()
                    .migrate();
            try (Connection c = scratch.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("SET FOREIGN_KEY_CHECKS = 0");
                for (String table : COPIED) {
                    s.execute("INSERT INTO " + table + " SELECT * FROM " + source + "." + table);
                }
                s.execute("SET FOREIGN_KEY_CHECKS = 1");
            }
            Flyway.configure()
                    .dataSource(scratch)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();

            List<String> expected = rows(scratch, """
                    SELECT 'L', l.id, l.status, l.sent_on, l.sent_precision, NULL, NULL,
                      (SELECT MIN(c.id) FROM citation c WHERE c.record_type = 'DOJ_LETTER' AND c.record_id = l.id)
                    FROM doj_letter l
                    UNION ALL
                    SELECT 'T', t.id, t.status, t.announced_on, t.announced_precision, NULL, NULL,
                      (SELECT MIN(c.id) FROM citation c WHERE c.record_type = 'FUNDING_THREAT' AND c.record_id = t.id)
                    FROM funding_threat t
                    UNION ALL
                    SELECT 'C', k.id, IF(k.ruling_on IS NULL AND k.outcome IS NULL, 'FILED', 'RULED'),
                      k.ruling_on, k.ruling_precision, NULL, NULL,
                      (SELECT MIN(c.id) FROM citation c WHERE c.record_type = 'COURT_CASE' AND c.record_id = k.id)
                    FROM court_case k
                    ORDER BY 1, 2
                    """);
            List<String> migrated = rows(scratch, """
                    SELECT CASE WHEN doj_letter_id IS NOT NULL THEN 'L' WHEN funding_threat_id IS NOT NULL THEN 'T'
                        ELSE 'C' END,
                      COALESCE(doj_letter_id, funding_threat_id, court_case_id), status, effective_on,
                      effective_precision, reported_on, note,
                      (SELECT MIN(c.id) FROM citation c WHERE c.source_id = s.source_id
                        AND c.record_type = CASE WHEN s.doj_letter_id IS NOT NULL THEN 'DOJ_LETTER'
                          WHEN s.funding_threat_id IS NOT NULL THEN 'FUNDING_THREAT' ELSE 'COURT_CASE' END
                        AND c.record_id = COALESCE(s.doj_letter_id, s.funding_threat_id, s.court_case_id))
                    FROM status_change s WHERE migrated_initial
                    ORDER BY 1, 2
                    """);

            assertThat(expected)
                    .as("the seeds hold letters, threats and court cases")
                    .anyMatch(r -> r.startsWith("L|"))
                    .anyMatch(r -> r.startsWith("T|"))
                    .anyMatch(r -> r.startsWith("C|"));
            assertThat(expected)
                    .as("the seeds have dated and cited records")
                    .anyMatch(r -> r.matches("L\\|\\d+\\|\\w+\\|\\d{4}-\\d\\d-\\d\\d\\|DAY\\|null\\|null\\|\\d+"));
            // One entry per record (ids are unique within a type, so equal lists mean one each), with
            // the record's own status and date, cited by the source of its lowest citation id.
            assertThat(migrated).containsExactlyElementsOf(expected);
            assertThat(rows(scratch, "SELECT COUNT(*) FROM status_change WHERE NOT migrated_initial"))
                    .containsExactly("0");
        } finally {
            try (Connection c = main.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + SCRATCH);
            }
        }
    }

    private static List<String> rows(DataSource ds, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(r.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
