package org.civicdata.tracker.record.source.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.core.common.PublishableRecord;
import org.civicdata.tracker.core.common.TrackedRecord;
import org.civicdata.tracker.edge.staff.RecordEditorView;
import org.civicdata.tracker.edge.staff.StaffUi;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.person.PersonRepository;
import org.civicdata.tracker.record.person.PersonService;
import org.civicdata.tracker.record.source.Source;
import org.civicdata.tracker.record.source.SourceRepository;
import org.civicdata.tracker.record.source.SourceService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class SourceAndPersonViewsTest {

    private static final StaffPrincipal EDITOR = new StaffPrincipal("ed", StaffRole.EDITOR, false);

    @Inject
    ApplicationContext context;

    @Inject
    SeedLoader seeds;

    @Inject
    SourceRepository sourceRepository;

    @Inject
    SourceService sources;

    @Inject
    PersonRepository people;

    @Inject
    PersonService personService;

    @BeforeEach
    void seeded() {
        TestSeeds.ensureLoaded(seeds);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    @Test
    void aNewSourceNeedsAWellFormedUrlAndKeepsItsDatePrecision() {
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        UI.getCurrent().navigate(SourceEditorView.class, new RouteParameters("id", RecordEditorView.NEW));
        String title = "Council minutes " + UUID.randomUUID();
        _get(TextField.class, spec -> spec.withId("title")).setValue(title);
        TextField url = _get(TextField.class, spec -> spec.withId("url"));
        url.setValue("javascript:alert(1)");
        _get(TextField.class, spec -> spec.withId("published")).setValue("2018-01");
        _get(Button.class, spec -> spec.withId("save")).click();
        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).contains("http://");
        assertThat(sources.search(title, 0, 5)).isEmpty();

        url.setValue("https://example.org/minutes/2018-01");
        _get(Button.class, spec -> spec.withId("save")).click();
        Source saved = sources.search(title, 0, 5).get(0);
        assertThat(saved.getPublishedPrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(saved.getUrl()).isEqualTo("https://example.org/minutes/2018-01");
    }

    @Test
    void aCitedSourceAndAQuotedPersonAreNotDeletedAndTheMessageSaysWhy() {
        Source cited = sourceRepository.findBySeedKey("doc-000").orElseThrow();
        assertThatThrownBy(() -> sources.delete(EDITOR, cited))
                .isInstanceOf(org.civicdata.tracker.core.common.DependentRecordsException.class)
                .hasMessageContaining("still refer to source “" + cited.getTitle() + "”");
        assertThat(sourceRepository.findById(cited.getId())).isPresent();

        var emanuel = people.findBySeedKey("rahm-emanuel").orElseThrow();
        assertThatThrownBy(() -> personService.delete(EDITOR, emanuel))
                .isInstanceOf(org.civicdata.tracker.core.common.DependentRecordsException.class)
                .hasMessageContaining("still refer")
                .hasMessageContaining("to person “Rahm Emanuel");
        assertThat(people.findById(emanuel.getId())).isPresent();

        Source unused = new Source();
        unused.setTitle("Unused " + UUID.randomUUID());
        Source created = sources.save(EDITOR, unused, java.util.List.of());
        sources.delete(EDITOR, created);
        assertThat(sourceRepository.findById(created.getId())).isEmpty();
    }

    @Test
    void thePeopleAndSourcesListsSearchForLikesOwnCharactersLiterallyAndCountWhatTheyShow() {
        StaffUi.signedInAs(context, "viewer-pat", StaffRole.CONTRIBUTOR);
        for (Class<? extends com.vaadin.flow.component.Component> list :
                java.util.List.of(org.civicdata.tracker.record.person.ui.PersonListView.class, SourceListView.class)) {
            UI.getCurrent().navigate(list);
            @SuppressWarnings("unchecked")
            com.vaadin.flow.component.grid.Grid<Object> grid = _get(com.vaadin.flow.component.grid.Grid.class);
            int all = com.github.mvysny.kaributesting.v10.GridKt._size(grid);
            assertThat(all).as("%s: the seeds' rows", list.getSimpleName()).isPositive();
            for (String text : java.util.List.of("_", "%")) {
                _get(TextField.class, spec -> spec.withId("search")).setValue(text);
                assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid))
                        .as("%s: '%s' is searched for as itself, not as a wildcard", list.getSimpleName(), text)
                        .isLessThan(all);
            }
        }
        assertThat(personService.search("_", 0, 50))
                .allSatisfy(p -> assertThat(p.getName()).contains("_"));
        assertThat(sources.search("%", 0, 50))
                .allSatisfy(s -> assertThat(s.getTitle()).contains("%"));
    }

    /**
     * As every other staff list: a click on a column header sorts in SQL (both ways) by that column,
     * all rows and not just a loaded page; people by name, office, kind, state of record and last change,
     * sources by title, publication, published date, state of record and last change.
     */
    @Test
    void thePeopleAndSourcesListsSortInTheDatabaseByTheColumnClicked() {
        StaffUi.signedInAs(context, "viewer-pat", StaffRole.CONTRIBUTOR);
        for (String route : java.util.List.of("people", "sources")) {
            UI.getCurrent().navigate(route);
            @SuppressWarnings("unchecked")
            Grid<PublishableRecord> grid = _get(Grid.class, spec -> spec.withId(route));
            int all = _size(grid);
            assertThat(all).as(route).isGreaterThan(2);
            List<String> unsorted = column(grid, 0);

            grid.sort(GridSortOrder.asc(grid.getColumns().get(0)).build());
            List<String> ascending = column(grid, 0);
            assertThat(ascending)
                    .as("%s: unsorted is by the first column", route)
                    .isEqualTo(unsorted);
            grid.sort(GridSortOrder.desc(grid.getColumns().get(0)).build());
            assertThat(column(grid, 0)).as(route).hasSize(all).isEqualTo(reversed(ascending));
            assertThat(column(grid, 0)).as(route).isNotEqualTo(ascending);

            grid.sort(GridSortOrder.desc(grid.getColumns().get(4)).build());
            assertThat(rows(grid).stream().map(TrackedRecord::getUpdatedAt).toList())
                    .as("%s: latest change first", route)
                    .hasSize(all)
                    .isSortedAccordingTo(Comparator.reverseOrder());
            grid.sort(GridSortOrder.asc(grid.getColumns().get(3)).build());
            assertThat(rows(grid).stream()
                            .map(r -> r.getPublicationState().name())
                            .toList())
                    .as("%s: by state of record", route)
                    .isSorted();
        }
        UI.getCurrent().navigate("sources");
        @SuppressWarnings("unchecked")
        Grid<Source> grid = _get(Grid.class, spec -> spec.withId("sources"));
        grid.sort(GridSortOrder.asc(grid.getColumns().get(2)).build());
        assertThat(rows(grid).stream()
                        .map(Source::getPublishedOn)
                        .filter(java.util.Objects::nonNull)
                        .toList())
                .as("published dates, oldest first")
                .isSorted();
    }

    private static <R> List<R> rows(Grid<R> grid) {
        return IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i)).toList();
    }

    /** A column's cells as the grid shows them, every row. */
    private static List<String> column(Grid<?> grid, int column) {
        return IntStream.range(0, _size(grid))
                .mapToObj(i -> _getFormattedRow(grid, i).get(column))
                .toList();
    }

    private static List<String> reversed(List<String> values) {
        List<String> copy = new ArrayList<>(values);
        Collections.reverse(copy);
        return copy;
    }
}
