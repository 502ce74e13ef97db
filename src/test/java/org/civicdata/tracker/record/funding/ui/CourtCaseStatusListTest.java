package org.civicdata.tracker.record.funding.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicdata.tracker.edge.staff.EditorChecks.rowsAt;
import static org.civicdata.tracker.record.status.StatusHistories.entry;
import static org.civicdata.tracker.record.status.StatusHistories.of;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.grid.Grid;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.model.Sort;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.editing.CitationFixtures;
import org.civicdata.tracker.edge.staff.StaffUi;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.funding.CaseStatus;
import org.civicdata.tracker.record.funding.CourtCase;
import org.civicdata.tracker.record.funding.CourtCaseFilter;
import org.civicdata.tracker.record.funding.CourtCaseService;
import org.civicdata.tracker.record.funding.FundingThreatFilter;
import org.civicdata.tracker.record.funding.FundingThreatService;
import org.civicdata.tracker.record.status.StatusEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The court-case list's status: the latest entry of each case's history, shown, filtered and sorted in SQL. */
@MicronautTest(startApplication = false, transactional = false)
class CourtCaseStatusListTest {

    private static final CourtCaseFilter ANY = new CourtCaseFilter(null, null, null);

    @Inject
    ApplicationContext context;

    @Inject
    SeedLoader seeds;

    @Inject
    FundingThreatService threats;

    @Inject
    CourtCaseService courtCases;

    @BeforeEach
    void seeded() {
        TestSeeds.ensureLoaded(seeds);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    /** A new case whose latest entry is neither the first nor the last given: the undated one is the earliest. */
    private CourtCase appealedCase() {
        return caseWith(
                entry(CaseStatus.APPEALED, "2018-03", null),
                entry(CaseStatus.RULED, "2017-11-20", null),
                entry(CaseStatus.CLOSED, null, null));
    }

    private CourtCase caseWith(StatusEntry... history) {
        CourtCase c = new CourtCase();
        c.setFundingThreatId(threats.page(new FundingThreatFilter(null, null, null), 0, 1, List.of())
                .get(0)
                .getId());
        c.setName("Status list case " + UUID.randomUUID());
        return courtCases.save(CitationFixtures.EDITOR, c, List.of(), of(history));
    }

    private static List<Long> ids(List<CourtCase> cases) {
        return cases.stream().map(CourtCase::getId).toList();
    }

    @Test
    void eachStatusFilterFindsTheCasesWhoseLatestEntryIsInItAndTheSortGoesThroughThemInTheirOrder() {
        CourtCase appealed = appealedCase();
        // Five more cases in each of two statuses, so that pages start and end inside a status's cases.
        for (CaseStatus status : List.of(CaseStatus.FILED, CaseStatus.CLOSED)) {
            for (int i = 0; i < 5; i++) {
                caseWith(entry(CaseStatus.FILED, "2016", null), entry(status, "2017", null));
            }
        }
        List<CourtCase> all = courtCases.page(ANY, 0, 100_000, List.of());
        // The statuses as the editors read them (each case's whole history, ordered in Java).
        Map<Long, CaseStatus> latest = courtCases.latestStatuses(ids(all));
        // (Cases other tests wrote through the audited path without a history have no status: listed last.)
        assertThat(latest).containsEntry(appealed.getId(), CaseStatus.APPEALED);

        for (CaseStatus status : CaseStatus.values()) {
            CourtCaseFilter inStatus = new CourtCaseFilter(null, status, null);
            List<Long> expected = latest.entrySet().stream()
                    .filter(e -> e.getValue() == status)
                    .map(Map.Entry::getKey)
                    .toList();
            assertThat(ids(courtCases.page(inStatus, 0, 100_000, List.of())))
                    .as(status.label())
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(courtCases.count(inStatus)).isEqualTo(expected.size());
        }

        // Two, three and four at a time: pages start and end inside a status's cases.
        for (int size = 2; size <= 4; size++) {
            for (Sort.Order byStatus : List.of(Sort.Order.asc("status"), Sort.Order.desc("status"))) {
                List<CourtCase> paged = new ArrayList<>();
                for (int page = 0; ; page++) {
                    List<CourtCase> rows = courtCases.page(ANY, page, size, List.of(byStatus, Sort.Order.asc("name")));
                    paged.addAll(rows);
                    if (rows.size() < size) {
                        break;
                    }
                }
                assertThat(ids(paged))
                        .as("%s a page, %s", size, byStatus)
                        .doesNotHaveDuplicates()
                        .containsExactlyInAnyOrderElementsOf(ids(all));
                Comparator<CaseStatus> course = Comparator.nullsLast(Comparator.naturalOrder());
                assertThat(paged.stream().map(c -> latest.get(c.getId())).toList())
                        .isSortedAccordingTo(byStatus.isAscending() ? course : course.reversed());
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListShowsTheStatusByItsLabelAndItsFilterIsInTheUrl() {
        CourtCase appealed = appealedCase();
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        assertThat(rowsAt(CourtCase.class, "court-cases", Map.of("status", "APPEALED")))
                .extracting(CourtCase::getId)
                .contains(appealed.getId());
        assertThat(rowsAt(CourtCase.class, "court-cases", Map.of("status", "CLOSED")))
                .extracting(CourtCase::getId)
                .doesNotContain(appealed.getId());
        List<CourtCase> found = rowsAt(CourtCase.class, "court-cases", Map.of("q", appealed.getName()));
        assertThat(found).extracting(CourtCase::getId).containsExactly(appealed.getId());
        assertThat(_getFormattedRow(_get(Grid.class, spec -> spec.withId("court-cases")), 0))
                .contains("Appealed")
                .doesNotContain("APPEALED", "Closed");
    }
}
