package org.civicdata.tracker.edge.site;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicdata.tracker.core.common.UsState;
import org.civicdata.tracker.edge.opendata.ResponseShapes.JurisdictionSummary;
import org.civicdata.tracker.infra.map.AlbersUsa;
import org.civicdata.tracker.infra.map.UsAtlas;
import org.jsoup.nodes.Element;

/**
 * The national map when it lists more jurisdictions than {@link MapSvg#DETAIL_LIMIT}, too many to
 * tell apart: each state shaded by how many it has, the number written on it, each a link to its
 * own map ({@code /?state=CA}), which {@link MapSvg} draws with every marker. Server-rendered SVG.
 */
final class MapByState {

    /** Shading classes of the national map by count, lightest first (ColorBrewer "Purples"). */
    static final List<String> COUNT_FILLS = List.of("#f2f0f7", "#cbc9e2", "#9e9ac8", "#756bb1", "#54278f");

    private MapByState() {}

    /** A state's listed jurisdictions, for the national map of many: how many, and how many of each stance. */
    record StateCount(String code, String name, long total, Map<StanceStyle, Long> byStance) {

        static List<StateCount> of(List<JurisdictionSummary> items, Function<String, String> stateName) {
            Map<String, List<JurisdictionSummary>> byState = items.stream()
                    .collect(Collectors.groupingBy(JurisdictionSummary::state, TreeMap::new, Collectors.toList()));
            List<StateCount> counts = new ArrayList<>();
            byState.forEach((code, list) -> {
                Map<StanceStyle, Long> byStance = new LinkedHashMap<>();
                for (StanceStyle style : StanceStyle.values()) {
                    byStance.put(
                            style,
                            list.stream()
                                    .filter(j -> StanceStyle.of(j.stance()) == style)
                                    .count());
                }
                counts.add(new StateCount(code, stateName.apply(code), list.size(), byStance));
            });
            return counts;
        }

        /** "California: 1,204 jurisdictions (12 sanctuary, 3 limits cooperation, 0 cooperates, 1,189 no data)". */
        String describe() {
            return name + ": " + String.format(Locale.ROOT, "%,d", total)
                    + (total == 1 ? " jurisdiction (" : " jurisdictions (")
                    + byStance.entrySet().stream()
                            .map(e -> String.format(Locale.ROOT, "%,d", e.getValue()) + " "
                                    + e.getKey().label().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", "))
                    + ")";
        }
    }

    /**
     * The national map of many jurisdictions: each state shaded by how many are listed in it, its
     * count written on it (where it fits), and a link to that state's own map.
     */
    static void draw(Element parent, UsAtlas atlas, List<StateCount> counts, Function<String, String> stateHref) {
        Element svg = MapSvg.svg(
                parent,
                new UsAtlas.Box(0, 0, atlas.width(), atlas.height()),
                "Map of the states, each shaded by the number of listed jurisdictions; each links to its own map");
        svg.addClass("by-count");
        MapSvg.patterns(svg.appendElement("defs"));
        long max = counts.stream().mapToLong(StateCount::total).max().orElse(0);
        MapOutlines outlines = MapOutlines.of(atlas);
        StringBuilder base = new StringBuilder();
        Element states = svg.appendElement("g").addClass("states");
        Element tracked = svg.appendElement("g").addClass("areas");
        Element labels = svg.appendElement("g").addClass("count-labels").attr("aria-hidden", "true");
        Map<String, StateCount> byCode =
                counts.stream().collect(Collectors.toMap(StateCount::code, Function.identity()));
        for (int i = 0; i < atlas.states().size(); i++) {
            UsAtlas.Shape shape = atlas.states().get(i);
            String code = codeOf(shape.fips());
            StateCount count = code == null ? null : byCode.get(code);
            if (count == null) {
                outlines.appendUntracked(base, i);
                continue;
            }
            int shade = countClass(count.total(), max);
            String label = count.describe() + ". Show its map";
            Element a = tracked.appendElement("a")
                    .attr("href", stateHref.apply(code))
                    .attr("data-state", code)
                    .attr("aria-label", label)
                    .addClass("area")
                    .addClass("state-count");
            a.appendElement("title").text(label);
            a.appendElement("path").attr("d", shape.d()).attr("fill", COUNT_FILLS.get(shade));
            UsAtlas.Box box = shape.bounds();
            if (box.width() >= 24 || box.height() >= 24) {
                AlbersUsa.Point at = shape.labelPoint();
                labels.appendElement("text")
                        .attr("x", SvgNumber.format(at.x(), 1))
                        .attr("y", SvgNumber.format(at.y(), 1))
                        .addClass(shade >= 3 ? "on-dark" : "on-light")
                        .text(String.format(Locale.ROOT, "%,d", count.total()));
            }
        }
        MapOutlines.write(states, base);
        outlines.writeBorders(svg);
    }

    /** The shading class (0 to 4) of a count: five equal steps from 1 to the largest count. */
    static int countClass(long count, long max) {
        if (max <= 0 || count <= 0) {
            return 0;
        }
        return (int) Math.min(COUNT_FILLS.size() - 1, (count * COUNT_FILLS.size() - 1) / max);
    }

    /** The counts each shading class covers, for the legend: "1–100", or "" for a class no count falls in. */
    static List<String> countRanges(long max) {
        List<String> ranges = new ArrayList<>();
        int classes = COUNT_FILLS.size();
        for (int shade = 0; shade < classes; shade++) {
            // countClass(c) >= shade exactly when c * classes - 1 >= shade * max, that is c >= (shade * max + 1) /
            // classes.
            long low = Math.max(1, -Math.floorDiv(-(shade * max + 1), classes));
            long high = shade == classes - 1 ? max : Math.floorDiv((shade + 1) * max, classes);
            ranges.add(
                    max <= 0 || low > high
                            ? ""
                            : low == high
                                    ? String.format(Locale.ROOT, "%,d", low)
                                    : String.format(Locale.ROOT, "%,d–%,d", low, high));
        }
        return ranges;
    }

    private static @Nullable String codeOf(String fips) {
        return Arrays.stream(UsState.values())
                .filter(s -> s.fips().equals(fips))
                .map(UsState::code)
                .findFirst()
                .orElse(null);
    }
}
