package org.civicdata.tracker.edge.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.audit.RecordWriter;
import org.civicdata.tracker.core.common.Coded;
import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.core.common.PartialDate;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.common.TrackedRecord;
import org.civicdata.tracker.edge.opendata.PublicQuery;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.dojletter.DojLetter;
import org.civicdata.tracker.record.dojletter.LetterStatus;
import org.civicdata.tracker.record.funding.CaseStatus;
import org.civicdata.tracker.record.funding.CourtCase;
import org.civicdata.tracker.record.funding.FundingThreat;
import org.civicdata.tracker.record.funding.ThreatInstrument;
import org.civicdata.tracker.record.funding.ThreatStatus;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.source.Source;
import org.civicdata.tracker.record.status.StatusEntry;
import org.civicdata.tracker.record.status.StatusHistory;
import org.civicdata.tracker.record.status.StatusHistoryParts;
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

    @Inject
    RecordWriter writer;

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

    /**
     * In state XM (used by no other test), in the 1890s (before any other test's or seed's date, so the
     * whole map's thinning keeps each year's last date): a published letter sent 1891-03-02 whose first
     * entry, made from its own status, is dated 1891-02-10 (its sent date corrected since), and which was
     * answered in 1893-09, a date where nothing else is dated; a draft letter answered 1892-06-15; a
     * threat announced the same day as the letter, withheld 1892-02-03, whose court case was ruled
     * 1892-05-06. (A published letter of a draft jurisdiction cannot be written: the publication guard
     * refuses it.)
     */
    @Test
    void aStatusChangeIsAStepOfItsStateAndTheWholeMapUnlessItsRecordIsNotPublishedOrItWasMadeFromTheOwnStatus()
            throws Exception {
        TestSeeds.ensureLoaded(seeds);
        Source report = new Source();
        report.setTitle("Map steps report");
        report.setUrl("https://example.org/map-steps");
        report.setPublicationState(PublicationState.PUBLISHED);
        long source = writer.create(RecordType.SOURCE, report, List.of(), Map.of(), "test")
                .getId();
        long stepton = jurisdiction("stepton-xm", source);
        letter(stepton, "1891-03-02", PublicationState.PUBLISHED, source, "1891-02-10", "1893-09");
        letter(stepton, "1891-04-01", PublicationState.DRAFT, source, "1891-04-01", "1892-06-15");
        FundingThreat threat = new FundingThreat();
        threat.setJurisdictionId(stepton);
        threat.setIssuingAuthority("Map steps authority");
        threat.setInstrument(ThreatInstrument.EXECUTIVE_ORDER);
        threat.setStatus(ThreatStatus.WITHHELD);
        threat.setAnnouncedOn(LocalDate.of(1891, 3, 2));
        threat.setAnnouncedPrecision(DatePrecision.DAY);
        threat.setPublicationState(PublicationState.PUBLISHED);
        long threatId = create(
                        RecordType.FUNDING_THREAT,
                        threat,
                        source,
                        history(source, ThreatStatus.THREATENED, "1891-03-02", ThreatStatus.WITHHELD, "1892-02-03"))
                .getId();
        CourtCase ruling = new CourtCase();
        ruling.setFundingThreatId(threatId);
        ruling.setName("Stepton v. Map steps authority");
        ruling.setPublicationState(PublicationState.PUBLISHED);
        create(
                RecordType.COURT_CASE,
                ruling,
                source,
                history(source, CaseStatus.FILED, null, CaseStatus.RULED, "1892-05-06"));

        assertThat(steps("/?state=XM"))
                .containsExactly(
                        LocalDate.of(1891, 3, 2),
                        LocalDate.of(1892, 2, 3),
                        LocalDate.of(1892, 5, 6),
                        LocalDate.of(1893, 9, 1));
        List<LocalDate> wholeMap = steps("/");
        assertThat(wholeMap).contains(LocalDate.of(1893, 9, 1));
        assertThat(wholeMap.stream().filter(d -> d.getYear() < 1895))
                .as("the 1890s, the last date of each year at least")
                .endsWith(LocalDate.of(1892, 5, 6), LocalDate.of(1893, 9, 1))
                .doesNotContain(LocalDate.of(1891, 2, 10), LocalDate.of(1892, 6, 15));
        // The step shows the letter answered: the map as of that date is not the map of the day before.
        Document answered = Jsoup.connect(server.getURL() + "/?state=XM&letter=RESPONDED&asOf=1893-09-01")
                .get();
        Document before = Jsoup.connect(server.getURL() + "/?state=XM&letter=RESPONDED&asOf=1893-08-31")
                .get();
        assertThat(answered.select("main").text()).contains("Stepton");
        assertThat(before.select("main").text()).doesNotContain("Stepton");
        // "What changed" since the step before lists that change, dated as the step is.
        Document changes = Jsoup.connect(server.getURL()
                        + answered.selectFirst("nav.time a.time-diff").attr("href"))
                .get();
        assertThat(changes.select("h1").text()).isEqualTo("What changed from 1892-05-06 to 1893-09-01 in XM");
        assertThat(changes.select("#doj-letter + ul > li").eachText())
                .singleElement()
                .asString()
                .startsWith("Stepton (XM) · 1893-09: DOJ letter from Map steps sender;")
                .contains("status changed from Sent to Responded on 1893-09");
    }

    private List<LocalDate> steps(String path) throws Exception {
        Element nav = Jsoup.connect(server.getURL() + path).get().selectFirst("main nav.time");
        assertThat(nav).as(path).isNotNull();
        return Arrays.stream(nav.attr("data-steps").split(" "))
                .map(LocalDate::parse)
                .toList();
    }

    private long jurisdiction(String slug, long source) {
        Jurisdiction j = new Jurisdiction();
        j.setSlug(slug);
        j.setName(slug.substring(0, 1).toUpperCase() + slug.substring(1, slug.indexOf('-')));
        j.setKind(JurisdictionKind.CITY);
        j.setStateCode("XM");
        j.setPublicationState(PublicationState.PUBLISHED);
        return create(RecordType.JURISDICTION, j, source, Map.of()).getId();
    }

    /** A letter sent on {@code sent}, its first entry (made from its own status) dated {@code initial}, answered on {@code answered}. */
    private void letter(
            long jurisdiction, String sent, PublicationState state, long source, String initial, String answered) {
        DojLetter l = new DojLetter();
        l.setJurisdictionId(jurisdiction);
        l.setSentOn(LocalDate.parse(sent));
        l.setSentPrecision(DatePrecision.DAY);
        l.setSender("Map steps sender");
        l.setStatus(LetterStatus.RESPONDED);
        l.setPublicationState(state);
        create(
                RecordType.DOJ_LETTER,
                l,
                source,
                history(source, LetterStatus.SENT, initial, LetterStatus.RESPONDED, answered));
    }

    /** A first entry made from the record's own status dated {@code initial}, then {@code later} on {@code on}. */
    private static Map<String, Object> history(long source, Coded first, String initial, Coded later, String on) {
        List<StatusEntry> entries = new ArrayList<>();
        entries.add(StatusHistoryParts.initial(first, initial == null ? null : PartialDate.parse(initial), source));
        entries.add(new StatusEntry(later.name(), PartialDate.parse(on), null, source, null, false));
        return Map.<String, Object>of(StatusHistory.PART, StatusHistory.part(entries));
    }

    private <T extends TrackedRecord> T create(RecordType type, T record, long source, Map<String, Object> parts) {
        return writer.create(type, record, List.of(source), parts, "test");
    }
}
