package org.civicdata.tracker.edge.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.audit.RecordWriter;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.jurisdiction.JurisdictionRepository;
import org.civicdata.tracker.record.person.PersonRepository;
import org.civicdata.tracker.record.source.SourceRepository;
import org.civicdata.tracker.record.statement.Statement;
import org.civicdata.tracker.record.statement.StatementKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The read API over real HTTP against the seeded embedded MariaDB. */
@MicronautTest(transactional = false)
class JurisdictionApiTest {

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

    @BeforeEach
    void seeded() {
        TestSeeds.ensureLoaded(seeds);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> items() {
        Map<String, Object> body = http.toBlocking().retrieve(HttpRequest.GET("/api/jurisdictions"), Map.class);
        return (List<Map<String, Object>>) body.get("items");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> record(String slug) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/jurisdictions/" + slug), Map.class);
    }

    @Test
    void theListHoldsTheFourSeededCitiesWithSummaryFields() {
        List<Map<String, Object>> items = items();
        assertThat(items)
                .extracting(i -> i.get("slug"))
                .contains("chicago-il", "new-york-ny", "washington-dc", "san-francisco-ca");
        Map<String, Object> dc = items.stream()
                .filter(i -> "washington-dc".equals(i.get("slug")))
                .findFirst()
                .orElseThrow();
        assertThat(dc)
                .containsEntry("name", "Washington, D.C.")
                .containsEntry("state", "DC")
                .containsEntry("stance", "SANCTUARY")
                .containsKeys("latitude", "longitude", "kind", "counts");
        assertThat((Map<String, Object>) dc.get("counts")).containsEntry("policyPositions", 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"chicago-il", "new-york-ny", "washington-dc", "san-francisco-ca"})
    @SuppressWarnings("unchecked")
    void eachSeededCityHasStatementsWithSpeakerAndSource(String slug) {
        Map<String, Object> city = record(slug);
        List<Map<String, Object>> statements = (List<Map<String, Object>>) city.get("statements");
        assertThat(statements).isNotEmpty().allSatisfy(s -> {
            assertThat((Map<String, Object>) s.get("speaker")).containsKey("name");
            assertThat((List<Map<String, Object>>) s.get("sources"))
                    .isNotEmpty()
                    .allSatisfy(
                            src -> assertThat((String) src.get("seedDocument")).endsWith(".txt"));
        });
        assertThat((List<?>) city.get("sources")).isNotEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void chicagoCarriesRahmEmanuelsQuoteVerbatimWithItsSource() {
        Map<String, Object> chicago = record("chicago-il");
        Map<String, Object> quote = ((List<Map<String, Object>>) chicago.get("statements"))
                .stream()
                        .filter(s -> "Rahm Emanuel".equals(((Map<String, Object>) s.get("speaker")).get("name")))
                        .findFirst()
                        .orElseThrow();
        assertThat(quote).containsEntry("kind", "QUOTE").containsEntry("reportedBy", "Fox News");
        assertThat((String) quote.get("text"))
                .contains(
                        "penalize Boston, New York, Los Angeles, Chicago, San Francisco, "
                                + "Philadelphia \u2013 these are the economic, cultural, and intellectual energy of this country");
        assertThat((List<Map<String, Object>>) quote.get("sources"))
                .extracting(s -> s.get("seedDocument"))
                .containsExactly("000_9ac640a49fe71cef.txt");
        assertThat((Map<String, Object>) chicago.get("parent")).containsEntry("slug", "illinois-il");
    }

    @Test
    void anUnknownSlugIs404WithAJsonBodyNamingIt() {
        assertThatThrownBy(() -> http.toBlocking()
                        .exchange(
                                HttpRequest.GET("/api/jurisdictions/atlantis-zz"),
                                Argument.of(Map.class),
                                Argument.of(Map.class)))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(404);
                    Map<?, ?> body = e.getResponse().getBody(Map.class).orElseThrow();
                    assertThat(body.get("slug")).isEqualTo("atlantis-zz");
                    assertThat((String) body.get("message")).contains("atlantis-zz");
                });
    }

