package org.civicdata.tracker.bench;

import io.micronaut.context.ApplicationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.civicdata.tracker.core.audit.RecordWriter;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionRepository;

/**
 * Tops up the public changes of the public benchmark's database (PublicBenchmarkData: 25,000 published
 * jurisdictions, their publishes and policy positions) to {@link #CHANGES} for bench/changes.sh: edits
 * of published jurisdictions' notes and populations at random, each through the audited write path
 * (RecordWriter.update, as a staff save), for at most {@code bench.changes.write-seconds} (300); the
 * rest, if any, as entries of the same shape inserted by SQL ({@link #synthetic}). Idempotent: counts
 * the public changes already there and exits at the target.
 */
public final class ChangeBenchmarkData {

    static final int CHANGES = 100_000;

    private ChangeBenchmarkData() {}

    public static void main(String[] args) {
        int status = 1; // a failure ends the JVM too (its pool's threads would keep it and the database up)
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("tracker.seed.on-empty", false))
                .start()) {
            generate(context.getBean(JurisdictionRepository.class), context.getBean(RecordWriter.class), context);
            status = 0;
        } finally {
            System.exit(status);
        }
    }

    private static void generate(
            JurisdictionRepository jurisdictions, RecordWriter writer, ApplicationContext context) {
        javax.sql.DataSource data = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(
                context.getBean(javax.sql.DataSource.class));
        long existing;
        long maxId;
        try (var c = data.getConnection();
                var s = c.createStatement();
                var rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM audit_entry WHERE public_before OR public_after),"
                        + " (SELECT MAX(id) FROM jurisdiction)")) {
            rs.next();
            existing = rs.getLong(1);
            maxId = rs.getLong(2);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        System.out.printf("%d public changes there%n", existing);
        Random random = new Random(11);
        long started = System.nanoTime();
        long budget = Long.getLong("bench.changes.write-seconds", 300) * 1_000_000_000L;
        long n = existing;
        for (; n < CHANGES && System.nanoTime() - started < budget; n++) {
            Jurisdiction j = jurisdictions
                    .findById(1 + (long) random.nextInt((int) maxId))
                    .filter(x -> x.getPublicationState() == PublicationState.PUBLISHED)
                    .orElse(null);
            if (j == null) {
                n--;
                continue;
            }
            if (random.nextBoolean()) {
                j.setNotes("Benchmark edit " + n + " (generated, not real)");
            } else {
                j.setPopulation(1_000 + random.nextInt(2_000_000));
                j.setPopulationYear(2000 + random.nextInt(25));
            }
            writer.update(RecordType.JURISDICTION, j, "bench-generator");
            if (n % 1_000 == 999) {
                System.out.printf("%d public changes (%.0f s)%n", n + 1, (System.nanoTime() - started) / 1e9);
            }
        }
        System.out.printf(
                "%d public changes through RecordWriter.update in %.0f s%n",
                n - existing, (System.nanoTime() - started) / 1e9);
        if (n < CHANGES) {
            synthetic(data, CHANGES - n, random);
        }
    }

    /**
     * The rest, when the write path would take longer than the budget on this machine: audit entries of
     * the same shape as a notes edit through RecordWriter.update of a published jurisdiction (UPDATE,
     * public before and after, filed under the jurisdiction), inserted by SQL 200 a statement. They
     * read back like the real ones; only the record rows themselves keep their last real values.
     */
    private static void synthetic(javax.sql.DataSource data, long count, Random random) {
        long started = System.nanoTime();
        try (var c = data.getConnection();
                var s = c.createStatement()) {
            List<Long> ids = new ArrayList<>();
            try (var rs = s.executeQuery("SELECT id FROM jurisdiction WHERE publication_state = 'PUBLISHED'")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            long firstNew;
            try (var rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM audit_entry")) {
                rs.next();
                firstNew = rs.getLong(1) + 1;
            }
            for (long done = 0; done < count; ) {
                StringBuilder sql =
                        new StringBuilder("INSERT INTO audit_entry (occurred_at, actor, action, record_type,"
                                + " record_id, record_version, changes, public_before, public_after) VALUES ");
                for (int k = 0; k < 200 && done < count; k++, done++) {
                    long id = ids.get(random.nextInt(ids.size()));
                    sql.append(k == 0 ? "" : ",")
                            .append("(NOW(6), 'bench-generator-sql', 'UPDATE', 'JURISDICTION', ")
                            .append(id)
                            .append(", 1000, '{\"notes\":{\"old\":null,\"new\":\"Benchmark edit ")
                            .append(done)
                            .append(" (generated, not real; by SQL)\"}}', TRUE, TRUE)");
                }
                s.executeUpdate(sql.toString());
            }
            s.executeUpdate("INSERT INTO audit_entry_jurisdiction (audit_entry_id, jurisdiction_id, state_code, kind)"
                    + " SELECT a.id, j.id, j.state_code, j.kind FROM audit_entry a JOIN jurisdiction j ON j.id = a.record_id"
                    + " WHERE a.id >= " + firstNew + " AND a.actor = 'bench-generator-sql'");
            s.execute("ANALYZE TABLE audit_entry, audit_entry_jurisdiction");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        System.out.printf("%d public changes inserted by SQL in %.0f s%n", count, (System.nanoTime() - started) / 1e9);
    }
}
