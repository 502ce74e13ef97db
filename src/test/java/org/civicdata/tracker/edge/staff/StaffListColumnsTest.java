package org.civicdata.tracker.edge.staff;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.common.PublishableRecord;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every staff list's columns (header, SQL sort property, width) and what a seeded row shows in them:
 * empty text as "", an unknown date as "—", a code by its label, a looked-up name, "(inferred)" dates.
 * Browserless, against the seeded database.
 */
@MicronautTest(startApplication = false, transactional = false)
class StaffListColumnsTest {

    @Inject
    ApplicationContext context;

    @Inject
    SeedLoader seeds;

    @BeforeEach
    void signIn() {
        TestSeeds.ensureLoaded(seeds);
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    /** A column as "header | sort property (none: -) | auto|fixed width | flex grow". */
    private static String layout(Grid.Column<?> column) {
        String sort = column.isSortable()
                ? column.getSortOrder(SortDirection.ASCENDING)
                        .map(QuerySortOrder::getSorted)
                        .collect(Collectors.joining(","))
                : "-";
        return column.getHeaderText() + " | " + sort + " | " + (column.isAutoWidth() ? "auto" : "fixed") + " | "
                + column.getFlexGrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<PublishableRecord> open(String route, String search) {
        UI.getCurrent().navigate(route, QueryParameters.simple(Map.of("q", search)));
        return _get(Grid.class, spec -> spec.withId(route));
    }

    private static List<String> layout(String route) {
        return open(route, "").getColumns().stream()
                .map(StaffListColumnsTest::layout)
                .toList();
    }

    /** The formatted cells of the row of the seeded record with this seed key, among those the search finds. */
    private static List<String> seededRow(String route, String search, String seedKey) {
        Grid<PublishableRecord> grid = open(route, search);
        int row = IntStream.range(0, _size(grid))
                .filter(i -> seedKey.equals(_get(grid, i).getSeedKey()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(seedKey + " not in " + route + " for " + search));
        return _getFormattedRow(grid, row);
    }

    @Test
    void theRecordListsWithFiltersShowTheirColumnsSortedInSqlWithTheirWidths() {
        assertThat(layout("jurisdictions"))
                .containsExactly(
                        "Name | name | fixed | 2",
                        "Slug | slug | fixed | 1",
                        // Coded and state-of-record columns are as wide as their labels in every list.
                        "Kind | kind | auto | 1",
                        "State | stateCode | fixed | 1",
                        "FIPS | fips | fixed | 1",
                        "Public stance | - | fixed | 1",
                        "State of record | publicationState | auto | 1");
        assertThat(layout("positions"))
                .containsExactly(
                        "Jurisdiction | - | fixed | 1",
                        "Variable | variable | auto | 1",
                        "Value | value | auto | 1",
                        "Valid from | validFromOn | auto | 1",
                        "Valid to | validToOn | auto | 1",
                        "State of record | publicationState | auto | 1");
        assertThat(layout("designations"))
                .containsExactly(
                        "Jurisdiction | - | auto | 1",
                        "Label | label | fixed | 1",
                        "Designator | designator | auto | 1",
                        "Designator name | - | fixed | 1",
                        "Designated | designatedOn | auto | 1",
                        "State of record | publicationState | auto | 1");
        assertThat(layout("statements"))
                .containsExactly(
                        "Speaker | - | auto | 0",
                        "Quote or paraphrase | - | fixed | 1",
                        "Said | saidOn | auto | 0",
                        "Kind | kind | auto | 0",
                        "State of record | publicationState | auto | 0");
        assertThat(layout("letters"))
                .containsExactly(
                        "To | - | fixed | 1",
                        "Sent | sentOn | auto | 1",
                        "Sender | - | fixed | 1",
                        "Deadline | deadlineOn | auto | 1",
                        "Status | status | auto | 1",
                        "State of record | publicationState | auto | 1");
        assertThat(layout("threats"))
                .containsExactly(
                        "Issued by | - | fixed | 1",
                        "Against | - | fixed | 1",
                        "Instrument | instrument | auto | 1",
                        "Amount (USD) | amountUsd | auto | 1",
                        "Announced | announcedOn | auto | 1",
                        "Status | status | auto | 1",
                        "State of record | publicationState | auto | 1");
        assertThat(layout("court-cases"))
                .containsExactly(
                        "Case | name | fixed | 1",
                        "Court | court | fixed | 1",
                        "Judge | - | auto | 1",
                        "Ruling | rulingOn | auto | 1",
                        "On the threat | - | fixed | 1",
                        "Status | status | auto | 1",
                        "State of record | publicationState | auto | 1");
        assertThat(layout("events"))
                .containsExactly(
                        "Title | title | fixed | 1",
                        "Kind | kind | auto | 1",
                        "Occurred | occurredOn | auto | 1",
                        "State of record | publicationState | auto | 1");
    }

    @Test
    void thePeopleAndSourcesListsShowTheirColumnsSortedInSql() {
        assertThat(layout("people"))
                .containsExactly(
                        "Name | name | fixed | 2",
                        "Office | office | fixed | 2",
                        "Kind | organization | fixed | 1",
                        "State of record | publicationState | auto | 1",
                        "Updated | updatedAt | fixed | 1");
        assertThat(layout("sources"))
                .containsExactly(
                        "Title | title | fixed | 2",
                        "Publication | publication | fixed | 1",
                        "Published | publishedOn | auto | 1",
                        "State of record | publicationState | auto | 1",
                        "Updated | updatedAt | fixed | 1");
    }

    @Test
    void aSeededRecordsRowShowsLabelsNamesDatesAndEmptyTextAsBefore() {
        assertThat(seededRow("positions", "Washington", "washington-dc-self-declared-sanctuary"))
                .containsExactly("Washington, D.C.", "Self-declared sanctuary", "Yes", "2016", "—", "Published");
        assertThat(seededRow("designations", "Mirkarimi", "san-francisco-self-declared-mirkarimi"))
                .containsExactly(
                        "San Francisco",
                        "sanctuary city",
                        "Self-declared",
                        "Ross Mirkarimi, San Francisco Sheriff (told CNN)",
                        "—",
                        "Published");
        assertThat(seededRow("statements", "phenomenal", "spicer-relationship-phenomenal"))
                .containsExactly(
                        "Sean Spicer",
                        "I think the relationship with Mexico is phenomenal right now,",
                        "2017-02-22",
                        "Quote",
                        "Published");
        assertThat(seededRow("letters", "Department of Justice", "doj-letters-2018-01-24"))
                .containsExactly(
                        "23 jurisdictions (not named in the source)",
                        "2018-01-24",
                        "U.S. Department of Justice",
                        "—",
                        "Sent",
                        "Published");
        assertThat(seededRow("threats", "Trump", "trump-sanctuary-funding-threat-2016"))
                .containsExactly(
                        "Donald Trump (then president-elect)",
                        "Sanctuary cities that \"give him any pushback\"",
                        "Statement",
                        "",
                        "—",
                        "Threatened",
                        "Published");
        assertThat(seededRow("court-cases", "Orrick", "orrick-executive-order-ruling"))
                .containsExactly(
                        "(unnamed)",
                        "",
                        "William Orrick",
                        "—",
                        "President Donald Trump against Jurisdictions that refused to share information with federal"
                                + " immigration officials, 2017 (Enjoined)",
                        "Ruled",
                        "Published");
        assertThat(seededRow("events", "boycott", "mayors-boycott-white-house-meeting-2018-01-24"))
                .containsExactly(
                        "Mayors boycott White House meeting with President Trump",
                        "Boycott",
                        "2018-01-24 (inferred)",
                        "Published");
        // People and sources end with their last change ("2026-12-03 14:07", when the seeds were loaded).
        assertThat(seededRow("people", "Chumley", "cheryl-chumley"))
                .startsWith("Cheryl Chumley", "", "person", "Published")
                .hasSize(5)
                .last(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(seededRow("people", "FAIR", "fair"))
                .startsWith("FAIR", "", "body", "Published")
                .hasSize(5);
        assertThat(seededRow("sources", "Rebellious Mayors", "doc-003"))
                .startsWith(
                        "Donald Trump, Rebellious Mayors, And The Fight To Preserve Sanctuary Cities",
                        "",
                        "2017 (inferred)",
                        "Published")
                .hasSize(5)
                .last(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
    }

    @Test
    void theListsAndTheImportsTitleTheBrowserTabWithTheirHeading() {
        UI.getCurrent().navigate("designations");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Designations · Policy tracker staff");
        UI.getCurrent().navigate("import/jurisdictions");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Import jurisdictions · Policy tracker staff");
        UI.getCurrent().navigate("import/statements");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Import statements · Policy tracker staff");
    }
}
