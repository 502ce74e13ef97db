package org.civicdata.tracker.edge.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.audit.RecordWriter;
import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.dojletter.DojLetter;
import org.civicdata.tracker.record.dojletter.DojLetterRepository;
import org.civicdata.tracker.record.dojletter.LetterStatus;
import org.civicdata.tracker.record.funding.CourtCase;
import org.civicdata.tracker.record.funding.FundingThreat;
import org.civicdata.tracker.record.funding.ThreatInstrument;
import org.civicdata.tracker.record.funding.ThreatStatus;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.jurisdiction.JurisdictionRepository;
import org.civicdata.tracker.record.source.Source;
import org.civicdata.tracker.record.source.SourceRepository;
import org.civicdata.tracker.record.status.StatusChange;
import org.civicdata.tracker.record.status.StatusChangeRepository;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "As of" reads the dated status history (issue 11), over real HTTP against the real database: a letter
 * sent 2017-08-03 whose entries are SENT (2017-08-03), RESPONDED (2017-10) and FOUND_NON_COMPLIANT
 * (2018-01-24), and a threat THREATENED (2017-04-21) then ENJOINED (2017-11-20) with a court case FILED
 * (2017-05-01) then RULED (2017-11-20), in the made-up state "QY". The entries are written straight to
 * the table as a fixture (the staff write path is the "status" helper's), followed by an audited write so
 * that the data version, and with it every cached public response, moves on.
 */
@MicronautTest(transactional = false)
class StatusAsOfTest {

    private static final String SLUG = "historied-qy";

    @Inject
    EmbeddedServer server;

    @Inject
    SeedLoader seeds;

    @Inject
    RecordWriter writer;

    @Inject
    JurisdictionRepository jurisdictions;

    @Inject
    SourceRepository sources;

    @Inject
    DojLetterRepository letters;

    @Inject
    StatusChangeRepository entries;

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void data() {
        TestSeeds.ensureLoaded(seeds);
        if (jurisdictions.findBySlug(SLUG).isPresent()) {
            return;
        }
        long cited = sources.findBySeedKey("doc-000").orElseThrow().getId();
        Source draft = new Source();
        draft.setTitle("A draft source on the response");
        long draftSource = writer.create(RecordType.SOURCE, draft, List.of(), Map.of(), "test")
                .getId();
        Jurisdiction j = jurisdiction(SLUG, "Historied", cited);
        Jurisdiction cached = jurisdiction("cached-qy", "Cached", cited);

        DojLetter letter = letter(j, LetterStatus.FOUND_NON_COMPLIANT, PublicationState.PUBLISHED, cited);
        FundingThreat threat = new FundingThreat();
        threat.setJurisdictionId(j.getId());
        threat.setIssuingAuthority("Test authority");
        threat.setInstrument(ThreatInstrument.MEMO);
        threat.setStatus(ThreatStatus.ENJOINED);
        threat.setAnnouncedOn(LocalDate.of(2017, 4, 21));
        threat.setAnnouncedPrecision(DatePrecision.DAY);
        threat.setPublicationState(PublicationState.PUBLISHED);
        threat = writer.create(RecordType.FUNDING_THREAT, threat, List.of(cited), Map.of(), "test");
        CourtCase ruling = new CourtCase();
        ruling.setFundingThreatId(threat.getId());
        ruling.setName("Historied v. Test");
        ruling.setRulingOn(LocalDate.of(2017, 11, 20));
        ruling.setRulingPrecision(DatePrecision.DAY);
        ruling.setPublicationState(PublicationState.PUBLISHED);
        ruling = writer.create(RecordType.COURT_CASE, ruling, List.of(cited), Map.of(), "test");
        // A draft letter of the same jurisdiction: its entries are never public.
        DojLetter hidden = letter(j, LetterStatus.WITHDRAWN, PublicationState.DRAFT, cited);
        DojLetter cachedLetter = letter(cached, LetterStatus.SENT, PublicationState.PUBLISHED, cited);

        List<StatusChange> fixture = new ArrayList<>();
        fixture.add(entry(letter.getId(), null, null, "SENT", "2017-08-03", DatePrecision.DAY, cited));
        fixture.add(entry(letter.getId(), null, null, "RESPONDED", "2017-10-01", DatePrecision.MONTH, draftSource));
        fixture.add(entry(letter.getId(), null, null, "FOUND_NON_COMPLIANT", "2018-01-24", DatePrecision.DAY, cited));
        fixture.add(entry(null, threat.getId(), null, "THREATENED", "2017-04-21", DatePrecision.DAY, cited));
        fixture.add(entry(null, threat.getId(), null, "ENJOINED", "2017-11-20", DatePrecision.DAY, cited));
        fixture.add(entry(null, null, ruling.getId(), "FILED", "2017-05-01", DatePrecision.DAY, cited));
        fixture.add(entry(null, null, ruling.getId(), "RULED", "2017-11-20", DatePrecision.DAY, cited));
        fixture.add(entry(hidden.getId(), null, null, "SENT", "2017-08-03", DatePrecision.DAY, cited));
        fixture.add(entry(hidden.getId(), null, null, "WITHDRAWN", "2017-09-01", DatePrecision.DAY, cited));
        fixture.add(entry(cachedLetter.getId(), null, null, "SENT", "2017-08-03", DatePrecision.DAY, cited));
        entries.saveAll(fixture);
        bumpDataVersion();
    }

    private Jurisdiction jurisdiction(String slug, String name, long source) {
        Jurisdiction j = new Jurisdiction();
        j.setSlug(slug);
        j.setName(name);
        j.setKind(JurisdictionKind.CITY);
        j.setStateCode("QY");
        j.setLatitude(new BigDecimal("41.5"));
        j.setLongitude(new BigDecimal("-88.5"));
        j.setPublicationState(PublicationState.PUBLISHED);
        return writer.create(RecordType.JURISDICTION, j, List.of(source), Map.of(), "test");
    }

    private DojLetter letter(Jurisdiction j, LetterStatus status, PublicationState state, long source) {
        DojLetter letter = new DojLetter();
        letter.setJurisdictionId(j.getId());
        letter.setStatus(status);
        letter.setSentOn(LocalDate.of(2017, 8, 3));
        letter.setSentPrecision(DatePrecision.DAY);
        letter.setPublicationState(state);
        return writer.create(RecordType.DOJ_LETTER, letter, List.of(source), Map.of(), "test");
    }

    private static StatusChange entry(
            Long letter, Long threat, Long ruling, String status, String on, DatePrecision precision, long source) {
        boolean first = status.equals("SENT") || status.equals("THREATENED") || status.equals("FILED");
        return new StatusChange(
                null,
                letter,
                threat,
                ruling,
                status,
                LocalDate.parse(on),
                precision,
                first ? LocalDate.parse(on).plusDays(1) : null,
                first ? DatePrecision.DAY : null,
                source,
                false,
                status.equals("RESPONDED") ? "Answered by letter" : null);
    }

    /** An audited write (a draft source nobody sees): the data version moves on, as after a staff save. */
    private void bumpDataVersion() {
        Source bump = new Source();
        bump.setTitle("Version bump " + System.nanoTime());
        writer.create(RecordType.SOURCE, bump, List.of(), Map.of(), "test");
    }

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> detail(String asOf) throws Exception {
        HttpResponse<String> response = get("/api/jurisdictions/" + SLUG + (asOf.isEmpty() ? "" : "?asOf=" + asOf));
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readValue(response.body(), Map.class);
    }

    @SuppressWarnings("unchecked")
    private List<String> slugs(String query) throws Exception {
        HttpResponse<String> response = get("/api/jurisdictions?state=QY&" + query);
        assertThat(response.statusCode()).as(query).isEqualTo(200);
        List<Map<String, Object>> items = (List<Map<String, Object>>)
                json.readValue(response.body(), Map.class).get("items");
        return items.stream().map(i -> (String) i.get("slug")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        return (List<Map<String, Object>>) parent.get(key);
    }

    @ParameterizedTest
    @CsvSource({
        // asOf, the letter's status then ('' = not yet sent), its entries in effect
        "2017-08-02, '', 0",
        "2017-08-03, SENT, 1",
        "2017-09-30, SENT, 1",
        "2017-10-01, RESPONDED, 2",
        "2018-01-23, RESPONDED, 2",
        "2018-01-24, FOUND_NON_COMPLIANT, 3",
        "'', FOUND_NON_COMPLIANT, 3"
    })
    void theLetterHasTheStatusOfItsLatestEntryInEffect(String asOf, String status, int inEffect) throws Exception {
        Map<String, Object> detail = detail(asOf);
        List<Map<String, Object>> shown = list(detail, "dojLetters");
        // The draft letter (WITHDRAWN) is never shown, nor are its entries.
        assertThat(json.writeValueAsString(detail)).doesNotContain("WITHDRAWN");
        if (status.isEmpty()) {
            assertThat(shown).isEmpty();
            return;
        }
        Map<String, Object> letter = shown.get(0);
        assertThat(shown).hasSize(1);
        assertThat(letter).containsEntry("status", status);
        List<Map<String, Object>> history = list(letter, "statusHistory");
        assertThat(history).hasSize(inEffect);
        assertThat(history.get(inEffect - 1)).containsEntry("status", status);
        assertThat(history.get(0))
                .containsEntry("statusLabel", "Sent")
                .containsEntry("effectiveOn", "2017-08-03")
                .containsEntry("reportedOn", "2017-08-04")
                .containsEntry("migratedInitial", false);
        assertThat((Map<String, Object>) history.get(0).get("source")).containsKey("title");
        if (inEffect >= 2) {
            // A month counts from its first day; an entry citing a draft source shows no source.
            assertThat(history.get(1))
                    .containsEntry("statusLabel", "Responded")
                    .containsEntry("effectiveOn", "2017-10")
                    .containsEntry("note", "Answered by letter")
                    .containsEntry("source", null);
        }
    }

    @Test
    void theListingFilterUsesTheStatusOnTheDate() throws Exception {
        assertThat(slugs("letter=SENT&asOf=2017-09-01")).contains(SLUG);
        assertThat(slugs("letter=RESPONDED&asOf=2017-09-01")).doesNotContain(SLUG);
        assertThat(slugs("letter=RESPONDED&asOf=2017-11-01")).contains(SLUG);
        assertThat(slugs("letter=SENT&asOf=2017-11-01")).doesNotContain(SLUG);
        assertThat(slugs("letter=FOUND_NON_COMPLIANT&asOf=2017-11-01")).doesNotContain(SLUG);
        assertThat(slugs("letter=FOUND_NON_COMPLIANT&asOf=2018-02-01")).contains(SLUG);
        assertThat(slugs("letter=FOUND_NON_COMPLIANT")).contains(SLUG);
        assertThat(slugs("letter=SENT")).doesNotContain(SLUG);
        assertThat(slugs("letter=SENT&asOf=2017-08-02")).doesNotContain(SLUG);
        // The draft letter's status, today or as of any date, never matches.
        assertThat(slugs("letter=WITHDRAWN")).doesNotContain(SLUG);
        assertThat(slugs("letter=WITHDRAWN&asOf=2017-09-15")).doesNotContain(SLUG);

        assertThat(slugs("threat=THREATENED&asOf=2017-06-01")).contains(SLUG);
        assertThat(slugs("threat=ENJOINED&asOf=2017-06-01")).doesNotContain(SLUG);
        assertThat(slugs("threat=ENJOINED&asOf=2017-12-01")).contains(SLUG);
        assertThat(slugs("threat=THREATENED&asOf=2017-12-01")).doesNotContain(SLUG);
        assertThat(slugs("threat=THREATENED&asOf=2017-04-20")).doesNotContain(SLUG);

        // The counts stay by the records' own dates; the CSV's status column is as of the date.
        HttpResponse<String> csv = get("/api/jurisdictions.csv?q=historied&asOf=2017-11-01");
        assertThat(csv.body().lines().toList().get(1)).contains(",RESPONDED,THREATENED,");
    }

    @Test
    void theThreatAndItsCourtCaseHaveTheirStatusOnTheDate() throws Exception {
        Map<String, Object> before =
                list(detail("2017-06-01"), "fundingThreats").get(0);
        assertThat(before).containsEntry("status", "THREATENED");
        assertThat(list(before, "statusHistory"))
                .extracting(e -> e.get("status"))
                .containsExactly("THREATENED");
        // Filed before the ruling: the case shows, with its status then.
        Map<String, Object> filed = list(before, "courtCases").get(0);
        assertThat(filed).containsEntry("status", "FILED");
        assertThat(list(filed, "statusHistory")).hasSize(1);

        Map<String, Object> after = list(detail("2017-12-01"), "fundingThreats").get(0);
        assertThat(after).containsEntry("status", "ENJOINED");
        assertThat(list(after, "statusHistory"))
                .extracting(e -> e.get("status"))
                .containsExactly("THREATENED", "ENJOINED");
        assertThat(list(after, "courtCases").get(0)).containsEntry("status", "RULED");

        assertThat(list(detail("2017-04-20"), "fundingThreats")).isEmpty();
    }

    @Test
    void theMapAndTheJurisdictionPageShowTheStatusOnTheDate() throws Exception {
        Document map =
                Jsoup.parse(get("/?state=QY&letter=RESPONDED&asOf=2017-11-01").body());
        assertThat(map.select("a.marker[data-slug=" + SLUG + "]")).hasSize(1);
        Document none =
                Jsoup.parse(get("/?state=QY&letter=RESPONDED&asOf=2018-02-01").body());
        assertThat(none.select("a.marker[data-slug=" + SLUG + "]")).isEmpty();

        Document then = Jsoup.parse(get("/j/" + SLUG + "?asOf=2017-11-01").body());
        assertThat(then.select("#letters dd").eachText()).contains("Responded");
        assertThat(then.select("#letters ol.status-history > li")).hasSize(2);
        assertThat(then.select("#letters ol.status-history > li").get(1).text())
                .contains("Responded, from 2017-10", "Answered by letter");
        assertThat(then.select("#threats .item > ol.status-history > li")).hasSize(1);
        assertThat(then.text()).doesNotContain("Withdrawn", "Found non-compliant");

        Document today = Jsoup.parse(get("/j/" + SLUG).body());
        assertThat(today.select("#letters dd").eachText()).contains("Found non-compliant");
        assertThat(today.select("#letters ol.status-history > li")).hasSize(3);
        assertThat(today.text()).doesNotContain("Withdrawn");
        // An entry's source is not one of the page's lists of a record's sources.
        assertThat(today.select("#letters ul.entry-source")).hasSize(2);
    }

    @Test
    void aCachedListingUnderAsOfFollowsTheHistory() throws Exception {
        Long cached = jurisdictions.findBySlug("cached-qy").orElseThrow().getId();
        long cachedLetter = letters.findAll().stream()
                .filter(l -> cached.equals(l.getJurisdictionId()))
                .findFirst()
                .orElseThrow()
                .getId();
        long cited = sources.findBySeedKey("doc-000").orElseThrow().getId();
        // Back to one entry (SENT) whatever an earlier run left.
        entries.deleteByDojLetterId(cachedLetter);
        entries.save(entry(cachedLetter, null, null, "SENT", "2017-08-03", DatePrecision.DAY, cited));
        bumpDataVersion();
        String path = "/api/jurisdictions?state=QY&letter=SENT&asOf=2017-11-01";
        HttpResponse<String> first = get(path);
        assertThat(first.body()).contains("cached-qy");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get(path).body()).contains("cached-qy");

        // A new entry in effect by the date: the same address now answers anew, without the jurisdiction.
        entries.save(entry(cachedLetter, null, null, "RESPONDED", "2017-10-15", DatePrecision.DAY, cited));
        bumpDataVersion();
        HttpResponse<String> revalidated = get(path, "If-None-Match", etag);
        assertThat(revalidated.statusCode()).isEqualTo(200);
        assertThat(revalidated.body()).doesNotContain("cached-qy");
        assertThat(get("/api/jurisdictions?state=QY&letter=RESPONDED&asOf=2017-11-01")
                        .body())
                .contains("cached-qy");
        // Before the new entry took effect, the letter was still SENT.
        assertThat(get("/api/jurisdictions?state=QY&letter=SENT&asOf=2017-10-14")
                        .body())
                .contains("cached-qy");
    }
}