    @Test
    @SuppressWarnings("unchecked")
    void draftsNeverAppear() {
        Jurisdiction draft = new Jurisdiction();
        draft.setSlug("draftville-zz");
        draft.setName("Draftville");
        draft.setKind(JurisdictionKind.CITY);
        draft.setStateCode("ZZ");
        writer.create(RecordType.JURISDICTION, draft, List.of(), Map.of(), "test");
        Statement draftQuote = new Statement();
        draftQuote.setPersonId(
                people.findBySeedKey("rahm-emanuel").orElseThrow().getId());
        draftQuote.setJurisdictionId(
                jurisdictions.findBySlug("chicago-il").orElseThrow().getId());
        draftQuote.setKind(StatementKind.QUOTE);
        draftQuote.setText("An unpublished draft quote");
        writer.create(
                RecordType.STATEMENT,
                draftQuote,
                List.of(sources.findBySeedKey("doc-000").orElseThrow().getId()),
                Map.of(),
                "test");

        assertThat(items()).extracting(i -> i.get("slug")).doesNotContain("draftville-zz");
        assertThatThrownBy(() -> record("draftville-zz")).isInstanceOf(HttpClientResponseException.class);
        assertThat((List<Map<String, Object>>) record("chicago-il").get("statements"))
                .extracting(s -> s.get("text"))
                .doesNotContain("An unpublished draft quote");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aStatementByASpeakerStillInDraftIsNeitherPublishedNorShown() {
        org.civicdata.tracker.record.person.Person speaker = new org.civicdata.tracker.record.person.Person();
        speaker.setName("Draft Speaker");
        speaker = writer.create(RecordType.PERSON, speaker, List.of(), Map.of(), "test");
        Statement quote = new Statement();
        quote.setPersonId(speaker.getId());
        quote.setJurisdictionId(
                jurisdictions.findBySlug("chicago-il").orElseThrow().getId());
        quote.setKind(StatementKind.QUOTE);
        quote.setText("Published words of an unpublished speaker");
        quote.setPublicationState(org.civicdata.tracker.core.common.PublicationState.PUBLISHED);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.create(
                        RecordType.STATEMENT,
                        quote,
                        List.of(sources.findBySeedKey("doc-000").orElseThrow().getId()),
                        Map.of(),
                        "test"))
                .isInstanceOf(org.civicdata.tracker.core.common.DependentRecordsException.class)
                .hasMessageContaining("Published words of an unpublished speaker");

        assertThat((List<Map<String, Object>>) record("chicago-il").get("statements"))
                .extracting(s -> s.get("text"))
                .doesNotContain("Published words of an unpublished speaker")
                .contains(
                        "I would say to the president-elect, that the idea that you\u2019re going to penalize Boston, "
                                + "New York, Los Angeles, Chicago, San Francisco, Philadelphia \u2013 these are the economic, "
                                + "cultural, and intellectual energy of this country,");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/jurisdictions", "/api/jurisdictions/chicago-il"})
    void publicPagesSetNoSessionCookie(String path) {
        HttpResponse<String> response = http.toBlocking().exchange(HttpRequest.GET(path), String.class);
        assertThat(response.getStatus().getCode()).isEqualTo(200);
        assertThat(response.getHeaders().getAll("Set-Cookie")).isEmpty();
    }

    @Test
    void theHomePageListsPublishedJurisdictionsWithTextEscaped() {
        Jurisdiction marked = new Jurisdiction();
        marked.setSlug("markup-town-zz");
        marked.setName("<script>alert('x')</script> Town");
        marked.setKind(JurisdictionKind.CITY);
        marked.setStateCode("ZZ");
        marked.setPublicationState(org.civicdata.tracker.core.common.PublicationState.PUBLISHED);
        writer.create(
                RecordType.JURISDICTION,
                marked,
                List.of(sources.findBySeedKey("doc-000").orElseThrow().getId()),
                Map.of(),
                "test");

        String html = http.toBlocking().retrieve("/");
        assertThat(html)
                .contains("&lt;script&gt;alert('x')&lt;/script&gt; Town")
                .doesNotContain("<script>alert");
        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("<html lang=\"en\">")
                .contains(">Chicago</a>")
                .contains("href=\"/j/washington-dc\"");
    }

    @SuppressWarnings("unchecked")
    private List<Object> slugs(String path) {
        Map<String, Object> body = http.toBlocking().retrieve(HttpRequest.GET(path), Map.class);
        return ((List<Map<String, Object>>) body.get("items"))
                .stream().map(i -> i.get("slug")).toList();
    }

    @Test
    void aPublishShowsAtOnceInFilteredListingsServedBefore() {
        // The whole listing is read once per data version and each filter is taken from it: these are
        // served (and the listing kept) before the publish ...
        assertThat(slugs("/api/jurisdictions?state=ZZ&kind=county")).doesNotContain("kept-listing-county-zz");
        assertThat(http.toBlocking().retrieve("/?state=ZZ&kind=county")).doesNotContain("Kept Listing County");
        Jurisdiction county = new Jurisdiction();
        county.setSlug("kept-listing-county-zz");
        county.setName("Kept Listing County");
        county.setKind(JurisdictionKind.COUNTY);
        county.setStateCode("ZZ");
        county.setPublicationState(org.civicdata.tracker.core.common.PublicationState.PUBLISHED);
        writer.create(
                RecordType.JURISDICTION,
                county,
                List.of(sources.findBySeedKey("doc-000").orElseThrow().getId()),
                Map.of(),
                "test");

        // ... and show it at once after it, as do filters not asked for before.
        assertThat(slugs("/api/jurisdictions?state=ZZ&kind=county")).contains("kept-listing-county-zz");
        assertThat(http.toBlocking().retrieve("/?state=ZZ&kind=county")).contains("Kept Listing County");
        assertThat(slugs("/api/jurisdictions?state=ZZ&kind=county&stance=NO_DATA"))
                .containsExactly("kept-listing-county-zz");
        assertThat(slugs("/api/jurisdictions?state=ZZ&kind=county&stance=SANCTUARY"))
                .isEmpty();
    }
}
