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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.data.model.Sort;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.civicdata.tracker.common.PublicationState;
import org.civicdata.tracker.common.PublishableRecord;

/**
 * A staff list with a search box and filters that each choose among an enum's values, all kept in
 * the URL ({@code ?q=...&name=VALUE}); a lazily loaded grid, filtered and sorted in SQL by the type's
 * service; rows open the editor; a "New" button. Every such list has the publication-state filter.
 */
public abstract class FilteredListView<T extends PublishableRecord> extends VerticalLayout
        implements BeforeEnterObserver {

    /** The search text and the value chosen in each filter (absent: any), by the filter's URL name. */
    public record Choices(String text, Map<String, Enum<?>> chosen) {
        public <E extends Enum<E>> E get(String name, Class<E> type) {
            return type.cast(chosen.get(name));
        }

        public PublicationState publication() {
            return get(PUBLICATION, PublicationState.class);
        }
    }

    /** What the type's service answers for the grid. */
    public interface Rows<T> {
        List<T> page(Choices choices, int page, int size, List<Sort.Order> orders);

        long count(Choices choices);

        /** Rows from a service that pages and counts by its own filter type, made from the choices. */
        static <F, T> Rows<T> of(Function<Choices, F> filter, Pager<F, T> pager, ToLongFunction<F> counter) {
            return new Rows<>() {
                @Override
                public List<T> page(Choices choices, int page, int size, List<Sort.Order> orders) {
                    return pager.page(filter.apply(choices), page, size, orders);
                }

                @Override
                public long count(Choices choices) {
                    return counter.applyAsLong(filter.apply(choices));
                }
            };
        }
    }

    /** A service's page method: {@code page(filter, page, size, orders)}. */
    public interface Pager<F, T> {
        List<T> page(F filter, int page, int size, List<Sort.Order> orders);
    }

    public static final String PUBLICATION = "publication";

    protected final Grid<T> grid = new Grid<>();
    private final GridCsvExport<T> export = new GridCsvExport<>(grid);
    private final TextField search;
    private final Map<String, Select<? extends Enum<?>>> filters = new LinkedHashMap<>();
    private final Map<String, Class<? extends Enum<?>>> filterTypes = new HashMap<>();
    private final HorizontalLayout bar = new HorizontalLayout();
    private final String route;
    private Choices choices = new Choices("", Map.of());
    private boolean readingUrl;

    protected FilteredListView(String title, String route, String searchHint, String newLabel,
                               Class<? extends Component> editor, Rows<T> rows) {
        this.route = route;
        this.search = GridQueries.searchBox(searchHint);
        setSizeFull();
        grid.setId(route);
        grid.setItems(q -> rows.page(choices, q.getPage(), q.getPageSize(), GridQueries.orders(q.getSortOrders())).stream(),
                q -> (int) rows.count(choices));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(editor.asSubclass(Component.class),
                new RouteParameters("id", String.valueOf(e.getItem().getId()))));
        grid.setSizeFull();
        search.addValueChangeListener(e -> filterChanged());
        Button create = new Button(newLabel, e -> UI.getCurrent().navigate(editor.asSubclass(Component.class),
                new RouteParameters("id", RecordEditorView.NEW)));
        create.setId("new-record");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        bar.add(search, create, export.anchor(route + ".csv",
                (page, size) -> rows.page(choices, page, size, GridQueries.orders(grid.getSortOrder().stream()
                        .flatMap(o -> o.getSorted().getSortOrder(o.getDirection())).toList()))));
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        add(new H1(title), bar, grid);
    }

    /** Adds a column to the grid and to its CSV export. */
    protected Grid.Column<T> column(String header, com.vaadin.flow.function.ValueProvider<T, ?> value) {
        return export.column(header, value);
    }

    /** Adds a filter, kept in the URL as {@code ?name=VALUE}; its component id is {@code filter-name}. */
    @SafeVarargs
    protected final <E extends Enum<E>> void addFilter(String name, String anyLabel, Class<E> type, E... values) {
        Select<E> select = GridQueries.enumFilter("filter-" + name, anyLabel,
                values.length == 0 ? type.getEnumConstants() : values);
        select.addValueChangeListener(e -> filterChanged());
        filters.put(name, select);
        filterTypes.put(name, type);
        bar.addComponentAtIndex(bar.getComponentCount() - 2, select);
    }

    /** The publication-state filter ({@code ?publication=DRAFT}); call after the type's own filters. */
    protected void addPublicationFilter() {
        addFilter(PUBLICATION, "Drafts and published", PublicationState.class);
    }

    /** A lookup (a jurisdiction's name by id) made once per id while the view lives: rows repeat them. */
    protected static Function<Long, String> cached(Function<Long, String> lookup) {
        Map<Long, String> known = new HashMap<>();
        return id -> known.computeIfAbsent(id, lookup);
    }

    /** Puts a component (a link to an import, say) in the bar, after the "New" button. */
    protected void addToBar(Component component) {
        bar.add(component);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        readingUrl = true;
        try {
            search.setValue(UrlQuery.first(params, "q"));
            filters.forEach((name, select) -> setFromUrl(select, filterTypes.get(name), UrlQuery.first(params, name)));
        } finally {
            readingUrl = false;
        }
        applyFilter();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void setFromUrl(Select select, Class type, String value) {
        select.setValue(UrlQuery.parse(type, value));
    }

    private void filterChanged() {
        if (readingUrl) {
            return;
        }
        applyFilter();
        getUI().ifPresent(ui -> {
            UrlQuery url = new UrlQuery().put("q", search.getValue());
            filters.forEach((name, select) -> url.put(name, select.getValue()));
            url.showIn(ui, route);
        });
    }

    private void applyFilter() {
        Map<String, Enum<?>> chosen = new HashMap<>();
        filters.forEach((name, select) -> {
            if (select.getValue() != null) {
                chosen.put(name, select.getValue());
            }
        });
        choices = new Choices(search.getValue(), chosen);
        grid.getDataProvider().refreshAll();
    }
}
