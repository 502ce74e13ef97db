package org.civicdata.tracker.edge.site;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicdata.tracker.core.audit.DataVersion;
import org.civicdata.tracker.edge.opendata.PublicQuery;
import org.civicdata.tracker.record.jurisdiction.DatedRecordRepository;
import org.civicdata.tracker.record.jurisdiction.StateChangeDate;
import org.jsoup.nodes.Element;

/**
 * The map over time (issue 11): the dates where something changed on the map (the distinct own dates
 * of the published records of its jurisdictions and the effective dates of their status changes, up to
 * today, thinned to at most {@link #MAX_STEPS}),
 * drawn as a stepper of links to {@code ?asOf=} dates that keep the page's other parameters (first,
 * previous, next, latest), so it works without a script; {@code /assets/map-time.js} adds a slider
 * over the same dates and Play/Pause, redrawing the map in place. Every state's dates are read at once,
 * once per data version and day.
 */
@Singleton
class MapTimeControl {

    /** At most this many steps: more dates are thinned to the last of each month, then quarter, then year. */
    static final int MAX_STEPS = 100;

    /** Every state's dates (and the whole map's, under null), read once per data version and day. */
    private record Kept(long version, LocalDate today, Map<String, List<LocalDate>> byState) {}

    private static final String WHOLE_MAP = "";

    private final DatedRecordRepository dated;
    private final DataVersion dataVersion;
    private final Clock clock;
    private volatile Kept kept;

    MapTimeControl(DatedRecordRepository dated, DataVersion dataVersion, Clock clock) {
        this.dated = dated;
        this.dataVersion = dataVersion;
        this.clock = clock;
    }

    /** The steps of the map of {@code state} (null: every state), oldest first. */
    List<LocalDate> steps(@Nullable String state) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        OptionalLong version = dataVersion.rendering();
        String key = state == null ? WHOLE_MAP : state;
        if (version.isEmpty()) {
            return read(today).getOrDefault(key, List.of());
        }
        Kept now = kept;
        if (now == null || now.version() != version.getAsLong() || !now.today().equals(today)) {
            synchronized (this) { // one render reads them, the others wait for it
                now = kept;
                if (now == null
                        || now.version() != version.getAsLong()
                        || !now.today().equals(today)) {
                    now = new Kept(version.getAsLong(), today, read(today));
                    kept = now;
                }
            }
        }
        return now.byState().getOrDefault(key, List.of());
    }

    /** Every state's steps and the whole map's, from one reading. */
    private Map<String, List<LocalDate>> read(LocalDate today) {
        List<StateChangeDate> pairs = dated.changeDates(today);
        Map<String, List<LocalDate>> byState = pairs.stream()
                .collect(Collectors.groupingBy(
                        StateChangeDate::stateCode,
                        Collectors.collectingAndThen(
                                Collectors.mapping(StateChangeDate::datedOn, Collectors.toCollection(TreeSet::new)),
                                dates -> thin(List.copyOf(dates)))));
        Map<String, List<LocalDate>> all = new HashMap<>(byState);
        all.put(
                WHOLE_MAP,
                thin(pairs.stream()
                        .map(StateChangeDate::datedOn)
                        .distinct()
                        .sorted()
                        .toList()));
        return Map.copyOf(all);
    }

    /** The dates as they are when few; else the last of each month, else quarter, else year, else evenly spaced. */
    static List<LocalDate> thin(List<LocalDate> dates) {
        if (dates.size() <= MAX_STEPS) {
            return List.copyOf(dates);
        }
        List<LocalDate> byMonth = lastOfEach(dates, YearMonth::from);
        if (byMonth.size() <= MAX_STEPS) {
            return byMonth;
        }
        List<LocalDate> byQuarter = lastOfEach(dates, d -> d.getYear() * 4 + (d.getMonthValue() - 1) / 3);
        if (byQuarter.size() <= MAX_STEPS) {
            return byQuarter;
        }
        List<LocalDate> byYear = lastOfEach(dates, LocalDate::getYear);
        if (byYear.size() <= MAX_STEPS) {
            return byYear;
        }
        List<LocalDate> even = new ArrayList<>();
        for (int i = 0; i < MAX_STEPS; i++) {
            even.add(byYear.get((int) ((long) (byYear.size() - 1) * i / (MAX_STEPS - 1))));
        }
        return List.copyOf(even);
    }

    private static List<LocalDate> lastOfEach(List<LocalDate> dates, Function<LocalDate, Object> period) {
        return dates.stream()
                .collect(Collectors.toMap(period, d -> d, (a, b) -> b, java.util.LinkedHashMap::new))
                .values()
                .stream()
                .toList();
    }

    /**
     * The control for the map of {@code query}: where the shown date is among the steps, and links to the
     * first, previous, next and latest (today: no date). The steps go in {@code data-steps} for the script.
     */
    static void render(Element parent, List<LocalDate> steps, PublicQuery query) {
        if (steps.isEmpty()) {
            return;
        }
        LocalDate shown = query.asOf();
        parent.ownerDocument()
                .head()
                .appendElement("script")
                .attr("src", "/assets/map-time.js")
                .attr("defer", true);
        Element nav = parent.appendElement("nav")
                .addClass("time")
                .attr("aria-label", "The map over time")
                .attr("data-steps", steps.stream().map(LocalDate::toString).collect(Collectors.joining(" ")));
        LocalDate previous = null;
        LocalDate next = null;
        int at = 0;
        for (LocalDate step : steps) {
            if (shown == null || step.isBefore(shown)) {
                previous = step;
            }
            if (shown != null && !step.isAfter(shown)) {
                at++;
            }
            if (next == null && shown != null && step.isAfter(shown)) {
                next = step;
            }
        }
        nav.appendElement("p")
                .addClass("time-now")
                .attr("aria-live", "polite")
                .text(
                        shown == null
                                ? "Shown: today, after all " + steps.size() + " dates where something changed."
                                : "Shown: as of " + shown + ", date " + at + " of the " + steps.size()
                                        + " where something changed.");
        Element links = nav.appendElement("p").addClass("time-steps");
        link(
                links,
                query,
                steps.get(0),
                "First (" + steps.get(0) + ")",
                null,
                shown != null && !shown.isAfter(steps.get(0)));
        link(
                links,
                query,
                previous,
                previous == null ? "Previous" : "Previous (" + previous + ")",
                "prev",
                previous == null);
        link(links, query, next, next == null ? "Next" : "Next (" + next + ")", "next", next == null);
        link(links, query, null, "Latest (today)", null, shown == null);
        if (shown != null && previous != null) {
            links.appendElement("a")
                    .addClass("time-diff")
                    .attr(
                            "href",
                            "/changes?from=" + previous + "&to=" + shown
                                    + (query.state() == null ? "" : "&state=" + query.state()))
                    .text("What changed since " + previous);
        }
    }

    /** A step's link, or its words alone when there is no such step. */
    private static void link(
            Element parent, PublicQuery q, @Nullable LocalDate asOf, String text, @Nullable String rel, boolean none) {
        if (none) {
            parent.appendElement("span").addClass("time-none").text(text);
            return;
        }
        String filters = new PublicQuery(
                        q.stance(), q.policy(), q.letter(), q.threat(), q.state(), q.kind(), q.q(), asOf)
                .toQueryString();
        Element a = parent.appendElement("a")
                .attr("href", "/" + (filters.isEmpty() ? "" : "?" + filters))
                .text(text);
        if (rel != null) {
            a.attr("rel", rel);
        }
    }
}
