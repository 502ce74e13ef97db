package org.civicdata.tracker.edge.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.civicdata.tracker.edge.opendata.PublicQuery;
import org.civicdata.tracker.edge.opendata.ResponseShapes.Counts;
import org.civicdata.tracker.edge.opendata.ResponseShapes.JurisdictionSummary;
import org.civicdata.tracker.infra.map.UsAtlas;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The map page drawn from generated lists, no database: a few jurisdictions are drawn one by one as
 * ever; above {@link MapSvg#DETAIL_LIMIT} the national map shades states by count and stays small;
 * a state's map draws its markers, clustering those that overlap; every link works without script.
 */
class MapPageTest {

    private static final UsAtlas ATLAS = new UsAtlas();
    private static final String[] STATES =
            ("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO "
                            + "MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY")
                    .split(" ");
    private static final String[] STANCES = {"SANCTUARY", "LIMITS_COOPERATION", "COOPERATES", "NO_DATA"};

    private static JurisdictionSummary city(int i, String state, double lat, double lon, String stance) {
        return new JurisdictionSummary(
                "place-" + i + "-" + state.toLowerCase(),
                "Place " + i,
                i % 10 == 0 ? "COUNTY" : "CITY",
                state,
                null,
                BigDecimal.valueOf(lat),
                BigDecimal.valueOf(lon),
                null,
                null,
                null,
                stance,
                Map.of(),
                List.of(),
                List.of(),
                new Counts(0, 0, 0, 0, 0, 0));
    }

    /** As bench/PublicBenchmarkData: states in turn, random points in the lower 48's box, every tenth a county. */
    static List<JurisdictionSummary> generated(int n) {
        Random random = new Random(7);
        List<JurisdictionSummary> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(city(
                    i,
                    STATES[i % STATES.length],
                    25 + random.nextDouble() * 24,
                    -124 + random.nextDouble() * 57,
                    STANCES[random.nextInt(STANCES.length)]));
        }
        return items;
    }

    private static Document page(List<JurisdictionSummary> all, List<JurisdictionSummary> items, PublicQuery query) {
        return Jsoup.parse(new String(render(all, items, query), StandardCharsets.UTF_8));
    }

    private static byte[] render(List<JurisdictionSummary> all, List<JurisdictionSummary> items, PublicQuery query) {
        return MapPage.render(ATLAS, all, items, query, List.of(), Optional.of(Instant.parse("2026-12-01T00:00:00Z")));
    }

    private static PublicQuery state(String code) {
        return new PublicQuery(null, Map.of(), null, null, code, null, null, null);
    }

    @Test
    void aFewJurisdictionsAreEachDrawnAndLinkedOneByOne() {
        List<JurisdictionSummary> items = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            items.add(city(i, STATES[i % STATES.length], 30 + i * 0.3, -120 + i, STANCES[i % STANCES.length]));
        }
        Document page = page(items, items, PublicQuery.ALL);
        Element svg = page.selectFirst("svg.map");
        assertThat(svg.attr("viewBox")).isEqualTo("0.0 0.0 975.0 610.0");
        assertThat(svg.select("a.state-count")).isEmpty();
        for (JurisdictionSummary j : items) {
            if (!j.kind().equals("COUNTY")) {
                assertThat(svg.select("a.marker[data-slug=" + j.slug() + "]"))
                        .as(j.slug())
                        .singleElement()
                        .satisfies(a -> assertThat(a.attr("href")).isEqualTo("/j/" + j.slug()));
            }
        }
        assertThat(page.select("#table tbody tr")).hasSize(items.size());
        assertThat(page.select("a[href^=/table]")).isEmpty();
        assertThat(page.selectFirst("figcaption").text()).contains("Not on the map (no map position): Place 10");
    }

    @Test
    void aboveTheLimitTheNationalMapShadesEachStateWithItsCountAndLinksToItsOwnMap() {
        List<JurisdictionSummary> items = generated(MapSvg.DETAIL_LIMIT * 3 + 7);
        Document page = page(items, items, PublicQuery.ALL);
        Element svg = page.selectFirst("svg.map");
        assertThat(svg.select("a.marker, a.cluster")).isEmpty();
        Map<String, Long> expected =
                items.stream().collect(Collectors.groupingBy(JurisdictionSummary::state, Collectors.counting()));
        assertThat(svg.select("a.state-count")).hasSize(expected.size());
        expected.forEach((code, count) -> {
            Element state = svg.selectFirst("a.state-count[data-state=" + code + "]");
            assertThat(state).as(code).isNotNull();
            assertThat(state.attr("href")).isEqualTo("/?state=" + code);
            assertThat(state.attr("aria-label"))
                    .startsWith(ATLAS.stateByCode(code).orElseThrow().name() + ": " + count + " jurisdictions (");
            assertThat(state.selectFirst("title").text()).isEqualTo(state.attr("aria-label"));
            long sanctuary = items.stream()
                    .filter(j -> j.state().equals(code) && j.stance().equals("SANCTUARY"))
                    .count();
            assertThat(state.attr("aria-label")).contains("(" + sanctuary + " sanctuary, ");
            Element row = page.selectFirst("#table tbody tr:has(a[data-state=" + code + "])");
            assertThat(row.select("td").eachText().subList(0, 2))
                    .containsExactly(String.valueOf(count), String.valueOf(sanctuary));
        });
        // Big states carry their count as text; the shade follows the count.
        assertThat(svg.select("g.count-labels text").eachText()).contains(String.valueOf(expected.get("CA")));
        assertThat(page.select("#table a[href=/table]").text()).contains("All " + items.size() + " jurisdictions");
        assertThat(page.selectFirst("figcaption").text()).contains(items.size() + " of " + items.size());
    }

    @Test
    void theStateLinksKeepTheOtherFilters() {
        List<JurisdictionSummary> items = generated(MapSvg.DETAIL_LIMIT + 1);
        PublicQuery sanctuary = new PublicQuery(
                org.civicdata.tracker.record.policy.Stance.SANCTUARY, Map.of(), null, null, null, null, null, null);
        Document page = page(items, items, sanctuary);
        assertThat(page.selectFirst("a.state-count[data-state=CA]").attr("href"))
                .isEqualTo("/?stance=SANCTUARY&state=CA");
        assertThat(page.selectFirst("#table a[href^=/table]").attr("href")).isEqualTo("/table?stance=SANCTUARY");
    }

    @Test
    void aStatesMapIsZoomedToItAndDrawsEachOfItsJurisdictions() {
        List<JurisdictionSummary> all = generated(3_000);
        List<JurisdictionSummary> illinois = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            illinois.add(city(100_000 + i, "IL", 38 + (i % 10) * 0.35, -90.5 + (i / 10) * 0.55, STANCES[i % 4]));
        }
        all.addAll(illinois);
        Document page = page(all, illinois, state("IL"));
        Element svg = page.selectFirst("svg.map");
        String[] box = svg.attr("viewBox").split(" ");
        assertThat(Double.parseDouble(box[2])).as("zoomed in").isLessThan(975.0 / 3);
        assertThat(svg.hasClass("zoomed")).isTrue();
        for (JurisdictionSummary j : illinois) {
            if (!j.kind().equals("COUNTY")) {
                assertThat(svg.select("a.marker[data-slug=" + j.slug() + "][href=/j/" + j.slug() + "]"))
                        .as(j.slug())
                        .hasSize(1);
            }
        }
        assertThat(svg.select("a.cluster")).isEmpty();
        assertThat(page.selectFirst("p.where").text()).startsWith("The map of Illinois.");
        assertThat(page.selectFirst("p.where a").attr("href")).isEqualTo("/");
    }

    @Test
    void aStatesMapOfTooManyDrawsOverlappingMarkersAsNumberedClustersLinkingToTheTable() {
        List<JurisdictionSummary> texas = new ArrayList<>();
        Random random = new Random(3);
        for (int i = 0; i < MapSvg.DETAIL_LIMIT * 4; i++) {
            texas.add(city(i * 10 + 1, "TX", 29 + random.nextDouble() * 4, -100 + random.nextDouble() * 6, "NO_DATA"));
        }
        texas.add(city(999_991, "TX", 35.2, -101.8, "SANCTUARY")); // Amarillo, far from the others
        Document page = page(texas, texas, state("TX"));
        Element svg = page.selectFirst("svg.map");
        List<Element> clusters = svg.select("a.cluster");
        assertThat(clusters).isNotEmpty().allSatisfy(c -> {
            assertThat(c.attr("href")).isEqualTo("/table?state=TX");
            assertThat(c.selectFirst("title").text()).contains("jurisdictions too close to draw apart");
        });
        int inClusters = clusters.stream()
                .mapToInt(c -> Integer.parseInt(c.selectFirst("text").text()))
                .sum();
        assertThat(inClusters + svg.select("a.marker").size()).isEqualTo(texas.size());
        assertThat(svg.select("a.marker[data-slug=place-999991-tx]")).hasSize(1);
        assertThat(page.select("#table tbody tr")).hasSize(JurisdictionTable.PAGE_ROWS);
        assertThat(page.selectFirst("#table a[href^=/table]").attr("href")).isEqualTo("/table?state=TX&page=2");
    }

    @Test
    void withTwentyFiveThousandTheNationalPageWithItsStylesheetAndScriptIsUnder400KbGzipped() {
        List<JurisdictionSummary> items = generated(25_000);
        long national =
                gzipped(render(items, items, PublicQuery.ALL)) + gzipped(asset("site.css")) + gzipped(asset("map.js"));
        assertThat(national).isLessThan(400_000);
        List<JurisdictionSummary> california =
                items.stream().filter(j -> j.state().equals("CA")).toList();
        long state =
                gzipped(render(items, california, state("CA"))) + gzipped(asset("site.css")) + gzipped(asset("map.js"));
        assertThat(state).isLessThan(400_000);
    }

    @Test
    void everyLinkOnTheMapPageWorksWithoutAScriptAndNamesWhereItGoes() {
        List<JurisdictionSummary> items = generated(2_000);
        for (Document page : List.of(
                page(items, items, PublicQuery.ALL),
                page(items, items.stream().filter(j -> j.state().equals("NY")).toList(), state("NY")))) {
            assertThat(page.select("a")).allSatisfy(a -> {
                assertThat(a.attr("href")).as(a.outerHtml()).matches("^[/#].*");
                assertThat(a.attributes().asList())
                        .noneMatch(attr -> attr.getKey().startsWith("on"));
            });
            assertThat(page.select("svg.map a"))
                    .isNotEmpty()
                    .allSatisfy(a -> assertThat(a.selectFirst("title").text()).isNotBlank());
            assertThat(page.select("form.filters").attr("method")).isEqualTo("get");
        }
    }

    @Test
    void theLegendsCountRangesAgreeWithTheShading() {
        for (long max : new long[] {1, 4, 5, 7, 10, 99, 500, 1234}) {
            List<String> ranges = MapByState.countRanges(max);
            for (long count = 1; count <= max; count++) {
                String range = ranges.get(MapByState.countClass(count, max));
                String[] ends = range.replace(",", "").split("–");
                long low = Long.parseLong(ends[0]);
                long high = Long.parseLong(ends[ends.length - 1]);
                assertThat(count).as("max %d", max).isBetween(low, high);
            }
        }
    }

    private static byte[] asset(String name) {
        try (InputStream in = MapPageTest.class.getResourceAsStream("/public/assets/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long gzipped(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }
}
