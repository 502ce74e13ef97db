package org.civicdata.tracker.record.event.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.civicdata.tracker.edge.staff.EditorChecks.click;
import static org.civicdata.tracker.edge.staff.EditorChecks.rowsAt;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.audit.AuditEntryRepository;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.editing.RecordHistory;
import org.civicdata.tracker.edge.staff.EditorChecks;
import org.civicdata.tracker.edge.staff.RecordEditorView;
import org.civicdata.tracker.edge.staff.StaffUi;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.event.Event;
import org.civicdata.tracker.record.event.EventFigure;
import org.civicdata.tracker.record.event.EventFigures;
import org.civicdata.tracker.record.event.EventFilter;
import org.civicdata.tracker.record.event.EventKind;
import org.civicdata.tracker.record.event.EventRepository;
import org.civicdata.tracker.record.event.EventService;
import org.civicdata.tracker.record.event.FigureQualifier;
import org.civicdata.tracker.record.event.FigureUnit;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionRepository;
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
        MultiSelectComboBox<Jurisdiction> concerns =
                _get(MultiSelectComboBox.class, spec -> spec.withId("jurisdictions"));
        concerns.setValue(Set.of(chicago));
        click("save");
        Event saved = service.page(new EventFilter(words, null, null), 0, 5, List.of())
                .get(0);
        assertThat(service.jurisdictionSlugs(saved.getId())).containsExactly("chicago-il");
        assertThat(EditorChecks.latestEntry(audit, RecordType.EVENT, saved.getId())
                        .changes())
                .contains("\"jurisdictions\":{\"old\":null,\"new\":[\"chicago-il\"]}");

        concerns.setValue(Set.of(chicago, newYork));
        click("save");
        assertThat(service.jurisdictionSlugs(saved.getId())).containsExactly("chicago-il", "new-york-ny");
        assertThat(EditorChecks.latestEntry(audit, RecordType.EVENT, saved.getId())
                        .changes())
                .isEqualTo("{\"jurisdictions\":{\"old\":[\"chicago-il\"],\"new\":[\"chicago-il\",\"new-york-ny\"]}}");
        assertThat(events.findById(saved.getId()).orElseThrow().getVersion()).isEqualTo(1);

        Grid<RecordHistory.Entry> history = _get(Grid.class, spec -> spec.withId("history"));
        ((Button) GridKt._getCellComponent(history, 1, "revert")).click();
        click("revert-confirm");
        assertThat(service.jurisdictionSlugs(saved.getId())).containsExactly("chicago-il");
        assertThat(EditorChecks.auditTrail(audit, RecordType.EVENT, saved.getId()))
                .containsExactly("CREATE by editor-ann", "UPDATE by editor-ann", "REVERT by editor-ann");

        // Someone else renames it meanwhile; my jurisdiction change survives "put mine on top".
        Event theirs = events.findById(saved.getId()).orElseThrow();
        theirs.setTitle(words + " (renamed)");
        service.save(
                new org.civicdata.tracker.core.account.StaffPrincipal("editor-bo", StaffRole.EDITOR, false),
                theirs,
                service.sourceIds(theirs.getId()));
        concerns.setValue(Set.of(chicago, newYork));
        click("save");
        click("conflict-apply-mine");
        assertThat(concerns.getValue())
                .extracting(Jurisdiction::getSlug)
                .containsExactlyInAnyOrder("chicago-il", "new-york-ny");
        assertThat(title.getValue()).isEqualTo(words + " (renamed)");
        click("save");
        assertThat(service.jurisdictionSlugs(saved.getId())).containsExactly("chicago-il", "new-york-ny");
        assertThat(events.findById(saved.getId()).orElseThrow().getTitle()).isEqualTo(words + " (renamed)");

        EditorChecks.publishingWithoutASourceIsRefusedOnTheSourcesField();
        EditorChecks.aContributorMayNotPublishOrDelete(
                service, service.find(saved.getId()).orElseThrow());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSeededEventsFiguresAreKeptWhenOtherFieldsChangeAndAreEditedAndRevertedWithTheEvent() {
        StaffUi.signedInAs(context, "editor-ann", StaffRole.EDITOR);
        Event withFigures = events.findAll().stream()
                .filter(e -> e.getSeedKey() != null)
                .filter(e -> !service.figures(e.getId()).isEmpty())
                .findFirst()
                .orElseThrow();
        List<EventFigure> before = service.figures(withFigures.getId());
        List<String> slugsBefore = service.jurisdictionSlugs(withFigures.getId());
        UI.getCurrent().navigate(EventEditorView.class, new RouteParameters("id", String.valueOf(withFigures.getId())));
        Grid<EventFigure> figures = _get(Grid.class, spec -> spec.withId("figures-grid"));
        assertThat(EditorChecks.rows(figures))
                .extracting(EventFigure::label)
                .containsExactlyElementsOf(
                        before.stream().map(EventFigure::label).toList());
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(figures, 0, "figure-wording"))
                .as("a figure as people write it")
                .isEqualTo(org.civicdata.tracker.record.event.EventFigures.wording(
                        before.get(0).qualifier(),
                        before.get(0).value(),
                        before.get(0).unit()))
                .doesNotContain(".00")
                .doesNotContain("_");

        _get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("notes"))
                .setValue("Checked " + UUID.randomUUID());
        click("save");
        assertThat(EditorChecks.latestEntry(audit, RecordType.EVENT, withFigures.getId())
                        .changes())
                .contains("\"notes\"")
                .doesNotContain("\"jurisdictions\"")
                .doesNotContain("\"figures\"");
        assertThat(service.figures(withFigures.getId())).isEqualTo(before);
        assertThat(service.jurisdictionSlugs(withFigures.getId())).isEqualTo(slugsBefore);
        int versionBeforeFigures =
                events.findById(withFigures.getId()).orElseThrow().getVersion();

        // Adding a figure needs a label and a unit, named next to their fields.
        click("add-figure");
        assertThat(_get(TextField.class, spec -> spec.withId("figure-label")).isInvalid())
                .isTrue();
        assertThat(_get(Select.class, spec -> spec.withId("figure-unit")).isInvalid())
                .isTrue();
        _get(TextField.class, spec -> spec.withId("figure-label")).setValue("Detainers declined");
        ((Select<FigureQualifier>) _get(Select.class, spec -> spec.withId("figure-qualifier")))
                .setValue(FigureQualifier.ABOUT);
        _get(BigDecimalField.class, spec -> spec.withId("figure-value")).setValue(new BigDecimal("1500"));
        ((Select<FigureUnit>) _get(Select.class, spec -> spec.withId("figure-unit"))).setValue(FigureUnit.PEOPLE);
        _get(TextField.class, spec -> spec.withId("figure-attributed-to")).setValue("County sheriff");
        click("add-figure");
        ((Button) GridKt._getCellComponent(figures, 0, "remove")).click();
        click("save");

        List<EventFigure> after = service.figures(withFigures.getId());
        assertThat(after).hasSize(before.size());
        assertThat(after.get(after.size() - 1)).satisfies(f -> {
            assertThat(f.label()).isEqualTo("Detainers declined");
            assertThat(f.qualifier()).isEqualTo(FigureQualifier.ABOUT);
            assertThat(f.value()).isEqualByComparingTo("1500");
            assertThat(f.attributedTo()).isEqualTo("County sheriff");
        });
        assertThat(EditorChecks.latestEntry(audit, RecordType.EVENT, withFigures.getId())
                        .changes())
                .contains("\"figures\":{\"old\":[{\"label\":\"" + before.get(0).label() + "\"")
                .contains(
                        "\"label\":\"Detainers declined\",\"value\":\"1500\",\"qualifier\":\"ABOUT\",\"unit\":\"PEOPLE\"");

        // A figure its columns cannot hold is refused naming the figure; nothing changes.
        Event current = events.findById(withFigures.getId()).orElseThrow();
        List<Map<String, Object>> tooLong = new java.util.ArrayList<>(EventFigures.part(after));
        tooLong.add(EventFigures.part("Long period", null, null, FigureUnit.OTHER, "p".repeat(101), null));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.save(
                        EditorChecks.EDITOR,
                        current,
                        service.sourceIds(current.getId()),
                        Map.of(EventService.FIGURES, tooLong)))
                .isInstanceOfSatisfying(org.civicdata.tracker.core.common.InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("figures");
                    assertThat(e.getMessage())
                            .isEqualTo("Figure " + tooLong.size()
                                    + ": Period holds at most 100 characters; this has 101.");
                });
        assertThat(service.figures(withFigures.getId())).isEqualTo(after);

        // Revert to the version before the figures changed: every field of every figure comes back.
        UI.getCurrent().navigate(EventEditorView.class, new RouteParameters("id", String.valueOf(withFigures.getId())));
        Grid<RecordHistory.Entry> history = _get(Grid.class, spec -> spec.withId("history"));
        int row = EditorChecks.rows(history).stream()
                .map(RecordHistory.Entry::version)
                .toList()
                .indexOf(versionBeforeFigures);
        ((Button) GridKt._getCellComponent(history, row, "revert")).click();
        click("revert-confirm");
        assertThat(EventFigures.part(service.figures(withFigures.getId()))).isEqualTo(EventFigures.part(before));
    }
}
