package org.civicdata.tracker.edge.site;

import java.lang.ref.WeakReference;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.civicdata.tracker.core.common.Coded;
import org.civicdata.tracker.core.common.UsState;
import org.civicdata.tracker.edge.opendata.PublicQuery;
import org.civicdata.tracker.edge.opendata.ResponseShapes.JurisdictionSummary;
import org.civicdata.tracker.infra.map.UsAtlas;
import org.civicdata.tracker.record.dojletter.LetterStatus;
import org.civicdata.tracker.record.funding.ThreatStatus;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.policy.PolicyValue;
import org.civicdata.tracker.record.policy.PolicyVariable;
import org.civicdata.tracker.record.policy.Stance;
import org.jsoup.nodes.Element;

/**
 * The map page's content, from the listed jurisdictions (no database, no request: {@link
 * HomePageController} fetches, this draws): filters (a plain GET form, so the URL holds them), the
 * map, its legend, and the same jurisdictions as a table. Up to {@link MapSvg#DETAIL_LIMIT} the
 * national map draws every jurisdiction; above, it shades each state by its count, each state a
 * link to its own map ({@code /?state=CA}), and the table lists the states, the full table a link away.
 */
final class MapPage {

    /** Up to this many jurisdictions the map can not place are named under it; more are counted. */
    static final int UNPLACED_NAMED = 20;

    private MapPage() {}

    /**
     * The page for {@code query}: {@code all} the published jurisdictions (for the state filter's
     * choices and the totals), {@code items} those the query lists.
     */
    static byte[] render(
            UsAtlas atlas,
            List<JurisdictionSummary> all,
            List<JurisdictionSummary> items,
            PublicQuery query,
            List<LocalDate> timeSteps,
            Optional<Instant> lastChange) {
        SitePage page = new SitePage(
                        SitePage.SITE_NAME + ": sanctuary policies, DOJ letters and funding threats",
                        "A map of US jurisdictions' sanctuary policies, Department of Justice letters, federal funding threats "
                                + "and officials' statements, each value with its source.")
                .script("/assets/map.js");
        page.head()
                .appendElement("link")
                .attr("rel", "alternate")
                .attr("type", "application/atom+xml")
                .attr("title", "Changes")
                .attr("href", "/feed.atom");
        Element main = page.main();
        main.appendElement("h1").text("Sanctuary policies of US jurisdictions");
        main.appendElement("p")
                .addClass("lede")
                .text(
                        "Where US cities, counties and states stand on cooperation with "
                                + "federal immigration enforcement, the Department of Justice letters they received, the federal funding "
                                + "threats against them and the court rulings on those, and what their officials said. Every value cites its source.");
        filters(main, query, all);
        MapTimeControl.render(main, timeSteps, query);

        String linkQuery = query.asOf() == null ? "" : "?asOf=" + query.asOf();
        // Many jurisdictions on the national map could not be told apart (and would weigh megabytes):
        // it shades each state by its count instead, and each state's own map draws its markers.
        boolean byState = query.state() == null && items.size() > MapSvg.DETAIL_LIMIT;
        if (query.state() != null) {
            Element where = main.appendElement("p").addClass("where");
            where.appendText("The map of " + stateName(query.state()) + ". ");
            where.appendElement("a").attr("href", mapHref(query, null)).text("Back to all states");
        }
        Element figure = main.appendElement("div").addClass("map-layout");
        Element mapBox = figure.appendElement("figure").addClass("map-figure");
        List<MapByState.StateCount> counts = byState ? MapByState.StateCount.of(items, MapPage::stateName) : List.of();
        List<JurisdictionSummary> unplaced;
        if (byState) {
            MapByState.draw(mapBox, atlas, counts, code -> mapHref(query, code));
            unplaced = items.stream()
                    .filter(j -> atlas.stateByCode(j.state()).isEmpty())
                    .toList();
        } else {
            unplaced = MapSvg.draw(
                    mapBox, atlas, items, linkQuery, query.state(), TablePageController.href(query.toQueryString(), 1));
        }
        Element caption = mapBox.appendElement("figcaption");
        caption.appendText(items.size() + " of " + all.size() + " jurisdictions shown"
                + (query.asOf() == null ? ", as of today. " : ", as of " + query.asOf() + ". "));
        if (byState) {
            caption.appendText("More than " + MapSvg.DETAIL_LIMIT
                    + " to draw: each state is shaded by how many it has; choose a state for its own map. ");
        }
        if (unplaced.size() > UNPLACED_NAMED) {
            caption.appendText(unplaced.size() + " are not on the map (no map position); the table lists them. ");
        } else if (!unplaced.isEmpty()) {
            caption.appendText("Not on the map (no map position): "
                    + unplaced.stream().map(JurisdictionSummary::name).collect(Collectors.joining(", ")) + ". ");
        }
        caption.appendElement("a").attr("href", "#table").text("See them as a table.");
        MapLegend.render(
                mapBox,
                items,
                byState
                        ? counts.stream()
                                .mapToLong(MapByState.StateCount::total)
                                .max()
                                .orElse(0)
                        : -1);
        figure.appendElement("aside")
                .id("detail")
                .addClass("detail")
                .attr("aria-live", "polite")
                .attr("hidden", true);

        table(main, items, counts, byState, query, linkQuery);
        return page.footer(lastChange, query.toQueryString()).render();
    }

