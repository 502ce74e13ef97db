package org.civicdata.tracker.record.jurisdiction.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.civicdata.tracker.edge.staff.FilteredListView;
import org.civicdata.tracker.edge.staff.StaffLayout;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionFilter;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;
import org.civicdata.tracker.record.policy.PolicyPositionService;
import org.civicdata.tracker.record.policy.Stance;

/**
 * All jurisdictions (drafts too) at {@code /admin/jurisdictions}, also the staff landing page:
 * searched, filtered, sorted and paged in the database. The filter is in the URL
 * ({@code ?q=&state=&kind=&publication=}), so a view can be bookmarked and shared. Each row shows
 * the stance the public sees (from its published positions in force today). "Export CSV" writes the
 * import's layout, so a file can go out and come back.
 */
@Route(value = "jurisdictions", layout = StaffLayout.class)
@RouteAlias(value = "", layout = StaffLayout.class)
@Menu(title = "Jurisdictions", order = 10)
@PermitAll
@Prototype
public class JurisdictionListView extends FilteredListView<Jurisdiction> {

    private final transient JurisdictionService service;
    private final transient PolicyPositionService positions;
    private final Clock clock;
    private final Span status = new Span("Counting jurisdictions…");
    private transient CompletableFuture<Void> pendingCount;

    /** The public stance of the rows on the pages loaded so far, derived a page at a time. */
    private final Map<Long, Stance> stances = new HashMap<>();

    public JurisdictionListView(JurisdictionService service, PolicyPositionService positions, Clock clock) {
        super(
                "Search name or slug",
                "New jurisdiction",
                JurisdictionEditorView.class,
                service,
                JurisdictionListView::filter);
        this.service = service;
        this.positions = positions;
        this.clock = clock;
        setNewButtonId("new-jurisdiction");
        TextField state = addTextFilter("state", "State (IL)");
        state.setMaxLength(2);
        state.setWidth("8em");
        addFilter("kind", "Any kind", JurisdictionKind.class);
        addPublicationFilter();
        addImportButton(JurisdictionImportView.class);
        exportInstead("jurisdictions.csv", (choices, orders, out) -> service.exportCsv(filter(choices), orders, out));
        status.setId("jurisdiction-count");
        addComponentAtIndex(1, status);

        textColumn("Name", Jurisdiction::getName, "name").setFlexGrow(2);
        textColumn("Slug", Jurisdiction::getSlug, "slug");
        codedColumn("Kind", Jurisdiction::getKind, "kind");
        textColumn("State", Jurisdiction::getStateCode, "stateCode");
        textColumn("FIPS", Jurisdiction::getFips, "fips");
        column("Public stance", j -> stanceOf(j).label())
                .setKey("stance")
                .setTooltipGenerator(j -> stanceOf(j).meaning());
        publicationColumn();
    }

    private static JurisdictionFilter filter(Choices choices) {
        return new JurisdictionFilter(
                choices.text(),
                choices.get("state", String.class),
                choices.get("kind", JurisdictionKind.class),
                choices.publication());
    }

    private Stance stanceOf(Jurisdiction j) {
        return stances.getOrDefault(j.getId(), Stance.NO_DATA);
    }

    @Override
    protected void loaded(List<Jurisdiction> page) {
        stances.putAll(
                positions.publicStances(page.stream().map(Jurisdiction::getId).toList(), LocalDate.now(clock)));
    }

    /** The total is counted off the request thread and pushed to the browser when ready (server push). */
    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        pendingCount = CompletableFuture.supplyAsync(service::count)
                .thenAccept(count -> ui.access(() -> status.setText(count + " jurisdictions in the database")));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (pendingCount != null) {
            pendingCount.cancel(false);
        }
    }
}
