package org.civicdata.tracker.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.model.Sort;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionFilter;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;

/**
 * Measures what the staff jurisdiction grid's data provider costs with 25,000 jurisdictions: one
 * page of 50 rows plus the count query, filtered and sorted in SQL, exactly as the grid calls it.
 * Not a test: run it with {@code bash bench/grid.sh}. It generates the jurisdictions once (through
 * the audited write path) into its own embedded database under target/, and keeps them between runs.
 */
public final class GridBenchmark {

    private static final int JURISDICTIONS = 25_000;
    private static final int WARMUP = 100;
    private static final int MEASURED = 1_000;
    static final String[] STATES = ("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO "
                    + "MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY")
            .split(" ");

    private GridBenchmark() {}

    /** Exits explicitly: the embedded MariaDB's watcher thread would keep the JVM alive (its shutdown hook stops it). */
    public static void main(String[] args) throws Exception {
        measure(args);
        System.exit(0);
    }

    private static void measure(String[] args) {
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("tracker.seed.on-empty", false))
                .start()) {
            JurisdictionService service = context.getBean(JurisdictionService.class);
            generate(service, context.getBean(org.civicdata.tracker.core.audit.RecordWriter.class));
            System.out.printf("jurisdictions in the database: %d%n", service.count());
            System.out.printf(
                    "%-62s %8s %8s %8s %8s%n", "scenario (page of 50 + count)", "median", "p95", "p99", "max");
            scenario(
                    service,
                    "state = CA, sorted by name, first page",
                    new JurisdictionFilter(null, "CA", null, null),
                    List.of(Sort.Order.asc("name")),
                    0);
            scenario(
                    service,
                    "text 'town 12', sorted by state desc, first page",
                    new JurisdictionFilter("town 12", null, null, null),
                    List.of(Sort.Order.desc("stateCode")),
                    0);
            scenario(
                    service,
                    "published cities, sorted by slug, page 40 (rows 2000-2049)",
                    new JurisdictionFilter(null, null, JurisdictionKind.CITY, PublicationState.PUBLISHED),
                    List.of(Sort.Order.asc("slug")),
                    40);
            scenario(
                    service,
                    "no filter, sorted by updatedAt desc, page 200",
                    JurisdictionFilter.NONE,
                    List.of(Sort.Order.desc("updatedAt")),
                    200);
        }
    }

    private static void scenario(
            JurisdictionService service, String name, JurisdictionFilter filter, List<Sort.Order> sort, int page) {
        for (int i = 0; i < WARMUP; i++) {
            run(service, filter, sort, page);
        }
        long[] nanos = new long[MEASURED];
        int rows = 0;
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            rows = run(service, filter, sort, page);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "%-62s %8s %8s %8s %8s   (%d rows/page)%n",
                name,
                ms(nanos[MEASURED / 2]),
                ms(nanos[(int) (MEASURED * 0.95)]),
                ms(nanos[(int) (MEASURED * 0.99)]),
                ms(nanos[MEASURED - 1]),
                rows);
    }

    /** What the grid does per page: fetch the page, and (for the scrollbar) count. */
    private static int run(JurisdictionService service, JurisdictionFilter filter, List<Sort.Order> sort, int page) {
        int rows = service.page(filter, page, 50, sort).size();
        service.count(filter);
        return rows;
    }

    private static String ms(long nanos) {
        return BigDecimal.valueOf(nanos / 1e6).setScale(2, RoundingMode.HALF_UP) + " ms";
    }

    private static void generate(JurisdictionService service, org.civicdata.tracker.core.audit.RecordWriter writer) {
        long existing = service.count();
        if (existing >= JURISDICTIONS) {
            return;
        }
        StaffPrincipal generator = new StaffPrincipal("bench-generator", StaffRole.EDITOR, false);
        // Every published record cites a published source (the write path refuses it otherwise).
        org.civicdata.tracker.record.source.Source source = new org.civicdata.tracker.record.source.Source();
        source.setTitle("Benchmark data (generated, not real)");
        source.setPublicationState(PublicationState.PUBLISHED);
        List<Long> cited = List.of(writer.create(
                        org.civicdata.tracker.core.common.RecordType.SOURCE,
                        source,
                        List.of(),
                        Map.of(),
                        generator.username())
                .getId());
        Random random = new Random(42);
        JurisdictionKind[] kinds = JurisdictionKind.values();
        long started = System.nanoTime();
        List<Jurisdiction> batch = new ArrayList<>();
        for (long i = existing; i < JURISDICTIONS; i++) {
            Jurisdiction j = new Jurisdiction();
            String state = STATES[(int) (i % STATES.length)];
            j.setName("Bench Town " + i);
            j.setSlug("bench-town-" + i + "-" + state.toLowerCase());
            j.setStateCode(state);
            j.setKind(kinds[(int) (i % kinds.length)]);
            // A FIPS code the rules accept: the state's two digits, then 3 (county) or 5 (place) more.
            int digits = switch (j.getKind()) {
                case STATE, TERRITORY -> 0;
                case COUNTY -> 3;
                case CITY, CONSOLIDATED_CITY_COUNTY -> 5;
            };
            int n = random.nextInt(9_999_999);
            j.setFips(org.civicdata.tracker.core.common.UsState.byCode(state)
                            .orElseThrow()
                            .fips()
                    + (digits == 0 ? "" : String.format("%0" + digits + "d", n % (int) Math.pow(10, digits))));
            j.setLatitude(BigDecimal.valueOf(25 + random.nextDouble() * 24).setScale(6, RoundingMode.HALF_UP));
            j.setLongitude(BigDecimal.valueOf(-124 + random.nextDouble() * 57).setScale(6, RoundingMode.HALF_UP));
            Jurisdiction saved = service.save(generator, j, cited);
            if (i % 2 == 0) {
                service.publish(generator, saved);
            }
            if (i % 5_000 == 4_999) {
                System.out.printf("generated %d jurisdictions (%.0f s)%n", i + 1, (System.nanoTime() - started) / 1e9);
            }
        }
        batch.clear();
    }
}
