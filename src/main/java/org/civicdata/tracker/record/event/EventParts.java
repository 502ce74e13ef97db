package org.civicdata.tracker.record.event;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicdata.tracker.core.audit.RecordParts;
import org.civicdata.tracker.core.audit.TextLimits;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionRepository;

/**
 * An event's jurisdictions (by slug) and figures ({@link EventFigures}), audited as the event's fields
 * {@code jurisdictions} and {@code figures}, both written through the audited path and restored by a
 * revert.
 */
@Singleton
class EventParts implements RecordParts {

    static final String JURISDICTIONS = "jurisdictions";
    static final String FIGURES = EventFigures.PART;

    private final EventRepository events;
    private final EventFigureRepository figures;
    private final JurisdictionRepository jurisdictions;
    private final TextLimits limits;

    EventParts(
            EventRepository events,
            EventFigureRepository figures,
            JurisdictionRepository jurisdictions,
            TextLimits limits) {
        this.limits = limits;
        this.events = events;
        this.figures = figures;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public RecordType recordType() {
        return RecordType.EVENT;
    }

    @Override
    public Set<String> editable() {
        return Set.of(JURISDICTIONS, FIGURES);
    }

    @Override
    public Map<String, Object> read(long id) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put(JURISDICTIONS, slugs(id));
        parts.put(FIGURES, EventFigures.part(figures.findByEventIdInOrderByPosition(List.of(id))));
        return parts;
    }

    /** The slugs of the event's jurisdictions, in slug order. */
    List<String> slugs(long id) {
        return events.findJurisdictionIds(id).stream()
                .map(jid ->
                        jurisdictions.findById(jid).map(Jurisdiction::getSlug).orElseThrow())
                .sorted()
                .toList();
    }

    @Override
    public Object canonical(String part, Object value) {
        if (FIGURES.equals(part)) {
            return EventFigures.canonical(value);
        }
        return ((Collection<?>) value)
                .stream().map(String::valueOf).distinct().sorted().toList();
    }

    @Override
    public void write(long id, Map<String, Object> values) {
        if (values.containsKey(FIGURES)) {
            List<EventFigure> replacement = EventFigures.figures(id, values.get(FIGURES));
            for (EventFigure figure : replacement) {
                try {
                    limits.check(figure);
                } catch (InvalidInputException e) {
                    throw new InvalidInputException(
                            FIGURES, "Figure " + (figure.position() + 1) + ": " + e.getMessage());
                }
            }
            figures.deleteByEventId(id);
            figures.saveAll(replacement);
        }
        if (!values.containsKey(JURISDICTIONS)) {
            return;
        }
        events.removeJurisdictions(id);
        for (Object slug : (Collection<?>) values.get(JURISDICTIONS)) {
            Jurisdiction j = jurisdictions
                    .findBySlug(String.valueOf(slug))
                    .orElseThrow(() -> new InvalidInputException(
                            JURISDICTIONS, "No jurisdiction has the slug '" + slug + "' (any more)."));
            events.addJurisdiction(id, j.getId());
        }
    }
}
