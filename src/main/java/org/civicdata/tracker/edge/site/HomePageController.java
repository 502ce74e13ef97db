package org.civicdata.tracker.edge.site;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.civicdata.tracker.core.audit.DataVersion;
import org.civicdata.tracker.core.common.Coded;
import org.civicdata.tracker.edge.opendata.PublicQuery;
import org.civicdata.tracker.edge.opendata.PublicResponses;
import org.civicdata.tracker.edge.opendata.PublishedRecords;
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
 * The public map page at {@code /}: filters (a plain GET form, so the URL holds them), the map,
 * its legend, and the same jurisdictions as a table. Stateless and cacheable: no session, no
 * cookie, ETag revalidation; our one small script only makes it quicker to use.
 */
@Controller
@Hidden
public class HomePageController {

    /** A table longer than this is no use to a reader; the downloads have every row. */
    static final int TABLE_ROWS = 500;

    static final MediaType HTML = MediaType.of(MediaType.TEXT_HTML + ";charset=utf-8");

    private final PublishedRecords records;
    private final PublicResponses responses;
    private final UsAtlas atlas;
    private final DataVersion dataVersion;

    HomePageController(PublishedRecords records, PublicResponses responses, UsAtlas atlas, DataVersion dataVersion) {
        this.records = records;
        this.responses = responses;
        this.atlas = atlas;
        this.dataVersion = dataVersion;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<?> home(HttpRequest<?> request) {
        PublicQuery query = PublicQuery.parse(request.getParameters().asMap());
        return responses.respond(request, HTML, () -> render(query));
    }

    private byte[] render(PublicQuery query) {
        List<JurisdictionSummary> all = records.listJurisdictions(PublicQuery.ALL);
        List<JurisdictionSummary> items =
                query.isUnfiltered() && query.asOf() == null ? all : records.listJurisdictions(query);
        SitePage page = new SitePage(
                        SitePage.SITE_NAME + ": sanctuary policies, DOJ letters and funding threats",
                        "A map of US jurisdictions' sanctuary policies, Department of Justice letters, federal funding threats "
                                + "and officials' statements, each value with its source.")
                .script("/assets/map.js");
        Element main = page.main();
        main.appendElement("h1").text("Sanctuary policies of US jurisdictions");
        main.appendElement("p")
                .addClass("lede")
                .text(
                        "Where US cities, counties and states stand on cooperation with "
                                + "federal immigration enforcement, the Department of Justice letters they received, the federal funding "
                                + "threats against them and the court rulings on those, and what their officials said. Every value cites its source.");
        filters(main, query, all);

        String linkQuery = query.asOf() == null ? "" : "?asOf=" + query.asOf();
        Element figure = main.appendElement("div").addClass("map-layout");
        Element mapBox = figure.appendElement("figure").addClass("map-figure");
        List<JurisdictionSummary> unplaced = MapSvg.draw(mapBox, atlas, items, linkQuery);
        Element caption = mapBox.appendElement("figcaption");
        caption.appendText(items.size() + " of " + all.size() + " jurisdictions shown"
                + (query.asOf() == null ? ", as of today. " : ", as of " + query.asOf() + ". "));
        if (!unplaced.isEmpty()) {
            caption.appendText("Not on the map (no map position): "
                    + unplaced.stream().map(JurisdictionSummary::name).collect(Collectors.joining(", ")) + ". ");
        }
        caption.appendElement("a").attr("href", "#table").text("See them as a table.");
        legend(mapBox, items);
        figure.appendElement("aside")
                .id("detail")
                .addClass("detail")
                .attr("aria-live", "polite")
                .attr("hidden", true);

        table(main, items, linkQuery);
        return page.footer(dataVersion.lastChange(), query.toQueryString()).render();
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
        select(
                form,
                "state",
                "State",
                all.stream().map(JurisdictionSummary::state).collect(Collectors.toCollection(TreeSet::new)).stream()
                        .collect(Collectors.toMap(s -> s, s -> s, (a, b) -> a, LinkedHashMap::new)),
                query.state());
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

    private static void legend(Element parent, List<JurisdictionSummary> items) {
        Map<String, Long> counts =
                items.stream().collect(Collectors.groupingBy(JurisdictionSummary::stance, Collectors.counting()));
        Element legend = parent.appendElement("ul").addClass("legend").attr("aria-label", "Legend");
        for (StanceStyle style : StanceStyle.values()) {
            Element item = legend.appendElement("li");
            Element svg = item.appendElement("svg")
                    .attr("viewBox", "0 0 34 16")
                    .attr("width", "34")
                    .attr("height", "16")
                    .attr("aria-hidden", "true");
            svg.appendElement("rect")
                    .attr("x", "0")
                    .attr("y", "1")
                    .attr("width", "16")
                    .attr("height", "14")
                    .attr("fill", style.fill)
                    .attr("stroke", "#333")
                    .attr("stroke-width", "0.5");
            svg.appendElement("path")
                    .attr("d", style.marker(26, 8))
                    .addClass(style.cssClass())
                    .addClass("legend-marker");
            item.appendText(style.label() + " (" + counts.getOrDefault(style.name(), 0L) + ")");
        }
        legend.appendElement("li")
                .addClass("legend-note")
                .text(
                        "Areas: states and counties we track; markers: cities. Stance is derived from the policy positions in force (see the codebook).");
    }

    private static void table(Element main, List<JurisdictionSummary> items, String linkQuery) {
        Element section = main.appendElement("section").id("table").attr("aria-labelledby", "table-heading");
        section.appendElement("h2").id("table-heading").text("The jurisdictions as a table");
        Element scroll = section.appendElement("div").addClass("table-scroll");
        Element table = scroll.appendElement("table");
        List<JurisdictionSummary> shown = items.size() > TABLE_ROWS ? items.subList(0, TABLE_ROWS) : items;
        table.appendElement("caption")
                .text(
                        shown.size() == items.size()
                                ? items.size() + " jurisdictions"
                                : "The first " + TABLE_ROWS + " of " + items.size()
                                        + " jurisdictions, by name: narrow the filters above, "
                                        + "or download them all as CSV");
        Element header = table.appendElement("thead").appendElement("tr");
        for (String column : List.of(
                "Jurisdiction",
                "State",
                "Kind",
                "Stance",
                "DOJ letters",
                "Funding threats",
                "Statements",
                "Designations")) {
            header.appendElement("th").attr("scope", "col").text(column);
        }
        Element rows = table.appendElement("tbody");
        for (JurisdictionSummary j : shown) {
            Element row = rows.appendElement("tr");
            row.appendElement("th")
                    .attr("scope", "row")
                    .appendElement("a")
                    .attr("href", "/j/" + j.slug() + linkQuery)
                    .attr("data-slug", j.slug())
                    .text(j.name());
            row.appendElement("td").text(j.state());
            row.appendElement("td").text(Coded.labelOf(JurisdictionKind.class, j.kind()));
            row.appendElement("td")
                    .addClass(StanceStyle.of(j.stance()).cssClass())
                    .text(StanceStyle.of(j.stance()).label());
            row.appendElement("td").text(labels(LetterStatus.class, j.dojLetterStatuses()));
            row.appendElement("td").text(labels(ThreatStatus.class, j.fundingThreatStatuses()));
            row.appendElement("td").text(String.valueOf(j.counts().statements()));
            row.appendElement("td").text(String.valueOf(j.counts().designations()));
        }
    }

    /** Codes as their labels, comma-separated; "None" when there are none. */
    private static <E extends Enum<E> & Coded> String labels(Class<E> type, List<String> codes) {
        return codes.isEmpty()
                ? "None"
                : codes.stream().map(c -> Coded.labelOf(type, c)).collect(Collectors.joining(", "));
    }
}
