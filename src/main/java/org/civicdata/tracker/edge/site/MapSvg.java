package org.civicdata.tracker.edge.site;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicdata.tracker.core.common.Coded;
import org.civicdata.tracker.edge.opendata.ResponseShapes.JurisdictionSummary;
import org.civicdata.tracker.infra.map.AlbersUsa;
import org.civicdata.tracker.infra.map.UsAtlas;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.jsoup.nodes.Element;

/**
 * Draws the map as inline SVG on the server: every state outline, shaded (colour and pattern)
 * when a listed jurisdiction is that state; listed counties (and city-counties) shaded the same
 * way; cities as markers whose shape also tells the stance. Every shaded area and marker is a
 * link to the jurisdiction's page, so the map works by keyboard and without JavaScript.
 *
 * <p>A state's map ({@code /?state=CA}) is zoomed to that state (and to wherever its listed
 * jurisdictions lie); markers keep their size on screen. When one map would hold more than
 * {@link #DETAIL_LIMIT} jurisdictions, markers too close to be told apart are drawn as one
 * numbered cluster, a link to the table; the national map of that many is {@link MapByState}.
 */
final class MapSvg {

    /** More jurisdictions than this in one map and markers that would overlap are clustered. */
    static final int DETAIL_LIMIT = 500;

    /** Markers in the same square of this size (on screen, in units of the full 975-wide frame) overlap. */
    static final double CLUSTER_CELL = 14;

    private static final double MARKER_RADIUS = 5.5;

    private MapSvg() {}

    /** The national map, every listed jurisdiction placed: as {@link #draw(Element, UsAtlas, List, String, String, String)}. */
    static List<JurisdictionSummary> draw(
            Element parent, UsAtlas atlas, List<JurisdictionSummary> items, String linkQuery) {
        return draw(parent, atlas, items, linkQuery, null, "/table");
    }

