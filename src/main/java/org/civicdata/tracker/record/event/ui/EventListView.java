package org.civicdata.tracker.record.event.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import org.civicdata.tracker.edge.staff.FilteredListView;
import org.civicdata.tracker.edge.staff.StaffLayout;
import org.civicdata.tracker.record.event.Event;
import org.civicdata.tracker.record.event.EventFilter;
import org.civicdata.tracker.record.event.EventKind;
import org.civicdata.tracker.record.event.EventService;

/** All events at /admin/events: search title or description; kind and state filters in SQL and the URL. */
@Route(value = "events", layout = StaffLayout.class)
@Menu(title = "Events", order = 28)
@PermitAll
@Prototype
public class EventListView extends FilteredListView<Event> {

    public EventListView(EventService service) {
        super(
                "Search title or description",
                "New event",
                EventEditorView.class,
                service,
                c -> new EventFilter(c.text(), c.get("kind", EventKind.class), c.publication()));
        addFilter("kind", "Any kind", EventKind.class);
        addPublicationFilter();
        textColumn("Title", Event::getTitle, "title");
        codedColumn("Kind", Event::getKind, "kind");
        dateColumn(
                "Occurred",
                Event::getOccurredOn,
                Event::getOccurredPrecision,
                Event::isOccurredOnInferred,
                "occurredOn");
        publicationColumn();
    }
}