    /** Under the map: its jurisdictions (at most a page of them), or its states when it shades them; then the full table's link. */
    private static void table(
            Element main,
            List<JurisdictionSummary> items,
            List<MapByState.StateCount> counts,
            boolean byState,
            PublicQuery query,
            String linkQuery) {
        Element section = main.appendElement("section").id("table").attr("aria-labelledby", "table-heading");
        section.appendElement("h2").id("table-heading").text("The jurisdictions as a table");
        if (byState) {
            stateTable(section, counts, query);
        } else {
            List<JurisdictionSummary> shown =
                    items.size() > JurisdictionTable.PAGE_ROWS ? items.subList(0, JurisdictionTable.PAGE_ROWS) : items;
            JurisdictionTable.render(
                    section,
                    shown,
                    shown.size() == items.size()
                            ? items.size() + " jurisdictions"
                            : "The first " + shown.size() + " of " + items.size() + " jurisdictions, by name",
                    linkQuery);
        }
        if (items.size() > JurisdictionTable.PAGE_ROWS) {
            section.appendElement("p")
                    .addClass("more")
                    .appendElement("a")
                    .attr("href", TablePageController.href(query.toQueryString(), byState ? 1 : 2))
                    .text(
                            byState
                                    ? "All " + items.size() + " jurisdictions by name, " + JurisdictionTable.PAGE_ROWS
                                            + " a page"
                                    : "The rest by name, " + JurisdictionTable.PAGE_ROWS + " a page");
        }
    }

    /** The map page with the same filters, for one state ({@code /?state=CA}) or, with null, for all. */
    private static String mapHref(PublicQuery q, String state) {
        String filters = new PublicQuery(
                        q.stance(), q.policy(), q.letter(), q.threat(), state, q.kind(), q.q(), q.asOf())
                .toQueryString();
        return "/" + (filters.isEmpty() ? "" : "?" + filters);
    }

    private static String stateName(String code) {
        return UsState.byCode(code).map(UsState::stateName).orElse(code);
    }

    /** The national map of many as a table: each state, its count by stance, a link to its own map. */
    private static void stateTable(Element section, List<MapByState.StateCount> counts, PublicQuery query) {
        Element table = section.appendElement("div").addClass("table-scroll").appendElement("table");
        table.appendElement("caption").text("By state: how many jurisdictions are listed, by stance");
        Element header = table.appendElement("thead").appendElement("tr");
        header.appendElement("th").attr("scope", "col").text("State");
        header.appendElement("th").attr("scope", "col").text("Jurisdictions");
        for (StanceStyle style : StanceStyle.values()) {
            header.appendElement("th").attr("scope", "col").text(style.label());
        }
        Element body = table.appendElement("tbody");
        for (MapByState.StateCount count : counts) {
            Element row = body.appendElement("tr");
            row.appendElement("th")
                    .attr("scope", "row")
                    .appendElement("a")
                    .attr("href", mapHref(query, count.code()))
                    .attr("data-state", count.code())
                    .text(count.name());
            row.appendElement("td").text(String.valueOf(count.total()));
            count.byStance().values().forEach(n -> row.appendElement("td").text(String.valueOf(n)));
        }
    }

