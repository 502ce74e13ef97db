package org.civicdata.tracker.core.editing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.civicdata.tracker.core.audit.AuditEntryRepository;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;
import org.junit.jupiter.api.Test;

/**
 * Editors on two instances sharing the database save the same records at once (issue 9, the small
 * version of {@code bench.ConcurrentEditsBenchmark}): every accepted save is in the audit trail, every
 * refused one was refused as a conflict, no update is lost, each record ends at its last accepted save.
 */
@MicronautTest(transactional = false)
class ConcurrentEditsTest {

    @Inject
    JurisdictionService jurisdictions;

    @Inject
    AuditEntryRepository audit;

    @Test
    void fourEditorsOnTwoInstancesLoseNoUpdateAndEveryRefusalIsAConflict() throws Exception {
        List<Long> ids = ConcurrentEdits.createRecords(jurisdictions, 3, CitationFixtures.unique());
        try (ApplicationContext second =
                ApplicationContext.builder().environments("test").start()) {
            ConcurrentEdits.Run run = ConcurrentEdits.run(
                    List.of(jurisdictions, second.getBean(JurisdictionService.class)), ids, 4, 20, 9);
            ConcurrentEdits.Verdict verdict = ConcurrentEdits.verify(run, jurisdictions, audit);
            System.out.println(ConcurrentEdits.summary(run, verdict));

            assertThat(run.otherFailures()).as("failures other than a conflict").isEmpty();
            assertThat(run.accepted().size() + run.refused()).isEqualTo(run.attempts());
            assertThat(verdict.problems()).isEmpty();
            assertThat(verdict.auditEntries())
                    .as("audit entries added")
                    .isEqualTo(run.accepted().size());
            assertThat(verdict.lostUpdates()).isZero();
            assertThat(run.accepted()).as("some saves got through").isNotEmpty();
        }
    }
}
