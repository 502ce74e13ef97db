package org.civicdata.tracker.record.source.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import org.civicdata.tracker.edge.staff.FilteredListView;
import org.civicdata.tracker.edge.staff.GridQueries;
import org.civicdata.tracker.edge.staff.StaffLayout;
import org.civicdata.tracker.record.source.Source;
import org.civicdata.tracker.record.source.SourceFilter;
import org.civicdata.tracker.record.source.SourceService;

/** All sources at /admin/sources, searched by title, sorted (in SQL) by the column clicked. */
@Route(value = "sources", layout = StaffLayout.class)
@Menu(title = "Sources", order = 60)
@PermitAll
@Prototype
public class SourceListView extends FilteredListView<Source> {

    public SourceListView(SourceService sources) {
        super("Search title", "New source", SourceEditorView.class, sources, c -> new SourceFilter(c.text()));
        textColumn("Title", Source::getTitle, "title").setFlexGrow(2);
        textColumn("Publication", Source::getPublication, "publication");
        dateColumn(
                "Published",
                Source::getPublishedOn,
                Source::getPublishedPrecision,
                Source::isPublishedInferred,
                "publishedOn");
        publicationColumn();
        textColumn("Updated", r -> GridQueries.minutes(r.getUpdatedAt()), "updatedAt");
    }
}
