package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.data.model.Sort;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.civicdata.tracker.core.common.Coded;
import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.core.common.FilterSpec;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.PublishableRecord;
import org.civicdata.tracker.core.editing.FilteredRecordsOfType;

/**
 * A staff list with a search box and filters (each choosing among an enum's values, or a short text),
 * all kept in the URL ({@code ?q=...&name=VALUE}); a lazily loaded grid, filtered and sorted in SQL by
 * the type's service; rows open the editor; a "New" button; "Export CSV". The lists of jurisdictions
 * and of the records attached to them have the publication-state filter; people and sources have the
 * search box alone.
 */
public abstract class FilteredListView<T extends PublishableRecord> extends VerticalLayout
        implements BeforeEnterObserver, HasDynamicTitle {

    /** The search text and the value chosen in each filter (absent: any), by the filter's URL name. */
    public record Choices(String text, Map<String, Object> chosen) {
        public <V> V get(String name, Class<V> type) {
            return type.cast(chosen.get(name));
        }

        public PublicationState publication() {
            return get(PUBLICATION, PublicationState.class);
        }
    }

    /** A CSV other than the grid's columns, of the rows the grid shows now (their choices and sort). */
    public interface Export {
        void write(Choices choices, List<Sort.Order> orders, Writer out) throws IOException;
    }

    /** A filter's field, and how the URL's text for it becomes its value. */
    private record UrlFilter(HasValue<?, ?> field, Function<String, Object> fromUrl) {
        @SuppressWarnings("unchecked")
        void read(String text) {
            ((HasValue<?, Object>) field).setValue(fromUrl.apply(text));
        }

        /** The value chosen; null for none (an empty text included). */
        Object value() {
            Object value = field.getValue();
            return value instanceof String text && text.isBlank() ? null : value;
        }
    }

    public static final String PUBLICATION = "publication";

    protected final Grid<T> grid = new Grid<>();
    private final GridCsvExport<T> export = new GridCsvExport<>(grid);
    private final TextField search;
    private final Button create;
    private Component exportLink;
    private final Map<String, UrlFilter> filters = new LinkedHashMap<>();
    private final HorizontalLayout bar = new HorizontalLayout();
    private final String route;
    private Choices choices = new Choices("", Map.of());
    private final UrlQuery.Reader fromUrl = new UrlQuery.Reader();

    /**
     * The list's title is its {@code @Menu} title and its route its {@code @Route} value: each said once,
     * on the subclass.
     *
     * @param records the type's service, which pages and counts in SQL by its filter
     * @param filter  the service's filter for the choices made in the list
     */
    protected <F extends FilterSpec.Filter<T>> FilteredListView(
            String searchHint,
            String newLabel,
            Class<? extends Component> editor,
            FilteredRecordsOfType<T, F> records,
            Function<Choices, F> filter) {
        this.route = getClass().getAnnotation(Route.class).value();
        this.search = GridQueries.searchBox(searchHint);
        setSizeFull();
        grid.setId(route);
        grid.setItems(
                q -> {
                    List<T> page = records.page(
                            filter.apply(choices), q.getPage(), q.getPageSize(), GridQueries.orders(q.getSortOrders()));
                    loaded(page);
                    return page.stream();
                },
                q -> (int) records.count(filter.apply(choices)));
        grid.addItemClickListener(e -> UI.getCurrent()
                .navigate(
                        editor.asSubclass(Component.class),
                        new RouteParameters("id", String.valueOf(e.getItem().getId()))));
        grid.setSizeFull();
        search.addValueChangeListener(e -> filterChanged());
        create = new Button(
                newLabel,
                e -> UI.getCurrent()
                        .navigate(editor.asSubclass(Component.class), new RouteParameters("id", RecordEditorView.NEW)));
        create.setId("new-record");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        exportLink = export.anchor(
                route + ".csv", (page, size) -> records.page(filter.apply(choices), page, size, currentSort()));
        bar.add(search, create, exportLink);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        add(new H1(title()), bar, grid);
    }

    /** The list's title: its menu entry's. */
    private String title() {
        return getClass().getAnnotation(Menu.class).title();
    }

    /** The browser tab's title: the list's, then the app's (as every staff view's). */
    @Override
    public String getPageTitle() {
        return title() + " · Policy tracker staff";
    }

    /** Adds a column to the grid and to its CSV export. */
    protected Grid.Column<T> column(String header, ValueProvider<T, ?> value) {
        return export.column(header, value);
    }

    /** A column of text (or a number, written in full): "" when there is none. */
    protected Grid.Column<T> textColumn(String header, Function<T, ?> value) {
        return column(header, r -> GridQueries.text(value.apply(r)));
    }

    /** A text column the grid sorts (in SQL) by this property. */
    protected Grid.Column<T> textColumn(String header, Function<T, ?> value, String sortProperty) {
        return textColumn(header, value).setSortProperty(sortProperty);
    }

    /** A date as precise as its source ("2018-01", "—" when unknown), sorted by its start; as wide as it needs. */
    protected Grid.Column<T> dateColumn(
            String header, Function<T, LocalDate> start, Function<T, DatePrecision> precision, String sortProperty) {
        return dateColumn(header, start, precision, r -> false, sortProperty);
    }

    /** A date column whose dates may be inferred (from the source's date): "2017 (inferred)". */
    protected Grid.Column<T> dateColumn(
            String header,
            Function<T, LocalDate> start,
            Function<T, DatePrecision> precision,
            Predicate<T> inferred,
            String sortProperty) {
        return column(header, r -> GridQueries.dateText(start.apply(r), precision.apply(r), inferred.test(r)))
                .setSortProperty(sortProperty)
                .setAutoWidth(true);
    }

    /** A coded value (a status, a kind) by its label ("" for none), sorted by its code; as wide as it needs. */
    protected Grid.Column<T> codedColumn(String header, Function<T, ? extends Coded> code, String sortProperty) {
        return column(header, r -> Coded.labelOf(code.apply(r)))
                .setSortProperty(sortProperty)
                .setAutoWidth(true);
    }

    /** The name of the record a row refers to by id (its jurisdiction, its speaker), looked up once per id. */
    protected Grid.Column<T> nameColumn(String header, Function<T, Long> id, Function<Long, String> name) {
        return nameColumn(header, id, name, r -> "");
    }

    /** A referred-to record's name, or {@code otherwise} for a row that refers to none (a letter's recipients). */
    protected Grid.Column<T> nameColumn(
            String header, Function<T, Long> id, Function<Long, String> name, Function<T, String> otherwise) {
        Map<Long, String> known = new HashMap<>();
        return column(header, r -> {
            Long ref = id.apply(r);
            return ref == null ? otherwise.apply(r) : known.computeIfAbsent(ref, name);
        });
    }

    /** The "State of record" column, sortable: every list with the publication filter has it, last. */
    protected Grid.Column<T> publicationColumn() {
        return codedColumn("State of record", PublishableRecord::getPublicationState, "publicationState");
    }

    /** Adds a filter, kept in the URL as {@code ?name=VALUE}; its component id is {@code filter-name}. */
    @SafeVarargs
    protected final <E extends Enum<E>> void addFilter(String name, String anyLabel, Class<E> type, E... values) {
        addFilter(
                name,
                GridQueries.enumFilter(
                        "filter-" + name, anyLabel, values.length == 0 ? type.getEnumConstants() : values),
                text -> UrlQuery.parse(type, text));
    }

    /** Adds a text filter (a state code, say), kept in the URL as {@code ?name=text}; its id is {@code filter-name}. */
    protected TextField addTextFilter(String name, String placeholder) {
        TextField field = new TextField();
        field.setId("filter-" + name);
        field.setPlaceholder(placeholder);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        addFilter(name, field, text -> text);
        return field;
    }

    private void addFilter(String name, HasValue<?, ?> field, Function<String, Object> fromUrl) {
        field.addValueChangeListener(e -> filterChanged());
        filters.put(name, new UrlFilter(field, fromUrl));
        bar.addComponentAtIndex(bar.indexOf(create), (Component) field);
    }

    /** The publication-state filter ({@code ?publication=DRAFT}); call after the type's own filters. */
    protected void addPublicationFilter() {
        addFilter(PUBLICATION, "Drafts and published", PublicationState.class);
    }

    /** Puts an "Import CSV" button ({@code id="import-csv"}) opening this import view in the bar, after "New". */
    protected void addImportButton(Class<? extends Component> importView) {
        Button importCsv = new Button("Import CSV", e -> UI.getCurrent().navigate(importView));
        importCsv.setId("import-csv");
        bar.addComponentAtIndex(bar.indexOf(create) + 1, importCsv);
    }

    /** The "New" button's id ({@code new-record} unless a list says otherwise). */
    protected void setNewButtonId(String id) {
        create.setId(id);
    }

    /** "Export CSV" writes this file instead of the grid's columns (the jurisdictions' import layout). */
    protected void exportInstead(String fileName, Export csv) {
        Component replacement = GridCsvExport.download(fileName, out -> csv.write(choices, currentSort(), out));
        bar.replace(exportLink, replacement);
        exportLink = replacement;
    }

    /** Called with each page the grid loads, before it is shown (to derive what its columns show). */
    protected void loaded(List<T> page) {}

    /** The grid's current sort, as the service takes it. */
    private List<Sort.Order> currentSort() {
        return GridQueries.orders(grid.getSortOrder().stream()
                .flatMap(o -> o.getSorted().getSortOrder(o.getDirection()))
                .toList());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        fromUrl.read(event, param -> {
            search.setValue(param.apply("q"));
            filters.forEach((name, filter) -> filter.read(param.apply(name)));
        });
        applyFilter();
    }

    private void filterChanged() {
        if (fromUrl.isReading()) {
            return;
        }
        applyFilter();
        getUI().ifPresent(ui -> {
            UrlQuery url = new UrlQuery().put("q", search.getValue());
            filters.forEach((name, filter) -> url.put(name, filter.value()));
            url.showIn(ui, route);
        });
    }

    private void applyFilter() {
        Map<String, Object> chosen = new HashMap<>();
        filters.forEach((name, filter) -> {
            if (filter.value() != null) {
                chosen.put(name, filter.value());
            }
        });
        choices = new Choices(search.getValue(), chosen);
        grid.getDataProvider().refreshAll();
    }
}