    private static void filters(Element main, PublicQuery query, List<JurisdictionSummary> all) {
        Element form = main.appendElement("form")
                .attr("method", "get")
                .attr("action", "/")
                .addClass("filters")
                .attr("aria-label", "Filter the jurisdictions");
        select(form, "stance", "Stance", coded(Stance.values()), query.stance());
        select(form, "kind", "Kind", coded(JurisdictionKind.values()), query.kind());
        // State codes are shown as they are written: "CA", not a label.
        select(form, "state", "State", stateChoices(all), query.state());
        select(form, "letter", "DOJ letter status", coded(LetterStatus.values()), query.letter());
        select(form, "threat", "Funding threat status", coded(ThreatStatus.values()), query.threat());
        Element more = form.appendElement("details").addClass("policy");
        if (!query.policy().isEmpty()) {
            more.attr("open", true);
        }
        more.appendElement("summary")
                .text("Policy in force"
                        + (query.policy().isEmpty() ? "" : " (" + query.policy().size() + " set)"));
        Element policy = more.appendElement("div").addClass("policy-fields");
        for (PolicyVariable v : PolicyVariable.values()) {
            select(
                            policy,
                            PublicQuery.parameterName(v),
                            v.label(),
                            coded(PolicyValue.values()),
                            query.policy().get(v))
                    .attr("title", v.meaning());
        }
        Element search = form.appendElement("label");
        search.appendElement("span").text("Name contains");
        search.appendElement("input")
                .attr("type", "search")
                .attr("name", "q")
                .attr("maxlength", "200")
                .val(query.q() == null ? "" : query.q());
        Element asOf = form.appendElement("label");
        asOf.appendElement("span").text("As of date");
        asOf.appendElement("input")
                .attr("type", "date")
                .attr("name", "asOf")
                .val(query.asOf() == null ? "" : query.asOf().toString());
        Element buttons = form.appendElement("div").addClass("buttons");
        buttons.appendElement("button").attr("type", "submit").text("Apply filters");
        buttons.appendElement("a").attr("href", "/").text("Clear");
    }

    /** The state filter's choices for the listing last drawn ({@link #stateChoices(List)}), with that listing. */
    private record StateChoices(WeakReference<List<JurisdictionSummary>> of, Map<String, String> states) {}

    private static volatile StateChoices stateChoices = new StateChoices(new WeakReference<>(null), Map.of());

    /**
     * The states that have listed jurisdictions, in order: a pass over all of them (4.5 of a filtered
     * page's 6.3 ms of CPU with 25,000), made once per listing ({@link HomePageController} passes the
     * same list while the data version and the day are the same), not once per render.
     */
    private static Map<String, String> stateChoices(List<JurisdictionSummary> all) {
        StateChoices kept = stateChoices;
        if (kept.of().get() != all) {
            kept = new StateChoices(
                    new WeakReference<>(all),
                    Collections.unmodifiableMap(all.stream()
                            .map(JurisdictionSummary::state)
                            .distinct()
                            .sorted()
                            .collect(Collectors.<String, String, String, Map<String, String>>toMap(
                                    s -> s, s -> s, (a, b) -> a, LinkedHashMap::new))));
            stateChoices = kept;
        }
        return kept.states();
    }

    /** A filter: each option's value is the code in the URL, its text what people read. */
    private static Element select(
            Element form, String name, String label, Map<String, String> options, Object selected) {
        Element wrapper = form.appendElement("label");
        wrapper.appendElement("span").text(label);
        Element select = wrapper.appendElement("select").attr("name", name);
        select.appendElement("option").val("").text("Any");
        for (Map.Entry<String, String> entry : options.entrySet()) {
            String value = entry.getKey();
            Element option = select.appendElement("option").val(value).text(entry.getValue());
            if (selected != null && value.equals(selected instanceof Enum<?> e ? e.name() : selected.toString())) {
                option.attr("selected", true);
            }
        }
        return wrapper;
    }

    private static Map<String, String> coded(Coded[] values) {
        Map<String, String> options = new LinkedHashMap<>();
        Arrays.stream(values).forEach(v -> options.put(v.name(), v.label()));
        return options;
    }
}
