package org.civicdata.tracker.edge.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.edge.opendata.PublicQuery;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The map's time control: which dates it steps through, its links, and the map page carrying it over real HTTP. */
@MicronautTest(transactional = false)
class MapTimeControlTest {

    @Inject
    EmbeddedServer server;

    @Inject
    SeedLoader seeds;

    private static List<LocalDate> days(LocalDate first, int count, int apart) {
        return IntStream.range(0, count)
                .mapToObj(i -> first.plusDays((long) i * apart))
                .toList();
    }

    @Test
    void fewDatesAreKeptManyAreThinnedToTheLastOfEachMonthThenQuarterThenYear() {
        List<LocalDate> few = days(LocalDate.of(2018, 1, 1), 100, 3);
        assertThat(MapTimeControl.thin(few)).isEqualTo(few);
        List<LocalDate> daily = days(LocalDate.of(2017, 1, 1), 730, 1);
        List<LocalDate> monthly = MapTimeControl.thin(daily);
        assertThat(monthly).hasSize(24).startsWith(LocalDate.of(2017, 1, 31)).endsWith(LocalDate.of(2018, 12, 31));
        List<LocalDate> quarterly = MapTimeControl.thin(days(LocalDate.of(2010, 1, 1), 16 * 365, 1));
        assertThat(quarterly).hasSize(64).startsWith(LocalDate.of(2010, 3, 31), LocalDate.of(2010, 6, 30));
        List<LocalDate> yearly = MapTimeControl.thin(days(LocalDate.of(1900, 1, 1), 1_200, 30));
        assertThat(yearly).hasSizeLessThanOrEqualTo(MapTimeControl.MAX_STEPS).hasSizeGreaterThan(90);
        assertThat(yearly.get(0).getYear()).isEqualTo(1900);
        List<LocalDate> centuries = MapTimeControl.thin(days(LocalDate.of(1000, 1, 1), 400, 400));
        assertThat(centuries).hasSize(MapTimeControl.MAX_STEPS).isSorted();
    }

    private static Element control(String asOf, List<LocalDate> steps) {
        Document page = Jsoup.parse("<main></main>");
        Map<String, List<String>> parameters = asOf == null
                ? Map.of("state", List.of("IL"), "stance", List.of("SANCTUARY"))
                : Map.of("state", List.of("IL"), "stance", List.of("SANCTUARY"), "asOf", List.of(asOf));
        MapTimeControl.render(page.selectFirst("main"), steps, PublicQuery.parse(parameters));
        return page.selectFirst("nav.time");
    }

    @Test
    void theStepperLinksToTheDatesAroundTheOneShownKeepingTheFilters() {
        List<LocalDate> steps = List.of(LocalDate.of(2017, 1, 25), LocalDate.of(2018, 1, 24), LocalDate.of(2019, 6, 1));
        Element between = control("2018-03-01", steps);
        assertThat(between.attr("data-steps")).isEqualTo("2017-01-25 2018-01-24 2019-06-01");
        assertThat(between.selectFirst(".time-now").text())
                .isEqualTo("Shown: as of 2018-03-01, date 2 of the 3 where something changed.");
        assertThat(between.select(".time-steps a").eachText())
                .containsExactly(
                        "First (2017-01-25)",
                        "Previous (2018-01-24)",
                        "Next (2019-06-01)",
                        "Latest (today)",
                        "What changed since 2018-01-24");
        assertThat(between.select(".time-steps a").eachAttr("href"))
                .containsExactly(
                        "/?asOf=2017-01-25&stance=SANCTUARY&state=IL",
                        "/?asOf=2018-01-24&stance=SANCTUARY&state=IL",
                        "/?asOf=2019-06-01&stance=SANCTUARY&state=IL",
                        "/?stance=SANCTUARY&state=IL",
                        "/changes?from=2018-01-24&to=2018-03-01&state=IL");
        assertThat(between.selectFirst("a[rel=prev]").text()).isEqualTo("Previous (2018-01-24)");

        Element today = control(null, steps);
        assertThat(today.select(".time-steps a").eachText())
                .containsExactly("First (2017-01-25)", "Previous (2019-06-01)");
        assertThat(today.select(".time-none").eachText()).containsExactly("Next", "Latest (today)");

        Element first = control("2017-01-25", steps);
        assertThat(first.select(".time-none").eachText()).containsExactly("First (2017-01-25)", "Previous");
        assertThat(first.selectFirst("a[rel=next]").attr("href")).contains("asOf=2018-01-24");

        assertThat(control(null, List.of())).isNull();
    }

    @Test
    void theMapPageCarriesTheControlWithTheSeededDates() throws Exception {
        TestSeeds.ensureLoaded(seeds);
        Document page = Jsoup.connect(server.getURL() + "/").get();
        Element nav = page.selectFirst("main nav.time");
        assertThat(nav).isNotNull();
        List<LocalDate> steps = Arrays.stream(nav.attr("data-steps").split(" "))
                .map(LocalDate::parse)
                .toList();
        assertThat(steps).isSorted().doesNotHaveDuplicates().hasSizeBetween(2, MapTimeControl.MAX_STEPS);
        assertThat(steps.get(steps.size() - 1)).isBeforeOrEqualTo(LocalDate.now());
        // Placed before the map, and the script that enhances it is on the page.
        assertThat(nav.nextElementSibling().is("div.map-layout, p.where")).isTrue();
        assertThat(page.select("head script[src=/assets/map-time.js]")).hasSize(1);
        Document first = Jsoup.connect(
                        server.getURL() + nav.selectFirst(".time-steps a").attr("href"))
                .get();
        assertThat(first.selectFirst("figcaption").text()).contains("as of " + steps.get(0));
    }
}
