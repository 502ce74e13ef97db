package org.civicdata.tracker.edge.site;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicdata.tracker.core.audit.DataVersion;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.edge.opendata.PublicQuery;
import org.civicdata.tracker.edge.opendata.PublicResponses;

/**
 * The public "What changed" page ({@code /changes?from=2018-01-01&to=2018-12-31&state=CA&page=2}):
 * {@link WhatChanged} compares, {@link ChangesPage} draws. Without dates, the last twelve months up
 * to today. Plain links and a GET form; cached and revalidated like the other pages.
 */
@Controller("/changes")
@Hidden
public class ChangesPageController {

    private static final Set<String> PARAMETERS = Set.of("from", "to", "state", "page");

    private final WhatChanged changes;
    private final PublicResponses responses;
    private final DataVersion dataVersion;
    private final Clock clock;

    ChangesPageController(WhatChanged changes, PublicResponses responses, DataVersion dataVersion, Clock clock) {
        this.changes = changes;
        this.responses = responses;
        this.dataVersion = dataVersion;
        this.clock = clock;
    }

    /** The window asked for: after {@code from}, up to and including {@code to}, in one state or all. */
    record Window(LocalDate from, LocalDate to, @Nullable String state, int page) {

        /** The window's parameters in a fixed order, without the page. */
        String query() {
            return "from=" + from + "&to=" + to + (state == null ? "" : "&state=" + state);
        }
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<?> changes(HttpRequest<?> request) {
        Window window = window(request.getParameters().asMap(), LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        return responses.respond(
                request,
                HomePageController.HTML,
                () -> ChangesPage.render(
                        changes, changes.between(window.from(), window.to(), window.state()), window, dataVersion));
    }

    /** Parses the parameters strictly: an unknown or repeated one, a bad date, or from after to is a 400 naming it. */
    static Window window(Map<String, List<String>> given, LocalDate today) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : given.entrySet()) {
            if (!PARAMETERS.contains(e.getKey())) {
                throw new InvalidInputException(
                        e.getKey(),
                        "Unknown parameter '" + e.getKey() + "'. This address takes from, to, state and page.");
            }
            List<String> set = e.getValue().stream().filter(v -> !v.isBlank()).toList();
            if (set.size() > 1) {
                throw new InvalidInputException(e.getKey(), "Parameter '" + e.getKey() + "' was given more than once.");
            }
            if (!set.isEmpty()) {
                values.put(e.getKey(), set.get(0).strip());
            }
        }
        LocalDate to = date("to", values.get("to"));
        LocalDate from = date("from", values.get("from"));
        to = to != null ? to : from != null && from.isAfter(today) ? from : today;
        from = from != null ? from : to.minusYears(1);
        if (from.isAfter(to)) {
            throw new InvalidInputException(
                    "from", "Parameter 'from' (" + from + ") must not be after 'to' (" + to + ").");
        }
        String state = values.containsKey("state")
                ? PublicQuery.parse(Map.of("state", List.of(values.get("state"))))
                        .state()
                : null;
        List<String> page = values.containsKey("page") ? List.of(values.get("page")) : null;
        return new Window(from, to, state, TablePageController.page(page));
    }

    private static @Nullable LocalDate date(String name, @Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            // named below
        }
        throw new InvalidInputException(
                name, "Parameter '" + name + "' must be a date written YYYY-MM-DD, not '" + text + "'.");
    }
}
