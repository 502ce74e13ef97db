package org.civicdata.tracker.bench;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.civicdata.tracker.core.audit.AuditEntryRepository;
import org.civicdata.tracker.core.editing.ConcurrentEdits;
import org.civicdata.tracker.infra.db.EmbeddedDatabase;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;

/**
 * Concurrency under load (issue 9): 8 editors × 200 edits on the same 10 records, through the service
 * the staff editor saves with, editors 0, 2, 4, 6 on one app instance and 1, 3, 5, 7 on another. The
 * two instances are two application contexts in this JVM, each with its own connection pool, sharing a
 * MariaDB server of their own started here (configured as an external database, as several app
 * processes would be). Then the invariants of {@link ConcurrentEdits#verify} are checked from the
 * database and the figures printed. Not a test: run it with {@code bash bench/concurrent-edits.sh}.
 * Arguments: editors, edits each, records, runs, and "published" to race on published records
 * (defaults 8 200 10 3, drafts).
 */
public final class ConcurrentEditsBenchmark {

    private ConcurrentEditsBenchmark() {}

    public static void main(String[] args) throws Exception {
        int editors = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int editsEach = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int records = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        boolean published = args.length > 4 && args[4].equals("published");
        EmbeddedDatabase server = EmbeddedDatabase.startSeparate(Path.of("target/bench-concurrency-mariadb"), 0);
        boolean allHeld = true;
        try {
            server.ensureDatabase("tracker_concurrency", true);
            System.setProperty("datasources.default.url", server.jdbcUrl("tracker_concurrency"));
            System.setProperty("datasources.default.username", "root");
            System.setProperty("datasources.default.password", "");
            Map<String, Object> settings = Map.of("tracker.seed.on-empty", false, "micronaut.server.port", -1);
            try (ApplicationContext a =
                            ApplicationContext.builder().properties(settings).start();
                    ApplicationContext b =
                            ApplicationContext.builder().properties(settings).start()) {
                List<JurisdictionService> instances =
                        List.of(a.getBean(JurisdictionService.class), b.getBean(JurisdictionService.class));
                // Warm-up: a short race of the same shape on other records (JIT, connection pools), not reported.
                ConcurrentEdits.run(
                        instances,
                        ConcurrentEdits.createRecords(instances.get(0), records, "warmup", published),
                        editors,
                        20,
                        1);
                for (int r = 1; r <= runs; r++) {
                    List<Long> ids = ConcurrentEdits.createRecords(
                            instances.get(0), records, "run" + r + "-" + System.nanoTime(), published);
                    ConcurrentEdits.Run run = ConcurrentEdits.run(instances, ids, editors, editsEach, r);
                    ConcurrentEdits.Verdict verdict =
                            ConcurrentEdits.verify(run, instances.get(1), b.getBean(AuditEntryRepository.class));
                    System.out.println("== run " + r + " (" + (published ? "published" : "draft") + " records) ==");
                    System.out.println(ConcurrentEdits.summary(run, verdict));
                    run.otherFailures().stream().limit(10).forEach(f -> System.out.println("  other failure: " + f));
                    verdict.problems().stream().limit(10).forEach(p -> System.out.println("  problem: " + p));
                    boolean held = run.otherFailures().isEmpty()
                            && verdict.problems().isEmpty()
                            && verdict.auditEntries() == run.accepted().size()
                            && verdict.lostUpdates() == 0
                            && run.accepted().size() + run.refused() == run.attempts();
                    System.out.println("invariants: " + (held ? "held" : "BROKEN"));
                    allHeld &= held;
                }
            }
        } finally {
            server.stopServer();
        }
        System.exit(allHeld ? 0 : 1);
    }
}
