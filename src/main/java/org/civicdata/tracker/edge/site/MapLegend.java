package org.civicdata.tracker.edge.site;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civicdata.tracker.edge.opendata.ResponseShapes.JurisdictionSummary;
import org.jsoup.nodes.Element;

/**
 * The map's legend: each stance's area fill and marker with how many of the listed jurisdictions
 * have it, and, on the national map of many, the count each state shade stands for.
 */
final class MapLegend {

    private MapLegend() {}

    /** @param maxStateCount the largest count of a state when the map shades states by count; below 0 otherwise */
    static void render(Element parent, List<JurisdictionSummary> items, long maxStateCount) {
        Map<String, Long> counts =
                items.stream().collect(Collectors.groupingBy(JurisdictionSummary::stance, Collectors.counting()));
        Element legend = parent.appendElement("ul").addClass("legend").attr("aria-label", "Legend");
        for (StanceStyle style : StanceStyle.values()) {
            Element item = legend.appendElement("li");
            Element svg = swatch(item, 34);
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
        if (maxStateCount < 0) {
            legend.appendElement("li")
                    .addClass("legend-note")
                    .text(
                            "Areas: states and counties we track; markers: cities. Stance is derived from the policy positions in force (see the codebook).");
            return;
        }
        List<String> ranges = MapByState.countRanges(maxStateCount);
        for (int shade = 0; shade < ranges.size(); shade++) {
            if (ranges.get(shade).isEmpty()) {
                continue;
            }
            Element item = legend.appendElement("li").addClass("count-class");
            swatch(item, 16)
                    .appendElement("rect")
                    .attr("x", "0")
                    .attr("y", "1")
                    .attr("width", "16")
                    .attr("height", "14")
                    .attr("fill", MapByState.COUNT_FILLS.get(shade))
                    .attr("stroke", "#333")
                    .attr("stroke-width", "0.5");
            item.appendText(ranges.get(shade) + " in the state");
        }
        legend.appendElement("li")
                .addClass("legend-note")
                .text(
                        "States: shaded by how many listed jurisdictions they have (the number on each); the counts above are by stance for all of them. "
                                + "A state's own map shows each jurisdiction by stance. Stance is derived from the policy positions in force (see the codebook).");
    }

    private static Element swatch(Element item, int width) {
        return item.appendElement("svg")
                .attr("viewBox", "0 0 " + width + " 16")
                .attr("width", String.valueOf(width))
                .attr("height", "16")
                .attr("aria-hidden", "true");
    }
}
