package org.civicdata.tracker.jurisdiction.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.data.model.Sort;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.civicdata.tracker.common.PublicationState;
import org.civicdata.tracker.jurisdiction.Jurisdiction;
import org.civicdata.tracker.jurisdiction.JurisdictionFilter;
import org.civicdata.tracker.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.jurisdiction.JurisdictionService;
import org.civicdata.tracker.policy.PolicyPositionService;
import org.civicdata.tracker.policy.Stance;
import org.civicdata.tracker.staff.RecordEditorView;
import org.civicdata.tracker.staff.GridQueries;
import org.civicdata.tracker.staff.StaffLayout;
import org.civicdata.tracker.staff.UrlQuery;

/**
 * All jurisdictions (drafts too) at {@code /admin/jurisdictions}, also the staff landing page:
 * searched, filtered, sorted and paged in the database. The filter is in the URL
 * ({@code ?q=&state=&kind=&publication=}), so a view can be bookmarked and shared. Each row shows
 * the stance the public sees (from its published positions in force today).
 */
@Route(value = "jurisdictions", layout = StaffLayout.class)
@RouteAlias(value = "", layout = StaffLayout.class)
@PageTitle("Jurisdictions · Policy tracker staff")
@Menu(title = "Jurisdictions", order = 10)
@PermitAll
@Prototype
public class JurisdictionListView extends VerticalLayout implements BeforeEnterObserver {

    private final transient JurisdictionService service;
    private final Grid<Jurisdiction> grid = new Grid<>(Jurisdiction.class, false);
    private final Span status = new Span("Counting jurisdictions…");
    private final TextField search = GridQueries.searchBox("Search name or slug");
    private final TextField state = new TextField();
    private final Select<JurisdictionKind> kind = GridQueries.enumFilter("filter-kind", "Any kind",
            JurisdictionKind.values());
    private final Select<PublicationState> publication = GridQueries.enumFilter("filter-publication",
            "Drafts and published", PublicationState.values());
    private JurisdictionFilter filter = JurisdictionFilter.NONE;
    private boolean readingUrl;
    private transient CompletableFuture<Void> pendingCount;

    /** The public stance of the rows on the pages loaded so far, derived a page at a time. */
    private final Map<Long, Stance> stances = new java.util.HashMap<>();

    public JurisdictionListView(JurisdictionService service, PolicyPositionService positions, Clock clock) {
        this.service = service;
        setSizeFull();
        grid.setId("jurisdictions");
        grid.addColumn(Jurisdiction::getName).setHeader("Name").setSortProperty("name").setFlexGrow(2);
        grid.addColumn(Jurisdiction::getSlug).setHeader("Slug").setSortProperty("slug");
        grid.addColumn(j -> j.getKind().label()).setHeader("Kind").setSortProperty("kind");
        grid.addColumn(Jurisdiction::getStateCode).setHeader("State").setSortProperty("stateCode");
        grid.addColumn(Jurisdiction::getFips).setHeader("FIPS").setSortProperty("fips");
        grid.addColumn(j -> stances.getOrDefault(j.getId(), Stance.NO_DATA).label()).setKey("stance")
                .setHeader("Public stance").setTooltipGenerator(j -> stances.getOrDefault(j.getId(), Stance.NO_DATA).meaning());
        grid.addColumn(j -> j.getPublicationState().label()).setHeader("State of record").setSortProperty("publicationState");
        grid.setItems(query -> {
                    List<Jurisdiction> page = service.page(filter, query.getPage(), query.getPageSize(),
                            GridQueries.orders(query.getSortOrders()));
                    stances.putAll(positions.publicStances(page.stream().map(Jurisdiction::getId).toList(),
                            LocalDate.now(clock)));
                    return page.stream();
                },
                query -> (int) service.count(filter));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(JurisdictionEditorView.class,
                new RouteParameters("id", String.valueOf(e.getItem().getId()))));
        grid.setSizeFull();
        status.setId("jurisdiction-count");

        state.setId("filter-state");
        state.setPlaceholder("State (IL)");
        state.setMaxLength(2);
        state.setWidth("8em");
        state.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> filterChanged());
        state.addValueChangeListener(e -> filterChanged());
        kind.addValueChangeListener(e -> filterChanged());
        publication.addValueChangeListener(e -> filterChanged());

        Button create = new Button("New jurisdiction", e -> UI.getCurrent().navigate(JurisdictionEditorView.class,
                new RouteParameters("id", RecordEditorView.NEW)));
        create.setId("new-jurisdiction");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Exports exactly what the grid shows: its filter and sort, every page.
        Anchor export = new Anchor((DownloadHandler) event -> {
            event.setFileName("jurisdictions.csv");
            event.setContentType("text/csv; charset=utf-8");
            try (java.io.Writer out = new java.io.OutputStreamWriter(event.getOutputStream(),
                    java.nio.charset.StandardCharsets.UTF_8)) {
                service.exportCsv(filter, currentSort(), out);
            }
        }, AttachmentType.DOWNLOAD, "Export CSV");
        export.setId("export-csv");
        Button importCsv = new Button("Import CSV", e -> UI.getCurrent().navigate(JurisdictionImportView.class));
        importCsv.setId("import-csv");
        HorizontalLayout filters = new HorizontalLayout(search, state, kind, publication, create, importCsv, export);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H1("Jurisdictions"), status, filters, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        readingUrl = true;
        try {
            search.setValue(UrlQuery.first(params, "q"));
            state.setValue(UrlQuery.first(params, "state"));
            kind.setValue(UrlQuery.parse(JurisdictionKind.class, UrlQuery.first(params, "kind")));
            publication.setValue(UrlQuery.parse(PublicationState.class, UrlQuery.first(params, "publication")));
        } finally {
            readingUrl = false;
        }
        applyFilter();
    }

    private List<Sort.Order> currentSort() {
        return GridQueries.orders(grid.getSortOrder().stream()
                .flatMap(o -> o.getSorted().getSortOrder(o.getDirection())).toList());
    }

    private void filterChanged() {
        if (readingUrl) {
            return;
        }
        applyFilter();
        getUI().ifPresent(ui -> new UrlQuery().put("q", search.getValue()).put("state", state.getValue())
                .put("kind", kind.getValue()).put("publication", publication.getValue()).showIn(ui, "jurisdictions"));
    }

    private void applyFilter() {
        filter = new JurisdictionFilter(search.getValue(), state.getValue(), kind.getValue(), publication.getValue());
        grid.getDataProvider().refreshAll();
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