    /**
     * The map of the listed jurisdictions, zoomed to {@code state} when one is given.
     *
     * @param tableHref where a cluster of markers leads: the table of the same jurisdictions
     * @return the jurisdictions the map could not place (territories, no coordinates): listed under it
     */
    static List<JurisdictionSummary> draw(
            Element parent,
            UsAtlas atlas,
            List<JurisdictionSummary> items,
            String linkQuery,
            @Nullable String state,
            String tableHref) {
        List<JurisdictionSummary> unplaced = new ArrayList<>();
        List<Placed> points = new ArrayList<>();
        List<Map.Entry<JurisdictionSummary, UsAtlas.Shape>> counties = new ArrayList<>();
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
                    counties.add(Map.entry(j, county.get()));
                    drawn = true;
                }
            }
            if (!j.kind().equals("COUNTY") && j.latitude() != null && j.longitude() != null) {
                Optional<AlbersUsa.Point> p = AlbersUsa.project(
                        j.latitude().doubleValue(), j.longitude().doubleValue());
                if (p.isPresent()) {
                    points.add(new Placed(j, p.get()));
                    drawn = true;
                }
            }
            if (!drawn) {
                unplaced.add(j);
            }
        }

        UsAtlas.Box frame = frame(atlas, state, points, counties);
        double zoom = atlas.width() / frame.width();
        Element svg = svg(
                parent,
                frame,
                state == null
                        ? "Map of the listed jurisdictions; each shaded area and marker links to its page"
                        : "Map of the listed jurisdictions in " + state
                                + "; each shaded area and marker links to its page");
        if (zoom > 1) {
            svg.addClass("zoomed");
        }
        patterns(svg.appendElement("defs"));

        Map<String, JurisdictionSummary> states = items.stream()
                .filter(j -> j.kind().equals("STATE") && j.fips() != null)
                .collect(Collectors.toMap(JurisdictionSummary::fips, Function.identity(), (a, b) -> a));
        MapOutlines outlines = MapOutlines.of(atlas);
        StringBuilder base = new StringBuilder();
        List<Element> shadedStates = new ArrayList<>();
        for (int i = 0; i < atlas.states().size(); i++) {
            UsAtlas.Shape shape = atlas.states().get(i);
            JurisdictionSummary j = states.get(shape.fips());
            if (j == null) {
                outlines.appendUntracked(base, i);
            } else {
                shadedStates.add(area(j, shape.d(), linkQuery));
            }
        }
        MapOutlines.write(svg.appendElement("g").addClass("states"), base);
        Element tracked = svg.appendElement("g").addClass("areas");
        shadedStates.forEach(tracked::appendChild);
        counties.forEach(c -> tracked.appendChild(area(c.getKey(), c.getValue().d(), linkQuery)));

        Element markers = svg.appendElement("g").addClass("markers");
        double radius = MARKER_RADIUS / zoom;
        if (items.size() <= DETAIL_LIMIT) {
            points.forEach(p -> marker(markers, p, radius, linkQuery));
        } else {
            double cell = CLUSTER_CELL / zoom;
            Map<String, List<Placed>> cells = points.stream()
                    .collect(Collectors.groupingBy(
                            p -> Math.floor(p.at().x() / cell) + ":" + Math.floor(p.at().y() / cell),
                            LinkedHashMap::new,
                            Collectors.toList()));
            for (List<Placed> together : cells.values()) {
                if (together.size() == 1) {
                    marker(markers, together.get(0), radius, linkQuery);
                } else {
                    cluster(markers, together, radius, tableHref);
                }
            }
        }
        outlines.writeBorders(svg);
        return unplaced;
    }

    private record Placed(JurisdictionSummary j, AlbersUsa.Point at) {}

    static Element svg(Element parent, UsAtlas.Box frame, String label) {
        return parent.appendElement("svg")
                .attr(
                        "viewBox",
                        SvgNumber.format(frame.x0(), 1) + " " + SvgNumber.format(frame.y0(), 1) + " "
                                + SvgNumber.format(frame.width(), 1) + " " + SvgNumber.format(frame.height(), 1))
                .attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("role", "group")
                .attr("aria-label", label)
                .addClass("map");
    }

    /**
     * What the map shows: the whole country, or for a state the box around it and around its listed
     * jurisdictions (a city whose coordinates lie outside its state stays in view), a little wider,
     * in the frame's proportions.
     */
    private static UsAtlas.Box frame(
            UsAtlas atlas,
            @Nullable String state,
            List<Placed> points,
            List<Map.Entry<JurisdictionSummary, UsAtlas.Shape>> counties) {
        UsAtlas.Box whole = new UsAtlas.Box(0, 0, atlas.width(), atlas.height());
        if (state == null) {
            return whole;
        }
        UsAtlas.Box box = atlas.stateByCode(state).map(UsAtlas.Shape::bounds).orElse(null);
        for (Placed p : points) {
            box = box == null ? new UsAtlas.Box(p.at().x(), p.at().y(), p.at().x(), p.at().y()) : box.include(p.at());
        }
        for (Map.Entry<JurisdictionSummary, UsAtlas.Shape> c : counties) {
            box = box == null ? c.getValue().bounds() : box.union(c.getValue().bounds());
        }
        if (box == null) {
            return whole;
        }
        double aspect = (double) atlas.width() / atlas.height();
        double w = Math.max(box.width() * 1.1, 40);
        double h = Math.max(box.height() * 1.1, 40 / aspect);
        if (w / h < aspect) {
            w = h * aspect;
        } else {
            h = w / aspect;
        }
        if (w >= atlas.width() || h >= atlas.height()) {
            return whole;
        }
        double cx = (box.x0() + box.x1()) / 2;
        double cy = (box.y0() + box.y1()) / 2;
        return new UsAtlas.Box(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2);
    }

    private static void marker(Element markers, Placed p, double radius, String linkQuery) {
        StanceStyle style = StanceStyle.of(p.j().stance());
        link(markers, p.j(), linkQuery)
                .addClass("marker")
                .appendElement("path")
                .attr("d", style.marker(p.at().x(), p.at().y(), radius))
                .addClass(style.cssClass());
    }

    /** Markers too close to tell apart: one circle with their number, a link to the table that lists them all. */
    private static void cluster(Element markers, List<Placed> together, double radius, String tableHref) {
        double x = together.stream().mapToDouble(p -> p.at().x()).average().orElse(0);
        double y = together.stream().mapToDouble(p -> p.at().y()).average().orElse(0);
        String names = together.stream().limit(5).map(p -> p.j().name()).collect(Collectors.joining(", "));
        String label = together.size() + " jurisdictions too close to draw apart: " + names
                + (together.size() > 5 ? " and " + (together.size() - 5) + " more" : "") + ". Show the table";
        Element a = markers.appendElement("a")
                .attr("href", tableHref)
                .attr("aria-label", label)
                .addClass("cluster");
        a.appendElement("title").text(label);
        int decimals = radius >= 1 ? 1 : 2;
        a.appendElement("circle")
                .attr("cx", SvgNumber.format(x, decimals))
                .attr("cy", SvgNumber.format(y, decimals))
                .attr("r", SvgNumber.format(radius * 1.4, decimals));
        a.appendElement("text")
                .attr("x", SvgNumber.format(x, decimals))
                .attr("y", SvgNumber.format(y, decimals))
                .attr("font-size", SvgNumber.format(radius * 1.5, decimals))
                .text(String.valueOf(together.size()));
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
                + Coded.labelOf(JurisdictionKind.class, j.kind()).toLowerCase(Locale.ROOT)
                + ", " + j.state() + "): " + StanceStyle.of(j.stance()).label();
        Element a = parent.appendElement("a")
                .attr("href", "/j/" + j.slug() + linkQuery)
                .attr("data-slug", j.slug())
                .attr("aria-label", label);
        a.appendElement("title").text(label);
        return a;
    }

    /** One fill per stance: colour plus a texture (solid, stripes, dots, cross-hatch). */
    static void patterns(Element defs) {
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
