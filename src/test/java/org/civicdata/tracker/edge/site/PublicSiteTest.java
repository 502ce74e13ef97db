package org.civicdata.tracker.edge.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.audit.RecordWriter;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.jurisdiction.JurisdictionRepository;
import org.civicdata.tracker.record.person.PersonRepository;
import org.civicdata.tracker.record.policy.Stance;
import org.civicdata.tracker.record.source.SourceRepository;
import org.civicdata.tracker.record.statement.Statement;
import org.civicdata.tracker.record.statement.StatementKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server-rendered public pages, parsed as a browser would, over real HTTP. */
@MicronautTest(transactional = false)
class PublicSiteTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    io.micronaut.runtime.server.EmbeddedServer server;

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

    private Document get(String path) {
        return Jsoup.parse(http.toBlocking().retrieve(path));
    }

    @Test
    void anAddressThatNamesNothingGetsTheSitesOwnNotFoundPageAndTheApiKeepsJson() throws Exception {
        java.net.http.HttpResponse<String> page = plainGet("/no-such-page/%3Cb%3Ex%3C/b%3E");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        Document html = Jsoup.parse(page.body());
        assertThat(html.select("main h1").text()).isEqualTo("Nothing is at this address");
        assertThat(html.select("main a[href=/]").text()).isEqualTo("Back to the map");
        assertThat(html.select("main b")).as("the address is text, not markup").isEmpty();

        java.net.http.HttpResponse<String> api = plainGet("/api/no-such-thing");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    }

    private java.net.http.HttpResponse<String> plainGet(String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(server.getURI().resolve(path))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theMapDrawsStatesCountiesAndCityMarkersEachLinkingToItsPage() {
        Document page = get("/");
        Element svg = page.selectFirst("svg.map");
        assertThat(svg).isNotNull();
        assertThat(svg.select("g.states path, g.areas path")).hasSizeGreaterThanOrEqualTo(51);
        Element chicago = svg.selectFirst("a.marker[data-slug=chicago-il]");
        assertThat(chicago).isNotNull();
        assertThat(chicago.attr("href")).isEqualTo("/j/chicago-il");
        assertThat(chicago.attr("aria-label")).startsWith("Chicago (city, IL): ");
        // Illinois is tracked: its outline is a link; San Francisco is a city-county: area and marker.
        assertThat(svg.select("g.areas a[data-slug=illinois-il]")).hasSize(1);
        assertThat(svg.select("g.areas a[data-slug=san-francisco-ca]")).hasSize(1);
        assertThat(svg.select("a.marker[data-slug=san-francisco-ca]")).hasSize(1);
        // The table view lists the same jurisdictions.
        assertThat(page.select("#table tbody tr th a").eachText()).contains("Chicago", "Washington, D.C.");
        assertThat(page.select("ul.legend li").text())
                .contains("Sanctuary", "Limits cooperation", "Cooperates", "No data");
        // Nothing is loaded from another host: every src and stylesheet is a local path.
        assertThat(page.select("[src], link[href]"))
                .allSatisfy(e -> assertThat(e.attr("src") + e.attr("href")).startsWith("/"));
        assertThat(page.selectFirst("footer").text()).contains("Data last updated");
        assertThat(page.select("footer a").eachAttr("href"))
                .contains("/api/jurisdictions.csv", "/api/jurisdictions.geojson", "/codebook");
    }

    @Test
    void filtersLiveInTheUrlAndNarrowTheMapAndTable() {
        Document page = get("/?stance=SANCTUARY&kind=CONSOLIDATED_CITY_COUNTY");
        assertThat(page.select("select[name=stance] option[selected]").val()).isEqualTo("SANCTUARY");
        assertThat(page.select("#table tbody tr"))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.select("td").get(2).text()).isEqualTo("Sanctuary"));
        assertThat(page.select("svg.map a.marker[data-slug=chicago-il]")).isEmpty();
        assertThat(page.select("footer a[href^=/api/jurisdictions.csv]").attr("href"))
                .isEqualTo("/api/jurisdictions.csv?kind=CONSOLIDATED_CITY_COUNTY&stance=SANCTUARY");
    }

    @Test
    void aJurisdictionsPageShowsItsStatementsWithSpeakerDateAndSourceAndEscapesMarkup() {
        org.civicdata.tracker.record.person.Person speaker = new org.civicdata.tracker.record.person.Person();
        speaker.setName("Markup Tester");
        speaker.setPublicationState(PublicationState.PUBLISHED);
        speaker = writer.create(
                RecordType.PERSON,
                speaker,
                List.of(sources.findBySeedKey("doc-000").orElseThrow().getId()),
                Map.of(),
                "test");
        Statement quote = new Statement();
        quote.setPersonId(speaker.getId());
        quote.setJurisdictionId(
                jurisdictions.findBySlug("chicago-il").orElseThrow().getId());
        quote.setKind(StatementKind.QUOTE);
        quote.setText("<img src=x onerror=alert(1)> is not markup here");
        quote.setPublicationState(PublicationState.PUBLISHED);
        writer.create(
                RecordType.STATEMENT,
                quote,
                List.of(sources.findBySeedKey("doc-000").orElseThrow().getId()),
                Map.of(),
                "test");

        String html = http.toBlocking().retrieve("/j/chicago-il");
        assertThat(html).doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(1)&gt; is not markup here");
        Document page = Jsoup.parse(html);
        assertThat(page.title()).startsWith("Chicago (IL): ");
        assertThat(page.selectFirst("meta[name=description]").attr("content")).startsWith("Chicago, city in IL.");
        Element emanuel = page.select("figure.statement").stream()
                .filter(f -> f.text().contains("penalize Boston"))
                .findFirst()
                .orElseThrow();
        assertThat(emanuel.selectFirst(".speaker").text()).isEqualTo("Rahm Emanuel");
        assertThat(emanuel.select("ul.sources li")).isNotEmpty();
        assertThat(
                        page.select(
                                "section#statements, section#positions, section#letters, section#threats, section#designations"))
                .hasSize(5);
        assertThat(page.select("a[href=/j/illinois-il]").text()).isEqualTo("Illinois");
    }

    @Test
    void theSitesOwnPagesEndWithTheDataFooterAndTakeOnlyAsOf() throws Exception {
        for (String path : List.of("/codebook", "/api/docs", "/j/chicago-il", "/j/chicago-il?asOf=2020-01-01")) {
            Document page = get(path);
            assertThat(page.select("body > footer.site").text())
                    .as(path)
                    .contains("Data last updated")
                    .contains("Download the data");
        }
        for (String path : List.of("/codebook?stance=SANCTUARY", "/api/docs?q=x", "/j/chicago-il?kind=CITY")) {
            java.net.http.HttpResponse<String> refused = plainGet(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(400);
            assertThat(refused.body()).as(path).contains("This address takes only 'asOf'");
        }
    }

    @Test
    void theCodebookListsEveryStanceAndTheApiDocsListEveryEndpoint() {
        Document codebook = get("/codebook");
        for (Stance s : Stance.values()) {
            assertThat(codebook.select("table.codebook code").eachText()).contains(s.name());
        }
        assertThat(codebook.text()).contains("dojLetterStatuses", "asOf", "FOUND_COMPLIANT");
        Document docs = get("/api/docs");
        assertThat(docs.select("section.operation h2").eachText())
                .contains(
                        "GET /api/jurisdictions",
                        "GET /api/jurisdictions.csv",
                        "GET /api/jurisdictions.geojson",
                        "GET /api/jurisdictions/{slug}");
        assertThat(docs.text())
                .contains("ice_detainer_limits", "one of SANCTUARY LIMITS_COOPERATION COOPERATES NO_DATA");
        assertThat(http.toBlocking().retrieve("/api/openapi.yml"))
                .startsWith("openapi: 3")
                .contains("/api/jurisdictions.geojson:");
    }
}
