package org.civicdata.tracker.edge.site;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.civicdata.tracker.infra.map.UsAtlas;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The parts of the map's SVG that are the same in every map (the atlas never changes): each state's
 * outline as an area no listed jurisdiction shades, and the state borders. jsoup renders them once per
 * atlas, as it would in the page, and each map writes that markup as it is: a state's map rebuilt and
 * re-escaped them at every first render, 146 KB of its 330 KB. Only the atlas's own path data is kept
 * this way; whatever comes from a record is written through jsoup's escaping, as everywhere.
 */
final class MapOutlines {

    private static final Map<UsAtlas, MapOutlines> BY_ATLAS = Collections.synchronizedMap(new WeakHashMap<>());

    /** The markup of each state's untracked outline, in the order of {@link UsAtlas#states()}. */
    private final List<String> untracked;

    private final String borders;

    private MapOutlines(UsAtlas atlas) {
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(false);
        Element svg = page.body().appendElement("svg");
        Element group = svg.appendElement("g");
        untracked = atlas.states().stream()
                .map(shape -> group.appendElement("path")
                        .attr("d", shape.d())
                        .addClass("untracked")
                        .outerHtml())
                .toList();
        borders = svg.appendElement("path")
                .attr("d", atlas.stateBorders())
                .addClass("borders")
                .outerHtml();
    }

    static MapOutlines of(UsAtlas atlas) {
        return BY_ATLAS.computeIfAbsent(atlas, MapOutlines::new);
    }

    /** Appends the outline of the {@code index}th of {@link UsAtlas#states()}, unshaded. */
    void appendUntracked(StringBuilder markup, int index) {
        markup.append(untracked.get(index));
    }

    /** Adds markup made by {@link #appendUntracked} to {@code parent}, as it is. */
    static void write(Element parent, StringBuilder markup) {
        parent.appendChild(new DataNode(markup.toString()));
    }

    /** Adds the state borders to the map. */
    void writeBorders(Element svg) {
        svg.appendChild(new DataNode(borders));
    }
}
