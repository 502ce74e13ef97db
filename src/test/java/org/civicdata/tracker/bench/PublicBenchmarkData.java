package org.civicdata.tracker.bench;

import io.micronaut.context.ApplicationContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.audit.RecordWriter;
import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;
import org.civicdata.tracker.record.policy.PolicyPosition;
import org.civicdata.tracker.record.policy.PolicyValue;
import org.civicdata.tracker.record.policy.PolicyVariable;
import org.civicdata.tracker.record.source.Source;

/**
 * Fills a database for the public API benchmark (bench/public-api.sh): 25,000 published
 * jurisdictions (mostly cities, at random points inside the lower 48's bounding box), one in three
 * with a cited policy position so stances vary, written through the audited path like staff edits.
 * Idempotent: tops up to 25,000 and exits. Database: the embedded one named by the system properties.
 */
public final class PublicBenchmarkData {

    static final int JURISDICTIONS = 25_000;
    private static final String[] STATES = GridBenchmark.STATES;

    private PublicBenchmarkData() {}

    public static void main(String[] args) {
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("tracker.seed.on-empty", false))
                .start()) {
            generate(context.getBean(JurisdictionService.class), context.getBean(RecordWriter.class));
        }
        System.exit(0);
    }

    private static void generate(JurisdictionService jurisdictions, RecordWriter writer) {
        long existing = jurisdictions.count();
        if (existing >= JURISDICTIONS) {
            System.out.printf("%d jurisdictions already there%n", existing);
            return;
        }
        StaffPrincipal editor = new StaffPrincipal("bench-generator", StaffRole.EDITOR, false);
        Source source = new Source();
        source.setTitle("Benchmark data (generated, not real)");
        source.setPublicationState(PublicationState.PUBLISHED);
        long sourceId = writer.create(RecordType.SOURCE, source, List.of(), Map.of(), editor.username())
                .getId();
        Random random = new Random(7);
        PolicyVariable[] variables = PolicyVariable.values();
        PolicyValue[] values = {PolicyValue.YES, PolicyValue.NO, PolicyValue.PARTIAL};
        long started = System.nanoTime();
        for (long i = existing; i < JURISDICTIONS; i++) {
            String state = STATES[(int) (i % STATES.length)];
            Jurisdiction j = new Jurisdiction();
            j.setName("Public Bench " + i);
            j.setSlug("public-bench-" + i + "-" + state.toLowerCase());
            j.setStateCode(state);
            j.setKind(i % 10 == 0 ? JurisdictionKind.COUNTY : JurisdictionKind.CITY);
            j.setLatitude(BigDecimal.valueOf(25 + random.nextDouble() * 24).setScale(6, RoundingMode.HALF_UP));
            j.setLongitude(BigDecimal.valueOf(-124 + random.nextDouble() * 57).setScale(6, RoundingMode.HALF_UP));
            Jurisdiction saved = jurisdictions.publish(editor, jurisdictions.save(editor, j, List.of(sourceId)));
            if (i % 3 == 0) {
                PolicyPosition p = new PolicyPosition();
                p.setJurisdictionId(saved.getId());
                p.setVariable(variables[random.nextInt(variables.length)]);
                p.setValue(values[random.nextInt(values.length)]);
                p.setValidFromOn(LocalDate.of(2010 + random.nextInt(15), 1, 1));
                p.setValidFromPrecision(DatePrecision.YEAR);
                p.setPublicationState(PublicationState.PUBLISHED);
                writer.create(RecordType.POLICY_POSITION, p, List.of(sourceId), Map.of(), editor.username());
            }
            if (i % 5_000 == 4_999) {
                System.out.printf("generated %d jurisdictions (%.0f s)%n", i + 1, (System.nanoTime() - started) / 1e9);
            }
        }
    }
}
