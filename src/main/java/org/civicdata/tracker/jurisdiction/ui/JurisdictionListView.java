package org.civicdata.tracker.jurisdiction.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import io.micronaut.data.model.Sort;
import java.util.concurrent.CompletableFuture;
import org.civicdata.tracker.jurisdiction.Jurisdiction;
import org.civicdata.tracker.jurisdiction.JurisdictionService;
import org.civicdata.tracker.staff.StaffLayout;

/**
 * The staff landing page at {@code /admin}: every jurisdiction (drafts too), for any signed-in staff
 * member; read-only until the editing views arrive; loaded page by page and sorted in the database.
 */
@Route(value = "", layout = StaffLayout.class)
@PageTitle("Jurisdictions · Policy tracker staff")
@Menu(title = "Jurisdictions", order = 10)
@PermitAll
@Prototype
public class JurisdictionListView extends VerticalLayout {

    private final transient JurisdictionService service;
    private final Grid<Jurisdiction> grid = new Grid<>(Jurisdiction.class, false);
    private final Span status = new Span("Counting jurisdictions…");
    private transient CompletableFuture<Void> pendingCount;

    public JurisdictionListView(JurisdictionService service) {
        this.service = service;
        setSizeFull();
        grid.setId("jurisdictions");
        grid.addColumn(Jurisdiction::getName).setHeader("Name").setSortProperty("name").setFlexGrow(2);
        grid.addColumn(Jurisdiction::getSlug).setHeader("Slug").setSortProperty("slug");
        grid.addColumn(j -> j.getKind().name()).setHeader("Kind").setSortProperty("kind");
        grid.addColumn(Jurisdiction::getStateCode).setHeader("State").setSortProperty("stateCode");
        grid.addColumn(Jurisdiction::getFips).setHeader("FIPS").setSortProperty("fips");
        grid.addColumn(j -> j.getPublicationState().name()).setHeader("State of record").setSortProperty("publicationState");
        grid.setItems(query -> service.page(query.getPage(), query.getPageSize(), query.getSortOrders().stream()
                        .map(o -> o.getDirection() == SortDirection.ASCENDING ? Sort.Order.asc(o.getSorted())
                                : Sort.Order.desc(o.getSorted()))
                        .toList()).stream(),
                query -> (int) service.count());
        grid.setSizeFull();
        status.setId("jurisdiction-count");
        add(new H1("Jurisdictions"), status, grid);
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
