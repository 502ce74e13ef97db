package org.civicdata.tracker.record.jurisdiction.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.stream.IntStream;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.edge.staff.StaffUi;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Browserless: the view comes from Micronaut with its service injected and reads the real database. */
@MicronautTest(startApplication = false, transactional = false)
class JurisdictionListViewTest {

    @Inject
    ApplicationContext context;

    @Inject
    SeedLoader seeds;

    @Inject
    JurisdictionRepository jurisdictions;

    @Inject
    org.civicdata.tracker.record.policy.PolicyPositionService positions;

    @Inject
    java.time.Clock clock;

    @BeforeEach
    void openAdmin() {
        TestSeeds.ensureLoaded(seeds);
        StaffUi.signedInAs(context, "viewer-vic", StaffRole.CONTRIBUTOR);
        UI.getCurrent().navigate(JurisdictionListView.class);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    @Test
    void theGridShowsEveryJurisdictionInTheDatabaseSortedByName() {
        @SuppressWarnings("unchecked")
        Grid<Jurisdiction> grid = _get(Grid.class, spec -> spec.withId("jurisdictions"));
        assertThat(_size(grid)).isEqualTo((int) jurisdictions.count());
        assertThat(IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i).getSlug()))
                .contains("chicago-il", "new-york-ny", "washington-dc", "san-francisco-ca");
        assertThat(IntStream.range(0, _size(grid))
                        .mapToObj(i -> _get(grid, i).getName())
                        .toList())
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void sortingByStateHappensInTheDatabase() {
        @SuppressWarnings("unchecked")
        Grid<Jurisdiction> grid = _get(Grid.class, spec -> spec.withId("jurisdictions"));
        grid.sort(com.vaadin.flow.component.grid.GridSortOrder.desc(
                        grid.getColumns().get(3))
                .build());
        assertThat(IntStream.range(0, _size(grid))
                        .mapToObj(i -> _get(grid, i).getStateCode())
                        .toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(_getFormattedRow(grid, 0)).hasSize(7);
    }

    @Test
    void theTotalArrivesByServerPushFromABackgroundThread() throws Exception {
        Span count = _get(Span.class, spec -> spec.withId("jurisdiction-count"));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!count.getText().endsWith("jurisdictions in the database") && System.nanoTime() < deadline) {
            MockVaadin.clientRoundtrip();
            Thread.sleep(20);
        }
        assertThat(count.getText()).isEqualTo(jurisdictions.count() + " jurisdictions in the database");
    }

    @Test
    void aFilterInTheUrlNarrowsTheGridInTheDatabase() {
        UI.getCurrent()
                .navigate(
                        "jurisdictions",
                        com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("state", "CA", "kind", "CITY")));
        @SuppressWarnings("unchecked")
        Grid<Jurisdiction> grid = _get(Grid.class, spec -> spec.withId("jurisdictions"));
        assertThat(IntStream.range(0, _size(grid))
                        .mapToObj(i -> _get(grid, i).getSlug())
                        .toList())
                .contains("los-angeles-ca", "sacramento-ca")
                .doesNotContain("san-francisco-ca", "california-ca", "chicago-il");
        assertThat(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("filter-state"))
                        .getValue())
                .isEqualTo("CA");
    }

    @Test
    void theSearchBoxFindsNamesAndSlugsWhateverTheCase() {
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("search"))
                .setValue("CHIC");
        @SuppressWarnings("unchecked")
        Grid<Jurisdiction> grid = _get(Grid.class, spec -> spec.withId("jurisdictions"));
        assertThat(IntStream.range(0, _size(grid))
                        .mapToObj(i -> _get(grid, i).getSlug())
                        .toList())
                .containsExactly("chicago-il");
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("search"))
                .setValue("york c");
        assertThat(IntStream.range(0, _size(grid))
                        .mapToObj(i -> _get(grid, i).getSlug())
                        .toList())
                .containsExactly("new-york-ny");
    }

    @Test
    void eachRowShowsThePublicStanceOfItsPublishedPositionsInForceToday() {
        // The seeds' one policy position is Washington, D.C.'s: searched for, so that jurisdictions
        // other tests add (sorted before it) cannot push it out of the rows compared.
        UI.getCurrent().navigate("jurisdictions", QueryParameters.simple(Map.of("q", "washington")));
        @SuppressWarnings("unchecked")
        Grid<Jurisdiction> grid = _get(Grid.class, spec -> spec.withId("jurisdictions"));
        java.util.List<Jurisdiction> rows = IntStream.range(0, Math.min(_size(grid), 50))
                .mapToObj(i -> _get(grid, i))
                .toList();
        java.util.Map<Long, org.civicdata.tracker.record.policy.Stance> stances = positions.publicStances(
                rows.stream().map(Jurisdiction::getId).toList(), java.time.LocalDate.now(clock));
        assertThat(stances.values())
                .as("the seeds give some of these a stance")
                .anyMatch(stance -> stance != org.civicdata.tracker.record.policy.Stance.NO_DATA);
        assertThat(IntStream.range(0, rows.size())
                        .mapToObj(i -> _getFormattedRow(grid, i).get(5))
                        .toList())
                .isEqualTo(
                        rows.stream().map(j -> stances.get(j.getId()).label()).toList());
    }
}
