package org.civicdata.tracker.edge.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.audit.RecordWriter;
import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.dojletter.DojLetter;
import org.civicdata.tracker.record.dojletter.LetterStatus;
import org.civicdata.tracker.record.funding.FundingThreat;
import org.civicdata.tracker.record.funding.ThreatInstrument;
import org.civicdata.tracker.record.funding.ThreatStatus;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.jurisdiction.JurisdictionRepository;
import org.civicdata.tracker.record.person.PersonRepository;
import org.civicdata.tracker.record.policy.PolicyPosition;
import org.civicdata.tracker.record.policy.PolicyValue;
import org.civicdata.tracker.record.policy.PolicyVariable;
import org.civicdata.tracker.record.source.SourceRepository;
import org.civicdata.tracker.record.statement.Statement;
import org.civicdata.tracker.record.statement.StatementKind;
import org.civicdata.tracker.record.status.StatusChange;
import org.civicdata.tracker.record.status.StatusChangeRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The open-data listings over real HTTP: filters, asOf, CSV and GeoJSON shape, ETag and 304, and
 * 400s that name the parameter. Its own jurisdictions live in the made-up state "QZ", so the seeds
 * and other tests' records do not disturb the filters.
 */
@MicronautTest(transactional = false)
class OpenDataApiTest {

    private static final String STATE = "QZ";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    SeedLoader seeds;

    @Inject
    RecordWriter writer;

    @Inject
    JurisdictionRepository jurisdictions;

    @Inject
    PersonRepository people;

    @Inject
    SourceRepository sources;

    @Inject
    StatusChangeRepository statusHistory;

    @Inject
    io.micronaut.runtime.server.EmbeddedServer server;

    @BeforeEach
    void data() {
        TestSeeds.ensureLoaded(seeds);
        if (jurisdictions.findBySlug("lettered-qz").isPresent()) {
            return;
        }
        long source = sources.findBySeedKey("doc-000").orElseThrow().getId();
        // Sanctuary from 2019 (detainer and information-sharing limits), with a letter found
        // compliant (sent 2018) and an enjoined threat (announced 2020).
        Jurisdiction lettered = city("lettered-qz", "Lettered", "40.1", "-89.2");
        position(lettered, PolicyVariable.ICE_DETAINER_LIMITS, PolicyValue.YES, source);
        position(lettered, PolicyVariable.INFO_SHARING_LIMITS, PolicyValue.YES, source);
        DojLetter letter = new DojLetter();
        letter.setJurisdictionId(lettered.getId());
        letter.setStatus(LetterStatus.FOUND_COMPLIANT);
        letter.setSentOn(LocalDate.of(2018, 3, 1));
        letter.setSentPrecision(DatePrecision.DAY);
        letter.setPublicationState(PublicationState.PUBLISHED);
        letter = writer.create(RecordType.DOJ_LETTER, letter, List.of(source), Map.of(), "test");
        FundingThreat threat = new FundingThreat();
        threat.setJurisdictionId(lettered.getId());
        threat.setIssuingAuthority("Test authority");
        threat.setInstrument(ThreatInstrument.MEMO);
        threat.setStatus(ThreatStatus.ENJOINED);
        threat.setAnnouncedOn(LocalDate.of(2020, 2, 1));
        threat.setAnnouncedPrecision(DatePrecision.DAY);
        threat.setPublicationState(PublicationState.PUBLISHED);
        threat = writer.create(RecordType.FUNDING_THREAT, threat, List.of(source), Map.of(), "test");
        // Each one's status history: its status from its own date, as V10 and the seed loader make it.
        statusHistory.saveAll(List.of(
                new StatusChange(
                        null,
                        letter.getId(),
                        null,
                        null,
                        "FOUND_COMPLIANT",
                        letter.getSentOn(),
                        DatePrecision.DAY,
                        null,
                        null,
                        source,
                        true,
                        null),
                new StatusChange(
                        null,
                        null,
                        threat.getId(),
                        null,
                        "ENJOINED",
                        threat.getAnnouncedOn(),
                        DatePrecision.DAY,
                        null,
                        null,
                        source,
                        true,
                        null)));
        Statement quote = new Statement();
        quote.setPersonId(people.findBySeedKey("rahm-emanuel").orElseThrow().getId());
        quote.setJurisdictionId(lettered.getId());
        quote.setKind(StatementKind.QUOTE);
        quote.setText("Words with <b>markup</b> & an ampersand");
        quote.setSaidOn(LocalDate.of(2021, 5, 5));
        quote.setSaidPrecision(DatePrecision.DAY);
        quote.setPublicationState(PublicationState.PUBLISHED);
        writer.create(RecordType.STATEMENT, quote, List.of(source), Map.of(), "test");

        city("plain-qz", "Plain", "40.000000", "-90");
        Jurisdiction unpublished = new Jurisdiction();
        unpublished.setSlug("unpublished-qz");
        unpublished.setName("Unpublished");
        unpublished.setKind(JurisdictionKind.CITY);
        unpublished.setStateCode(STATE);
        writer.create(RecordType.JURISDICTION, unpublished, List.of(), Map.of(), "test");
    }

