package org.civicdata.tracker.staff;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.function.ToLongFunction;
import org.civicdata.tracker.common.PublishableRecord;

/**
 * A staff list with one search box (kept in the URL as {@code ?q=}), a lazily loaded grid that opens
 * the editor on click, and a "New" button. For record types whose lists need nothing more.
 */
public abstract class SearchableListView<T extends PublishableRecord> extends VerticalLayout
        implements BeforeEnterObserver {

    /** One page of rows for a search text. */
    public interface PageSource<T> {
        List<T> page(String text, int page, int size);
    }

    protected final Grid<T> grid = new Grid<>();
    private final GridCsvExport<T> export = new GridCsvExport<>(grid);
    private final TextField search;
    private final String route;
    private boolean readingUrl;

    protected SearchableListView(String title, String route, String searchHint, String newLabel,
                                 Class<? extends Component> editor, PageSource<T> rows, ToLongFunction<String> count) {
        this.route = route;
        this.search = GridQueries.searchBox(searchHint);
        setSizeFull();
        grid.setId(route);
        grid.setItems(q -> rows.page(search.getValue(), q.getPage(), q.getPageSize()).stream(),
                q -> (int) count.applyAsLong(search.getValue()));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(editor.asSubclass(Component.class),
                new RouteParameters("id", String.valueOf(e.getItem().getId()))));
        grid.setSizeFull();
        search.addValueChangeListener(e -> {
            grid.getDataProvider().refreshAll();
            if (!readingUrl) {
                getUI().ifPresent(ui -> new UrlQuery().put("q", search.getValue()).showIn(ui, route));
            }
        });
        Button create = new Button(newLabel, e -> UI.getCurrent().navigate(editor.asSubclass(Component.class),
                new RouteParameters("id", RecordEditorView.NEW)));
        create.setId("new-record");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(search, create,
                export.anchor(route + ".csv", (page, size) -> rows.page(search.getValue(), page, size)));
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H1(title), bar, grid);
    }

    /** Adds a column to the grid and to its CSV export. */
    protected Grid.Column<T> column(String header, com.vaadin.flow.function.ValueProvider<T, ?> value) {
        return export.column(header, value);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        readingUrl = true;
        try {
            search.setValue(UrlQuery.first(event.getLocation().getQueryParameters().getParameters(), "q"));
        } finally {
            readingUrl = false;
        }
    }
}
