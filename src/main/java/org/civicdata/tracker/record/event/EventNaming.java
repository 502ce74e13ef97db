package org.civicdata.tracker.record.event;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;
import org.civicdata.tracker.core.common.RecordNaming;
import org.civicdata.tracker.core.common.RecordType;

/** How people name an event (its title), and read its figures in the history. */
@Singleton
class EventNaming extends RecordNaming.Of<Event> {

    EventNaming() {
        super(RecordType.EVENT, Event.class, Event::getTitle);
    }

    @Override
    public Optional<String> partText(String part, Object value) {
        if (EventFigures.PART.equals(part) && value instanceof Collection<?> list) {
            try {
                return Optional.of(
                        list.isEmpty()
                                ? "none"
                                : EventFigures.figures(0, list).stream()
                                        .map(f -> EventFigures.line(
                                                f.label(),
                                                f.qualifier(),
                                                f.value(),
                                                f.unit(),
                                                f.period(),
                                                f.attributedTo()))
                                        .collect(Collectors.joining("; ")));
            } catch (RuntimeException unreadable) {
                return Optional.empty();
            }
        }
        if (EventParts.JURISDICTIONS.equals(part) && value instanceof Collection<?> slugs) {
            return Optional.of(
                    slugs.isEmpty()
                            ? "none"
                            : slugs.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        return Optional.empty();
    }
}
