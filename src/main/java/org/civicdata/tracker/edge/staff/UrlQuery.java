package org.civicdata.tracker.edge.staff;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** A staff list's filter kept in its URL (?q=...&state=...), so a view can be bookmarked and shared. */
public final class UrlQuery {

    private final Map<String, String> values = new LinkedHashMap<>();

    /** The first value of a query parameter, or "" when absent. */
    public static String first(Map<String, List<String>> params, String name) {
        List<String> found = params.get(name);
        return found == null || found.isEmpty() ? "" : found.get(0);
    }

    /** The enum constant named by the text, or null (an unknown value in a URL is ignored). */
    public static <E extends Enum<E>> E parse(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return null;
    }

    /** Puts a value (an enum by its name), unless it is null or blank. */
    public UrlQuery put(String name, Object value) {
        String text = value instanceof Enum<?> constant ? constant.name() : value == null ? null : value.toString();
        if (text != null && !text.isBlank()) {
            values.put(name, text);
        }
        return this;
    }

    /** Replaces the browser's URL without navigating. */
    public void showIn(UI ui, String route) {
        ui.getPage().getHistory().replaceState(null, new Location(route, QueryParameters.simple(values)));
    }

    /**
     * A view's filters set from its URL on entering. While they are set, {@link #isReading} is true,
     * so the view's change listeners do not write the URL back or refresh once per filter.
     */
    public static final class Reader {

        private boolean reading;

        /** Hands each query parameter's first value ("" when absent) to {@code setFilters}. */
        public void read(BeforeEnterEvent event, Consumer<Function<String, String>> setFilters) {
            Map<String, List<String>> params =
                    event.getLocation().getQueryParameters().getParameters();
            reading = true;
            try {
                setFilters.accept(name -> first(params, name));
            } finally {
                reading = false;
            }
        }

        public boolean isReading() {
            return reading;
        }
    }
}
