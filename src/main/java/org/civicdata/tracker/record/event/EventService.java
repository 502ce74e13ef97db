package org.civicdata.tracker.record.event;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.editing.FilteredRecordsOfType;
import org.civicdata.tracker.core.editing.RecordEditService;

/**
 * Staff work on events: filtered in SQL; audited edits of the event and of the jurisdictions it
 * concerns (one change, one audit entry). Figures are shown, not edited, in the staff UI.
 */
@Singleton
public class EventService extends FilteredRecordsOfType<Event, EventFilter> {

    public static final Set<String> SORTABLE = Set.of("title", "kind", "occurredOn", "publicationState", "updatedAt");
    /** The part an editor saves with the event: the slugs of the jurisdictions it concerns. */
    public static final String JURISDICTIONS = EventParts.JURISDICTIONS;

    public static final String FIGURES = EventFigures.PART;

    private final EventRepository repository;
    private final EventFigureRepository figures;
    private final EventParts parts;

    EventService(
            EventRepository repository, EventFigureRepository figures, EventParts parts, RecordEditService editor) {
        super(RecordType.EVENT, repository, editor, SORTABLE);
        this.repository = repository;
        this.figures = figures;
        this.parts = parts;
    }

    /** Every event that concerns a jurisdiction, drafts included. */
    public List<Event> ofJurisdiction(long jurisdictionId) {
        return repository.findByJurisdiction(jurisdictionId);
    }

    /** The slugs of the jurisdictions an event concerns. */
    public List<String> jurisdictionSlugs(long eventId) {
        return parts.slugs(eventId);
    }

    /** The figures an event reports, in order. */
    public List<EventFigure> figures(long eventId) {
        return figures.findByEventIdInOrderByPosition(List.of(eventId));
    }

    @Override
    public java.util.List<org.civicdata.tracker.core.common.FieldProblem> problems(Event event) {
        return EventRules.check(event, today());
    }

    /**
     * An event's parts, each only if edited (a save without them leaves them as they are):
     * {@link #JURISDICTIONS}, the slugs of the jurisdictions it concerns, and {@link #FIGURES}, its figures
     * ({@link EventFigures} maps).
     */
    @Override
    protected Map<String, Object> canonical(Map<String, Object> edited) {
        Map<String, Object> canonical = new java.util.LinkedHashMap<>();
        edited.forEach((part, value) -> canonical.put(part, parts.canonical(part, value)));
        return canonical;
    }
}
