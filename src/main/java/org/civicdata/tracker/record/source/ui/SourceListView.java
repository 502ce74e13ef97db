package org.civicdata.tracker.record.source.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import org.civicdata.tracker.core.common.PartialDate;
import org.civicdata.tracker.edge.staff.FilteredListView;
import org.civicdata.tracker.edge.staff.StaffLayout;
import org.civicdata.tracker.record.source.Source;
import org.civicdata.tracker.record.source.SourceFilter;
import org.civicdata.tracker.record.source.SourceService;

/** All sources at /admin/sources, searched by title. */
@Route(value = "sources", layout = StaffLayout.class)
@Menu(title = "Sources", order = 60)
@PermitAll
@Prototype
public class SourceListView extends FilteredListView<Source> {

    public SourceListView(SourceService sources) {
        super("Search title", "New source", SourceEditorView.class, sources, c -> new SourceFilter(c.text()));
        column("Title", Source::getTitle).setFlexGrow(2);
        column("Publication", s -> s.getPublication() == null ? "" : s.getPublication());
        column("Published", s -> {
            PartialDate d = PartialDate.of(s.getPublishedOn(), s.getPublishedPrecision());
            return d == null ? "—" : d + (s.isPublishedInferred() ? " (inferred)" : "");
        });
        column("State of record", s -> s.getPublicationState().label());
    }
}
