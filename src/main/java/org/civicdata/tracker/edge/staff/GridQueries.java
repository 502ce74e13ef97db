package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.core.common.PartialDate;

/** What the staff lists share: the grid's sort handed to SQL, optional enum filters, how values and times show. */
public final class GridQueries {

    /** A moment as staff grids show it: in UTC, to the minute ("2026-12-03 14:07"). */
    public static final DateTimeFormatter UTC_MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    /** A moment in UTC to the second, where rows within a minute are told apart (changes, sign-ins). */
    public static final DateTimeFormatter UTC_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private GridQueries() {}

    /** A moment as {@link #UTC_MINUTES} shows it (a record's last change, say); "" for none. */
    public static String minutes(@Nullable java.time.Instant at) {
        return at == null ? "" : UTC_MINUTES.format(at);
    }

    /** The grid's sort orders as Micronaut Data orders (services keep only the properties they allow). */
    public static List<Sort.Order> orders(List<QuerySortOrder> sortOrders) {
        return sortOrders.stream()
                .map(o -> o.getDirection() == SortDirection.ASCENDING
                        ? Sort.Order.asc(o.getSorted())
                        : Sort.Order.desc(o.getSorted()))
                .toList();
    }

    /** A list's search box ({@code id="search"}): searches as the user pauses typing. */
    public static com.vaadin.flow.component.textfield.TextField searchBox(String hint) {
        com.vaadin.flow.component.textfield.TextField search = new com.vaadin.flow.component.textfield.TextField();
        search.setId("search");
        search.setPlaceholder(hint);
        search.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("20em");
        return search;
    }

    /** A value as a grid shows it: "" for none, a decimal written in full (1000, not 1E+3). */
    public static String text(@Nullable Object value) {
        if (value instanceof java.math.BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value == null ? "" : value.toString();
    }

    /** A date with precision as a grid shows it: as precise as its source, or "—" when unknown. */
    public static String dateText(LocalDate start, DatePrecision precision) {
        return dateText(start, precision, false);
    }

    /** A date as a grid shows it, marked "(inferred)" when it was inferred (from its source's date, say). */
    public static String dateText(LocalDate start, DatePrecision precision, boolean inferred) {
        PartialDate date = PartialDate.of(start, precision);
        return date == null ? "—" : date + (inferred ? " (inferred)" : "");
    }

    /** A filter that may be left empty ("any"), choosing among an enum's values, shown by their labels. */
    @SafeVarargs
    public static <E extends Enum<E>> Select<E> enumFilter(String id, String anyLabel, E... values) {
        Select<E> select = new Select<>();
        select.setId(id);
        select.setPlaceholder(anyLabel);
        select.setEmptySelectionAllowed(true);
        select.setItems(values);
        select.setItemLabelGenerator(org.civicdata.tracker.core.common.Coded::labelOf);
        return select;
    }
}
