package org.civicdata.tracker.edge.site;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicdata.tracker.edge.opendata.PublicQuery;
import org.civicdata.tracker.edge.opendata.ResponseShapes.JurisdictionSummary;
import org.civicdata.tracker.infra.map.UsAtlas;

/**
 * The CPU time of one map page render ({@link MapPage#render}, no database, no HTTP, no gzip) for each
 * state x kind x stance filter ({@code /?state&kind&stance}, 600 of them; bench/crawl.sh asks for these
 * and more), on the listing the app
 * served it ({@code target/bench-public/crawl-listing.json}). Thread CPU time, not wall time, so other
 * work on the machine moves it little. Not a test: run it with {@code bash bench/map-render.sh}, which
 * also runs it on another build's jar for a before/after.
 */
public final class MapRenderBenchmark {

    private MapRenderBenchmark() {}

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        JsonNode listing = json.readTree(new File(args[0]));
        List<JurisdictionSummary> all = new ArrayList<>();
        for (JsonNode item : listing.get("items")) {
            all.add(json.treeToValue(item, JurisdictionSummary.class));
        }
        UsAtlas atlas = new UsAtlas();
        List<String> states =
                all.stream().map(JurisdictionSummary::state).distinct().sorted().toList();
        List<PublicQuery> queries = new ArrayList<>();
        List<List<JurisdictionSummary>> lists = new ArrayList<>();
        for (String state : states) {
            for (String kind : Arrays.asList(null, "CITY", "COUNTY")) {
                for (String stance : Arrays.asList(null, "SANCTUARY", "COOPERATES", "NO_DATA")) {
                    Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
                    parameters.put("state", List.of(state));
                    if (kind != null) {
                        parameters.put("kind", List.of(kind.toLowerCase(java.util.Locale.ROOT)));
                    }
                    if (stance != null) {
                        parameters.put("stance", List.of(stance));
                    }
                    queries.add(PublicQuery.parse(parameters));
                    lists.add(all.stream()
                            .filter(j -> j.state().equals(state))
                            .filter(j -> kind == null || j.kind().equals(kind))
                            .filter(j -> stance == null || j.stance().equals(stance))
                            .toList());
                }
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int passes = Integer.parseInt(System.getProperty("passes", "4"));
        long bytes = 0;
        for (int pass = 0; pass <= passes; pass++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (int i = 0; i < queries.size(); i++) {
                bytes += MapPage.render(atlas, all, lists.get(i), queries.get(i), List.of(), Optional.empty()).length;
            }
            double perRender = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / queries.size();
            double wallPer = (System.nanoTime() - wall) / 1e6 / queries.size();
            System.out.printf(
                    java.util.Locale.ROOT,
                    "%s %d: %d renders, CPU %.2f ms a render (wall %.2f ms)%n",
                    pass == 0 ? "warm-up" : "pass",
                    pass,
                    queries.size(),
                    perRender,
                    wallPer);
        }
        System.out.println("bytes rendered: " + bytes);
    }
}
