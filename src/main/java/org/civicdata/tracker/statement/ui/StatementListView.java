package org.civicdata.tracker.statement.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
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
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.data.model.Sort;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.civicdata.tracker.common.PartialDate;
import org.civicdata.tracker.common.PublicationState;
import org.civicdata.tracker.statement.Statement;
import org.civicdata.tracker.statement.StatementFilter;
import org.civicdata.tracker.statement.StatementKind;
import org.civicdata.tracker.statement.StatementService;
import org.civicdata.tracker.staff.RecordEditorView;
import org.civicdata.tracker.staff.GridQueries;
import org.civicdata.tracker.staff.StaffLayout;
import org.civicdata.tracker.staff.UrlQuery;

/** All statements at /admin/statements: search quote text or speaker; filters in SQL and the URL. */
@Route(value = "statements", layout = StaffLayout.class)
@PageTitle("Statements · Policy tracker staff")
@Menu(title = "Statements", order = 20)
@PermitAll
@Prototype
public class StatementListView extends VerticalLayout implements BeforeEnterObserver {

    private final Grid<Statement> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<StatementKind> kind = GridQueries.enumFilter("filter-kind", "Quotes and paraphrases",
            StatementKind.values());
    private final Select<PublicationState> publication = GridQueries.enumFilter("filter-publication",
            "Drafts and published", PublicationState.values());
    private StatementFilter filter = StatementFilter.NONE;
    private boolean readingUrl;

    public StatementListView(StatementService service) {
        setSizeFull();
        grid.setId("statements");
        // Speakers repeat across rows: look each up once per view.
        Map<Long, String> speakerNames = new java.util.HashMap<>();
        grid.addColumn(s -> speakerNames.computeIfAbsent(s.getPersonId(),
                        id -> service.speaker(id).map(p -> p.getName()).orElse("?"))).setHeader("Speaker")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Statement::getText).setHeader("Quote or paraphrase").setFlexGrow(1);
        grid.addColumn(s -> String.valueOf(PartialDate.of(s.getSaidOn(), s.getSaidPrecision()) == null ? "—"
                : PartialDate.of(s.getSaidOn(), s.getSaidPrecision()))).setHeader("Said").setSortProperty("saidOn")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.getKind().name()).setHeader("Kind").setSortProperty("kind").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.getPublicationState().name()).setHeader("State of record")
                .setSortProperty("publicationState").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> service.page(filter, query.getPage(), query.getPageSize(), GridQueries.orders(query.getSortOrders())).stream(),
                query -> (int) service.count(filter));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(StatementEditorView.class,
                new RouteParameters("id", String.valueOf(e.getItem().getId()))));
        grid.setSizeFull();

        search.setId("search");
        search.setPlaceholder("Search quote or speaker");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("20em");
        search.addValueChangeListener(e -> filterChanged());
        kind.addValueChangeListener(e -> filterChanged());
        publication.addValueChangeListener(e -> filterChanged());
        Button create = new Button("New statement", e -> UI.getCurrent().navigate(StatementEditorView.class,
                new RouteParameters("id", RecordEditorView.NEW)));
        create.setId("new-statement");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importCsv = new Button("Import CSV", e -> UI.getCurrent().navigate(StatementImportView.class));
        importCsv.setId("import-csv");
        HorizontalLayout filters = new HorizontalLayout(search, kind, publication, create, importCsv);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H1("Statements"), filters, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        readingUrl = true;
        try {
            search.setValue(UrlQuery.first(params, "q"));
            kind.setValue(UrlQuery.parse(StatementKind.class, UrlQuery.first(params, "kind")));
            publication.setValue(UrlQuery.parse(PublicationState.class, UrlQuery.first(params, "publication")));
        } finally {
            readingUrl = false;
        }
        applyFilter();
    }

    private void filterChanged() {
        if (readingUrl) {
            return;
        }
        applyFilter();
        getUI().ifPresent(ui -> new UrlQuery().put("q", search.getValue()).put("kind", kind.getValue())
                .put("publication", publication.getValue()).showIn(ui, "statements"));
    }

    private void applyFilter() {
        filter = new StatementFilter(search.getValue(), kind.getValue(), publication.getValue());
        grid.getDataProvider().refreshAll();
    }

}
