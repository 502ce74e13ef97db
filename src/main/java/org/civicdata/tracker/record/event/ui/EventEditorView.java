package org.civicdata.tracker.record.event.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicdata.tracker.edge.staff.EditorParts;
import org.civicdata.tracker.edge.staff.PublicPage;
import org.civicdata.tracker.edge.staff.RecordEditorView;
import org.civicdata.tracker.edge.staff.StaffLayout;
import org.civicdata.tracker.record.event.Event;
import org.civicdata.tracker.record.event.EventFigures;
import org.civicdata.tracker.record.event.EventKind;
import org.civicdata.tracker.record.event.EventService;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;

/**
 * One event at /admin/events/{id} ({@code new} to create), with the jurisdictions it concerns
 * and the figures it reports, both saved with the event in the same audited change.
 */
@Route(value = "events/:id", layout = StaffLayout.class)
@PermitAll
@Prototype
public class EventEditorView extends RecordEditorView<Event> {

    private final transient EventService service;
    private final transient JurisdictionService jurisdictions;
    private final MultiSelectComboBox<Jurisdiction> concerns = new MultiSelectComboBox<>("Jurisdictions it concerns");
    private final FigureEditor figures = new FigureEditor();

    public EventEditorView(EventService service, JurisdictionService jurisdictions, Services services) {
        super("event", Event::new, service, services);
        this.service = service;
        this.jurisdictions = jurisdictions;
        concerns.setId("jurisdictions");
        concerns.setItemLabelGenerator(JurisdictionService::label);
        concerns.setItems(
                q -> jurisdictions.searchForPicker(q.getFilter().orElse(""), q.getPage(), q.getPageSize()).stream());
        figures.textColumns()
                .forEach((column, setMaxLength) -> form().limitLength(setMaxLength, "event_figure", column));
        form().requiredText("title", "title", "Title");
        form().coded("kind", "Kind", EventKind.class, EventKind.OTHER);
        form().date("occurredOn", "occurred-on", "Occurred on", "occurred");
        form().checkbox("occurredOnInferred", "occurred-on-inferred", "Date inferred (not stated by the source)");
        form().optionalArea("description", "description", "Description");
        form().add(EventService.JURISDICTIONS, concerns);
        form().addWide(EventService.FIGURES, figures);
        addSourcesAndNotes();
        parts(new EditorParts<>(this::stored, this::edited, this::restore));
    }

    /** Its jurisdictions and figures as stored; a new event opened from a jurisdiction's editor concerns that one. */
    private Map<String, Object> stored(Event e) {
        List<String> slugs = e.getId() != null
                ? service.jurisdictionSlugs(e.getId())
                : forJurisdiction() == null
                        ? List.of()
                        : jurisdictions
                                .find(forJurisdiction())
                                .map(j -> List.of(j.getSlug()))
                                .orElse(List.of());
        return Map.of(
                EventService.JURISDICTIONS,
                slugs,
                EventService.FIGURES,
                e.getId() == null ? List.of() : EventFigures.part(service.figures(e.getId())));
    }

    private Map<String, Object> edited() {
        return Map.of(
                EventService.JURISDICTIONS,
                concerns.getValue().stream().map(Jurisdiction::getSlug).sorted().toList(),
                EventService.FIGURES,
                figures.part());
    }

    @SuppressWarnings("unchecked")
    private void restore(Map<String, Object> parts) {
        if (parts.containsKey(EventService.JURISDICTIONS)) {
            concerns.setValue(new HashSet<>(((List<String>) parts.get(EventService.JURISDICTIONS))
                    .stream()
                            .map(jurisdictions::findBySlug)
                            .flatMap(Optional::stream)
                            .toList()));
        }
        if (parts.containsKey(EventService.FIGURES)) {
            figures.setFigures(EventFigures.figures(0, parts.get(EventService.FIGURES)));
        }
    }

    @Override
    protected String titleOf(Event e) {
        return e.getTitle();
    }

    @Override
    protected List<PublicPage> publicPages(Event e) {
        return service.jurisdictionSlugs(e.getId()).stream()
                .map(jurisdictions::findBySlug)
                .flatMap(Optional::stream)
                .map(j -> PublicPage.of(j.getSlug(), j.getName(), j.getPublicationState()))
                .toList();
    }
}
