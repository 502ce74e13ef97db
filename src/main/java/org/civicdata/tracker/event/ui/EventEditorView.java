package org.civicdata.tracker.event.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicdata.tracker.editing.RecordHistory;
import org.civicdata.tracker.event.Event;
import org.civicdata.tracker.event.EventFigures;
import org.civicdata.tracker.event.EventKind;
import org.civicdata.tracker.event.EventService;
import org.civicdata.tracker.jurisdiction.Jurisdiction;
import org.civicdata.tracker.jurisdiction.JurisdictionService;
import org.civicdata.tracker.source.SourceService;
import org.civicdata.tracker.staff.CodedSelect;
import org.civicdata.tracker.staff.PartialDateField;
import org.civicdata.tracker.staff.EditorRoutes;
import org.civicdata.tracker.staff.RecordEditorView;
import org.civicdata.tracker.staff.StaffLayout;

/**
 * One event at /admin/events/{id} ({@code new} to create), with the jurisdictions it concerns
 * and the figures it reports, both saved with the event in the same audited change.
 */
@Route(value = "events/:id", layout = StaffLayout.class)
@PermitAll
@Prototype
public class EventEditorView extends RecordEditorView<Event> {

    /** The jurisdiction a new record is for, from the URL. */
    private Long forJurisdiction;

    private final transient EventService service;
    private final transient JurisdictionService jurisdictions;
    private final TextField title = text("title", "Title", 500);
    private final Select<EventKind> kind = new CodedSelect<>("kind", "Kind", EventKind.values());
    private final PartialDateField occurredOn = new PartialDateField("Occurred on", "occurredOn");
    private final Checkbox occurredOnInferred = new Checkbox("Date inferred (not stated by the source)");
    private final TextArea description = new TextArea("Description");
    private final MultiSelectComboBox<Jurisdiction> concerns = new MultiSelectComboBox<>("Jurisdictions it concerns");
    private final FigureEditor figures = new FigureEditor();

    public EventEditorView(EventService service, JurisdictionService jurisdictions, SourceService sources,
                           RecordHistory history) {
        super("event", service, sources, history);
        this.service = service;
        this.jurisdictions = jurisdictions;
        title.setRequiredIndicatorVisible(true);
        occurredOn.setId("occurred-on");
        occurredOnInferred.setId("occurred-on-inferred");
        description.setId("description");
        concerns.setId("jurisdictions");
        concerns.setItemLabelGenerator(JurisdictionService::label);
        concerns.setItems(q -> jurisdictions.searchParents(q.getFilter().orElse(""), q.getPage(), q.getPageSize()).stream());
        addField("title", title);
        addField("kind", kind);
        addField("occurredOn", occurredOn);
        addField("occurredOnInferred", occurredOnInferred);
        addField("description", description);
        addField("jurisdictions", concerns);
        addWideField(EventService.FIGURES, figures);
        addSourcesAndNotes();
    }

    /** Opened as {@code new?jurisdiction=ID} (from a jurisdiction's editor): a new record for it. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        forJurisdiction = EditorRoutes.jurisdictionOf(event);
        super.beforeEnter(event);
    }

    @Override
    protected Event blank() {
        Event blank = new Event();
        blank.setKind(EventKind.OTHER);
        return blank;
    }

    @Override
    protected void fill(Event e) {
        title.setValue(nz(e.getTitle()));
        kind.setValue(e.getKind());
        occurredOn.setDate(e.getOccurredOn(), e.getOccurredPrecision());
        occurredOnInferred.setValue(e.isOccurredOnInferred());
        description.setValue(nz(e.getDescription()));
        if (e.getId() == null) {
            // A new event opened from a jurisdiction's editor concerns that jurisdiction.
            concerns.setValue(forJurisdiction == null ? Set.of()
                    : jurisdictions.find(forJurisdiction).map(Set::of).orElse(Set.of()));
        } else {
            concerns.setValue(new HashSet<>(service.jurisdictionSlugs(e.getId()).stream()
                    .map(jurisdictions::findBySlug).flatMap(Optional::stream).toList()));
        }
        figures.setFigures(e.getId() == null ? List.of() : service.figures(e.getId()));
    }

    @Override
    protected void readInto(Event e) {
        e.setTitle(title.getValue().trim());
        e.setKind(kind.getValue());
        e.setOccurredOn(occurredOn.start());
        e.setOccurredPrecision(occurredOn.precision());
        e.setOccurredOnInferred(occurredOnInferred.getValue());
        e.setDescription(trimmedOrNull(description.getValue()));
    }

    @Override
    protected Map<String, Object> editedParts() {
        return Map.of(EventService.JURISDICTIONS, concerns.getValue().stream().map(Jurisdiction::getSlug).sorted().toList(),
                EventService.FIGURES, figures.part());
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void restoreParts(Map<String, Object> parts) {
        if (parts.containsKey(EventService.JURISDICTIONS)) {
            concerns.setValue(new HashSet<>(((List<String>) parts.get(EventService.JURISDICTIONS)).stream()
                    .map(jurisdictions::findBySlug).flatMap(Optional::stream).toList()));
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
    protected Class<? extends Component> listView() {
        return EventListView.class;
    }

    @Override
    protected List<PublicPage> publicPages(Event e) {
        return service.jurisdictionSlugs(e.getId()).stream().map(jurisdictions::findBySlug).flatMap(Optional::stream)
                .map(j -> PublicPage.of(j.getSlug(), j.getName(), j.getPublicationState())).toList();
    }
}
