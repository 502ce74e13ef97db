package org.civicdata.tracker.event.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicdata.tracker.staff.EditorChecks.click;
import static org.civicdata.tracker.staff.EditorChecks.rowsAt;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.account.StaffRole;
import org.civicdata.tracker.audit.AuditEntryRepository;
import org.civicdata.tracker.common.RecordType;
import org.civicdata.tracker.editing.RecordHistory;
import org.civicdata.tracker.event.Event;
import org.civicdata.tracker.event.EventFigure;
import org.civicdata.tracker.event.EventFilter;
import org.civicdata.tracker.event.EventKind;
import org.civicdata.tracker.event.EventRepository;
import org.civicdata.tracker.event.EventService;
import org.civicdata.tracker.jurisdiction.Jurisdiction;
import org.civicdata.tracker.jurisdiction.JurisdictionRepository;
import org.civicdata.tracker.seed.SeedLoader;
import org.civicdata.tracker.staff.EditorChecks;
import org.civicdata.tracker.staff.RecordEditorView;
import org.civicdata.tracker.staff.StaffUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false, transactional = false)
class EventViewsTest {

    @Inject
    ApplicationContext context;
    @Inject
    SeedLoader seeds;
    @Inject
    EventService service;
    @Inject
    EventRepository events;
    @Inject
    JurisdictionRepository jurisdictions;
    @Inject
    AuditEntryRepository audit;

    @BeforeEach
    void seeded() {
        TestSeeds.ensureLoaded(seeds);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    @Test
    void theListShowsSeededEventsAndTheKindFilterInTheUrlNarrowsThem() {
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        List<Event> boycotts = rowsAt(Event.class, "events", Map.of("kind", "BOYCOTT"));
        assertThat(boycotts).isNotEmpty();
        assertThat(boycotts).extracting(Event::getKind).containsOnly(EventKind.BOYCOTT);
        assertThat(rowsAt(Event.class, "events", Map.of("q", "boycott", "kind", "MEETING")))
                .allSatisfy(e -> assertThat(e.getKind()).isEqualTo(EventKind.MEETING));
        assertThat(rowsAt(Event.class, "events", Map.of()).size()).isGreaterThanOrEqualTo(17);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEventsJurisdictionsAreSavedWithItInOneAuditedChangeAndRevertedWithIt() {
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        UI.getCurrent().navigate(EventEditorView.class, new RouteParameters("id", RecordEditorView.NEW));
        TextField title = _get(TextField.class, spec -> spec.withId("title"));
        click("save");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).contains("title");

        String words = "Council hearing " + UUID.randomUUID();
        title.setValue(words);
        ((Select<EventKind>) _get(Select.class, spec -> spec.withId("kind"))).setValue(EventKind.MEETING);
        _get(TextField.class, spec -> spec.withId("occurred-on")).setValue("2018-02");
        Jurisdiction chicago = jurisdictions.findBySlug("chicago-il").orElseThrow();
        Jurisdiction newYork = jurisdictions.findBySlug("new-york-ny").orElseThrow();
        MultiSelectComboBox<Jurisdiction> concerns = _get(MultiSelectComboBox.class, spec -> spec.withId("jurisdictions"));
        concerns.setValue(Set.of(chicago));
        click("save");
        Event saved = service.page(new EventFilter(words, null, null), 0, 5, List.of()).get(0);
        assertThat(service.jurisdictionSlugs(saved.getId())).containsExactly("chicago-il");
        assertThat(EditorChecks.latestEntry(audit, RecordType.EVENT, saved.getId()).changes())
                .contains("\"jurisdictions\":{\"old\":null,\"new\":[\"chicago-il\"]}");

        concerns.setValue(Set.of(chicago, newYork));
        click("save");
        assertThat(service.jurisdictionSlugs(saved.getId())).containsExactly("chicago-il", "new-york-ny");
        assertThat(EditorChecks.latestEntry(audit, RecordType.EVENT, saved.getId()).changes())
                .isEqualTo("{\"jurisdictions\":{\"old\":[\"chicago-il\"],\"new\":[\"chicago-il\",\"new-york-ny\"]}}");
        assertThat(events.findById(saved.getId()).orElseThrow().getVersion()).isEqualTo(1);

        Grid<RecordHistory.Entry> history = _get(Grid.class, spec -> spec.withId("history"));
        ((Button) GridKt._getCellComponent(history, 1, "revert")).click();
        assertThat(service.jurisdictionSlugs(saved.getId())).containsExactly("chicago-il");
        assertThat(EditorChecks.auditTrail(audit, RecordType.EVENT, saved.getId()))
                .containsExactly("CREATE by editor-ann", "UPDATE by editor-ann", "REVERT by editor-ann");

        EditorChecks.publishingWithoutASourceIsRefusedOnTheSourcesField();
        EditorChecks.aContributorMayNotPublishOrDelete(service, service.find(saved.getId()).orElseThrow());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSeededEventShowsItsFiguresReadOnlyAndKeepsThemWhenEdited() {
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        Event withFigures = events.findAll().stream().filter(e -> e.getSeedKey() != null)
                .filter(e -> !service.figures(e.getId()).isEmpty()).findFirst().orElseThrow();
        List<EventFigure> before = service.figures(withFigures.getId());
        List<String> slugsBefore = service.jurisdictionSlugs(withFigures.getId());
        UI.getCurrent().navigate(EventEditorView.class, new RouteParameters("id", String.valueOf(withFigures.getId())));
        Grid<EventFigure> figures = _get(Grid.class, spec -> spec.withId("figures"));
        assertThat(EditorChecks.rows(figures)).extracting(EventFigure::label)
                .containsExactlyElementsOf(before.stream().map(EventFigure::label).toList());

        _get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("notes")).setValue("Checked " + UUID.randomUUID());
        click("save");
        assertThat(EditorChecks.latestEntry(audit, RecordType.EVENT, withFigures.getId()).changes())
                .contains("\"notes\"").doesNotContain("\"jurisdictions\"").doesNotContain("\"figures\"");
        assertThat(service.figures(withFigures.getId())).isEqualTo(before);
        assertThat(service.jurisdictionSlugs(withFigures.getId())).isEqualTo(slugsBefore);
    }
}