    private Jurisdiction city(String slug, String name, String latitude, String longitude) {
        Jurisdiction j = new Jurisdiction();
        j.setSlug(slug);
        j.setName(name);
        j.setKind(JurisdictionKind.CITY);
        j.setStateCode(STATE);
        j.setLatitude(new BigDecimal(latitude));
        j.setLongitude(new BigDecimal(longitude));
        j.setPublicationState(PublicationState.PUBLISHED);
        return writer.create(
                RecordType.JURISDICTION,
                j,
                List.of(sources.findBySeedKey("doc-000").orElseThrow().getId()),
                Map.of(),
                "test");
    }

    private void position(Jurisdiction j, PolicyVariable variable, PolicyValue value, long source) {
        PolicyPosition p = new PolicyPosition();
        p.setJurisdictionId(j.getId());
        p.setVariable(variable);
        p.setValue(value);
        p.setValidFromOn(LocalDate.of(2019, 1, 1));
        p.setValidFromPrecision(DatePrecision.DAY);
        p.setPublicationState(PublicationState.PUBLISHED);
        writer.create(RecordType.POLICY_POSITION, p, List.of(source), Map.of(), "test");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> items(String query) {
        Map<String, Object> body =
                http.toBlocking().retrieve(HttpRequest.GET("/api/jurisdictions?" + query), Map.class);
        assertThat(body.get("count")).isEqualTo(((List<?>) body.get("items")).size());
        return (List<Map<String, Object>>) body.get("items");
    }

    private List<Object> slugs(String query) {
        return items(query).stream().map(i -> i.get("slug")).toList();
    }

    @Test
    void filtersNarrowTheListing() {
        assertThat(slugs("state=QZ")).containsExactly("lettered-qz", "plain-qz");
        assertThat(slugs("state=qz&stance=SANCTUARY")).containsExactly("lettered-qz");
        assertThat(slugs("state=QZ&stance=NO_DATA")).containsExactly("plain-qz");
        assertThat(slugs("state=QZ&ice_detainer_limits=YES")).containsExactly("lettered-qz");
        assertThat(slugs("state=QZ&agreement_287g=YES")).isEmpty();
        assertThat(slugs("letter=FOUND_COMPLIANT")).contains("lettered-qz").doesNotContain("plain-qz");
        assertThat(slugs("threat=ENJOINED")).contains("lettered-qz").doesNotContain("plain-qz");
        assertThat(slugs("threat=WITHHELD")).doesNotContain("lettered-qz");
        assertThat(slugs("q=LETTER")).contains("lettered-qz").doesNotContain("plain-qz", "chicago-il");
        assertThat(slugs("kind=STATE")).contains("illinois-il").doesNotContain("chicago-il", "lettered-qz");
        assertThat(slugs("stance=SANCTUARY")).contains("washington-dc", "lettered-qz");
    }

    @Test
    @SuppressWarnings("unchecked")
    void asOfShowsTheRecordsAsTheyStoodByTheirOwnDates() {
        Map<String, Object> today = items("state=QZ&q=lettered").get(0);
        assertThat(today).containsEntry("stance", "SANCTUARY");
        assertThat((Map<String, Object>) today.get("policy")).containsEntry("ICE_DETAINER_LIMITS", "YES");
        assertThat((Map<String, Object>) today.get("counts"))
                .containsEntry("statements", 1)
                .containsEntry("policyPositions", 2);

        Map<String, Object> in2018 =
                items("state=QZ&q=lettered&asOf=2018-06-01").get(0);
        assertThat(in2018)
                .containsEntry("stance", "NO_DATA")
                .containsEntry("dojLetterStatuses", List.of("FOUND_COMPLIANT"))
                .containsEntry("fundingThreatStatuses", List.of());
        assertThat((Map<String, Object>) in2018.get("policy")).isEmpty();
        assertThat((Map<String, Object>) in2018.get("counts"))
                .containsEntry("statements", 0)
                .containsEntry("policyPositions", 0)
                .containsEntry("dojLetters", 1)
                .containsEntry("fundingThreats", 0);
        assertThat(slugs("asOf=2018-06-01&stance=SANCTUARY")).doesNotContain("lettered-qz");
        assertThat(slugs("asOf=2017-01-01&letter=FOUND_COMPLIANT")).doesNotContain("lettered-qz");

        Map<String, Object> detail = http.toBlocking()
                .retrieve(HttpRequest.GET("/api/jurisdictions/lettered-qz?asOf=2020-06-01"), Map.class);
        assertThat(detail).containsEntry("stance", "SANCTUARY").containsEntry("asOf", "2020-06-01");
        assertThat((List<?>) detail.get("fundingThreats")).hasSize(1);
        assertThat((List<?>) detail.get("statements")).isEmpty();
        assertThat((List<?>) detail.get("policyPositions")).hasSize(2);
    }

    @Test
    void csvHasTheDocumentedColumnsAndOneRowPerJurisdiction() throws IOException {
        HttpResponse<String> response =
                http.toBlocking().exchange(HttpRequest.GET("/api/jurisdictions.csv?state=QZ"), String.class);
        assertThat(response.getContentType().orElseThrow().toString()).startsWith("text/csv");
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build()
                .parse(new StringReader(response.body()))
                .getRecords();
        assertThat(rows.get(0).getParser().getHeaderNames()).isEqualTo(OpenDataFormats.csvColumns());
        assertThat(rows).extracting(r -> r.get("slug")).containsExactly("lettered-qz", "plain-qz");
        CSVRecord lettered = rows.get(0);
        assertThat(lettered.get("stance")).isEqualTo("SANCTUARY");
        assertThat(lettered.get("ice_detainer_limits")).isEqualTo("YES");
        assertThat(lettered.get("agreement_287g")).isEmpty();
        assertThat(lettered.get("doj_letter_statuses")).isEqualTo("FOUND_COMPLIANT");
        assertThat(lettered.get("latitude")).isEqualTo("40.1");
        assertThat(lettered.get("statements")).isEqualTo("1");

        String all = http.toBlocking().retrieve("/api/jurisdictions.csv");
        long csvRows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build()
                .parse(new StringReader(all))
                .getRecords()
                .size();
        assertThat(csvRows).isEqualTo(items("").size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void geoJsonIsAFeatureCollectionOfPointsWithTheSummaryProperties() throws IOException {
        HttpResponse<String> response =
                http.toBlocking().exchange(HttpRequest.GET("/api/jurisdictions.geojson?state=QZ"), String.class);
        assertThat(response.getContentType().orElseThrow().toString()).startsWith("application/geo+json");
        Map<String, Object> body = json(response.body());
        assertThat(body).containsEntry("type", "FeatureCollection");
        List<Map<String, Object>> features = (List<Map<String, Object>>) body.get("features");
        assertThat(features).hasSize(2);
        Map<String, Object> lettered = features.get(0);
        assertThat(lettered).containsEntry("type", "Feature").containsEntry("id", "lettered-qz");
        Map<String, Object> geometry = (Map<String, Object>) lettered.get("geometry");
        assertThat(geometry).containsEntry("type", "Point");
        assertThat((List<Number>) geometry.get("coordinates"))
                .extracting(Number::doubleValue)
                .containsExactly(-89.2, 40.1);
        assertThat((Map<String, Object>) lettered.get("properties"))
                .containsEntry("slug", "lettered-qz")
                .containsEntry("stance", "SANCTUARY")
                .containsKey("counts");

        // A whole-degree coordinate is a plain number, never 4E+1.
        assertThat(response.body()).contains("\"coordinates\":[-90,40]");
        List<Map<String, Object>> all = (List<Map<String, Object>>)
                json(http.toBlocking().retrieve("/api/jurisdictions.geojson")).get("features");
        assertThat(all).hasSize(items("").size());
        Map<String, Object> puertoRico = all.stream()
                .filter(f -> "puerto-rico-pr".equals(f.get("id")))
                .findFirst()
                .orElse(null);
        if (puertoRico != null && ((Map<String, Object>) puertoRico.get("properties")).get("latitude") == null) {
            assertThat(puertoRico.get("geometry")).isNull();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readValue(text, Map.class);
    }

    @ParameterizedTest
    @CsvSource({
        "/api/jurisdictions,application/json",
        "/api/jurisdictions.csv,text/csv",
        "/api/jurisdictions.geojson,application/geo+json",
        "/api/jurisdictions/lettered-qz,application/json",
        "/,text/html",
        "/j/lettered-qz,text/html",
        "/codebook,text/html",
        "/api/openapi.yml,application/yaml",
        "/api/docs,text/html",
        "/assets/site.css,text/css"
    })
    void everyPublicResponseHasAnETagAndA304WhenItMatches(String path, String type) {
        HttpResponse<byte[]> first = http.toBlocking().exchange(HttpRequest.GET(path), byte[].class);
        assertThat(first.getContentType().orElseThrow().toString()).startsWith(type);
        String etag = first.getHeaders().get("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.getHeaders().get("Cache-Control"))
                .isEqualTo("public, max-age=0, s-maxage=30, stale-while-revalidate=30, stale-if-error=86400");
        assertThat(first.getHeaders().getAll("Set-Cookie")).isEmpty();
        assertThat(first.body()).isNotEmpty();

        HttpResponse<byte[]> again =
                http.toBlocking().exchange(HttpRequest.GET(path).header("If-None-Match", etag), byte[].class);
        assertThat(again.getStatus().getCode()).isEqualTo(304);
        assertThat(again.getBody()).isEmpty();
        assertThat(again.getHeaders().get("ETag")).isEqualTo(etag);

        HttpResponse<byte[]> other =
                http.toBlocking().exchange(HttpRequest.GET(path).header("If-None-Match", "\"not-it\""), byte[].class);
        assertThat(other.getStatus().getCode()).isEqualTo(200);
    }

    @Test
    void pagesAndDownloadsAreGzippedWhenAskedAndStillRevalidate() throws IOException {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.URI uri = java.net.URI.create(server.getURL() + "/api/jurisdictions.geojson");
        java.net.http.HttpResponse<byte[]> gzipped;
        try {
            gzipped = client.send(
                    java.net.http.HttpRequest.newBuilder(uri)
                            .header("Accept-Encoding", "gzip")
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
            String body = new String(
                    new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body())).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(body).startsWith("{\"type\":\"FeatureCollection\"");
            String etag = gzipped.headers().firstValue("ETag").orElseThrow();
            java.net.http.HttpResponse<byte[]> revalidated = client.send(
                    java.net.http.HttpRequest.newBuilder(uri)
                            .header("Accept-Encoding", "gzip")
                            .header("If-None-Match", etag)
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(revalidated.statusCode()).isEqualTo(304);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Test
    void aPublishShowsAtTheNextRequestWithANewETag() {
        HttpResponse<String> before =
                http.toBlocking().exchange(HttpRequest.GET("/api/jurisdictions?state=QZ"), String.class);
        assertThat(before.body()).doesNotContain("newly-published-qz");
        Jurisdiction draft = new Jurisdiction();
        draft.setSlug("newly-published-qz");
        draft.setName("Newly published");
        draft.setKind(JurisdictionKind.CITY);
        draft.setStateCode(STATE);
        draft = writer.create(
                RecordType.JURISDICTION,
                draft,
                List.of(sources.findBySeedKey("doc-000").orElseThrow().getId()),
                Map.of(),
                "test");
        HttpResponse<String> stillDraft = http.toBlocking()
                .exchange(
                        HttpRequest.GET("/api/jurisdictions?state=QZ")
                                .header("If-None-Match", before.getHeaders().get("ETag")),
                        String.class);
        // A draft write changes the data version, so the cache is revalidated; the body still hides it.
        assertThat(stillDraft.getStatus().getCode()).isEqualTo(200);
        assertThat(stillDraft.body()).doesNotContain("newly-published-qz");

        writer.setPublicationState(
                RecordType.JURISDICTION, draft.getId(), draft.getVersion(), PublicationState.PUBLISHED, "test");
        HttpResponse<String> after = http.toBlocking()
                .exchange(
                        HttpRequest.GET("/api/jurisdictions?state=QZ")
                                .header("If-None-Match", stillDraft.getHeaders().get("ETag")),
                        String.class);
        assertThat(after.getStatus().getCode()).isEqualTo(200);
        assertThat(after.body()).contains("newly-published-qz");
        assertThat(after.getHeaders().get("ETag"))
                .isNotEqualTo(stillDraft.getHeaders().get("ETag"));
        assertThat(http.toBlocking().retrieve("/j/newly-published-qz")).contains("Newly published");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/jurisdictions?stance=FRIENDLY|stance|FRIENDLY",
                "/api/jurisdictions.csv?asOf=2018-13-45|asOf|YYYY-MM-DD",
                "/api/jurisdictions.geojson?ice_detainer_limits=MAYBE|ice_detainer_limits|MAYBE",
                "/api/jurisdictions?colour=red|colour|Unknown parameter",
                "/api/jurisdictions?state=Illinois|state|two-letter",
                "/api/jurisdictions?kind=CITY&kind=STATE|kind|more than once",
                "/api/jurisdictions?kind=CITY&kind=CITY|kind|more than once",
                "/api/jurisdictions?asOf=%2B10000-01-01|asOf|YYYY-MM-DD",
                "/api/jurisdictions/chicago-il?asOf=yesterday|asOf|yesterday",
                "/api/jurisdictions/chicago-il?stance=SANCTUARY|stance|only 'asOf'"
            })
    void badParametersAre400WithAJsonBodyNamingTheParameter(String path, String parameter, String mentioned) {
        HttpClientResponseException e = org.junit.jupiter.api.Assertions.assertThrows(
                HttpClientResponseException.class,
                () -> http.toBlocking()
                        .exchange(HttpRequest.GET(path), Argument.of(Map.class), Argument.of(Map.class)));
        assertThat(e.getStatus().getCode()).isEqualTo(400);
        Map<?, ?> body = e.getResponse().getBody(Map.class).orElseThrow();
        assertThat(body.get("error")).isEqualTo("bad_parameter");
        assertThat(body.get("parameter")).isEqualTo(parameter);
        assertThat((String) body.get("message")).contains(mentioned).doesNotContain("Exception", "at org.");
    }

    @Test
    void aBadParameterOnAPageIsA400PageNamingIt() {
        HttpClientResponseException e = org.junit.jupiter.api.Assertions.assertThrows(
                HttpClientResponseException.class,
                () -> http.toBlocking()
                        .exchange(
                                HttpRequest.GET("/?asOf=" + URLEncoder.encode("<b>soon</b>", StandardCharsets.UTF_8)),
                                Argument.of(String.class),
                                Argument.of(String.class)));
        assertThat(e.getStatus().getCode()).isEqualTo(400);
        String html = e.getResponse().getBody(String.class).orElseThrow();
        assertThat(html)
                .contains("Parameter 'asOf' must be a date")
                .contains("&lt;b&gt;soon&lt;/b&gt;")
                .doesNotContain("<b>soon");
    }

    @Test
    void draftsAreInNoDownloadAndHaveNoPage() {
        assertThat(slugs("state=QZ")).doesNotContain("unpublished-qz");
        assertThat(http.toBlocking().retrieve("/api/jurisdictions.csv?state=QZ"))
                .doesNotContain("unpublished-qz");
        assertThat(http.toBlocking().retrieve("/api/jurisdictions.geojson?state=QZ"))
                .doesNotContain("unpublished-qz");
        assertThat(http.toBlocking().retrieve("/?state=QZ")).doesNotContain("unpublished-qz");
        HttpClientResponseException e = org.junit.jupiter.api.Assertions.assertThrows(
                HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/j/unpublished-qz"), String.class));
        assertThat(e.getStatus().getCode()).isEqualTo(404);
    }
}
