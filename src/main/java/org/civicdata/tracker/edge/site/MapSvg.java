package org.civicdata.tracker.edge.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicdata.tracker.edge.opendata.ResponseShapes.JurisdictionSummary;
import org.civicdata.tracker.infra.map.AlbersUsa;
import org.civicdata.tracker.infra.map.UsAtlas;
import org.jsoup.nodes.Element;

/**
 * Draws the map as inline SVG on the server: every state outline, shaded (colour and pattern)
 * when a listed jurisdiction is that state; listed counties (and city-counties) shaded the same
 * way; cities as markers whose shape also tells the stance. Every shaded area and marker is a
 * link to the jurisdiction's page, so the map works by keyboard and without JavaScript.
 */
final class MapSvg {

    private MapSvg() {}

    /** The jurisdictions the map could not place (territories, no coordinates): listed under it. */
    static List<JurisdictionSummary> draw(
            Element parent, UsAtlas atlas, List<JurisdictionSummary> items, String linkQuery) {
        Element svg = parent.appendElement("svg")
                .attr("viewBox", "0 0 " + atlas.width() + " " + atlas.height())
                .attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("role", "group")
                .attr("aria-label", "Map of the listed jurisdictions; each shaded area and marker links to its page")
                .addClass("map");
        patterns(svg.appendElement("defs"));

        Map<String, JurisdictionSummary> states = items.stream()
                .filter(j -> j.kind().equals("STATE") && j.fips() != null)
                .collect(Collectors.toMap(JurisdictionSummary::fips, Function.identity(), (a, b) -> a));
        Element base = svg.appendElement("g").addClass("states");
        List<Element> shadedStates = new ArrayList<>();
        for (UsAtlas.Shape state : atlas.states()) {
            JurisdictionSummary j = states.get(state.fips());
            if (j == null) {
                base.appendElement("path").attr("d", state.d()).addClass("untracked");
            } else {
                shadedStates.add(area(j, state.d(), linkQuery));
            }
        }
        Element tracked = svg.appendElement("g").addClass("areas");
        shadedStates.forEach(tracked::appendChild);

        List<JurisdictionSummary> unplaced = new ArrayList<>();
        Element markers = svg.appendElement("g").addClass("markers");
        for (JurisdictionSummary j : items) {
            if (j.kind().equals("STATE")) {
                if (j.fips() == null || atlas.state(j.fips()).isEmpty()) {
                    unplaced.add(j);
                }
                continue;
            }
            boolean drawn = false;
            if ((j.kind().equals("COUNTY") || j.kind().equals("CONSOLIDATED_CITY_COUNTY")) && j.fips() != null) {
                Optional<UsAtlas.Shape> county = atlas.county(j.fips());
                if (county.isPresent()) {
                    tracked.appendChild(area(j, county.get().d(), linkQuery));
                    drawn = true;
                }
            }
            if (!j.kind().equals("COUNTY") && j.latitude() != null && j.longitude() != null) {
                Optional<AlbersUsa.Point> p = AlbersUsa.project(
                        j.latitude().doubleValue(), j.longitude().doubleValue());
                if (p.isPresent()) {
                    StanceStyle style = StanceStyle.of(j.stance());
                    Element link = link(markers, j, linkQuery).addClass("marker");
                    link.appendElement("path")
                            .attr("d", style.marker(p.get().x(), p.get().y()))
                            .addClass(style.cssClass());
                    drawn = true;
                }
            }
            if (!drawn) {
                unplaced.add(j);
            }
        }
        svg.appendElement("path").attr("d", atlas.stateBorders()).addClass("borders");
        return unplaced;
    }

    private static Element area(JurisdictionSummary j, String d, String linkQuery) {
        Element link = link(new Element("g"), j, linkQuery).addClass("area");
        link.appendElement("path")
                .attr("d", d)
                .addClass(StanceStyle.of(j.stance()).cssClass());
        return link;
    }

    private static Element link(Element parent, JurisdictionSummary j, String linkQuery) {
        String label = j.name() + " ("
                + org.civicdata.tracker.core.common.Coded.labelOf(
                                org.civicdata.tracker.record.jurisdiction.JurisdictionKind.class, j.kind())
                        .toLowerCase(Locale.ROOT)
                + ", " + j.state() + "): " + StanceStyle.of(j.stance()).label();
        Element a = parent.appendElement("a")
                .attr("href", "/j/" + j.slug() + linkQuery)
                .attr("data-slug", j.slug())
                .attr("aria-label", label);
        a.appendElement("title").text(label);
        return a;
    }

    /** One fill per stance: colour plus a texture (solid, stripes, dots, cross-hatch). */
    private static void patterns(Element defs) {
        pattern(defs, "p-sanctuary", StanceStyle.SANCTUARY.colour, null);
        pattern(defs, "p-limits", "#FFFFFF", "M0,6L6,0M-1,1L1,-1M5,7L7,5");
        pattern(defs, "p-cooperates", "#FCE6BD", null)
                .appendElement("circle")
                .attr("cx", "3")
                .attr("cy", "3")
                .attr("r", "1.6")
                .attr("fill", StanceStyle.COOPERATES.colour);
        pattern(defs, "p-nodata", "#EEEEEE", "M0,0L6,6M6,0L0,6");
    }

    private static Element pattern(Element defs, String id, String background, String lines) {
        Element p = defs.appendElement("pattern")
                .id(id)
                .attr("width", "6")
                .attr("height", "6")
                .attr("patternUnits", "userSpaceOnUse");
        p.appendElement("rect").attr("width", "6").attr("height", "6").attr("fill", background);
        if (lines != null) {
            String stroke = id.equals("p-limits") ? StanceStyle.LIMITS_COOPERATION.colour : "#999999";
            p.appendElement("path")
                    .attr("d", lines)
                    .attr("stroke", stroke)
                    .attr("stroke-width", id.equals("p-limits") ? "2.2" : "1");
        }
        return p;
    }
}
