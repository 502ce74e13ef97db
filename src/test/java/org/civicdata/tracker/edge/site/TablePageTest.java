package org.civicdata.tracker.edge.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The paged table at /table, over real HTTP with the seeded data: the map page's full table a link away. */
@MicronautTest(transactional = false)
class TablePageTest {

    @Inject
    EmbeddedServer server;

    @Inject
    SeedLoader seeds;

    @BeforeEach
    void seeded() {
        TestSeeds.ensureLoaded(seeds);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.getURL() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theTableListsTheFilteredJurisdictionsWithLinksAndTheWayBackToTheMap() throws Exception {
        HttpResponse<String> response = get("/table?state=IL");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).isPresent();
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("tbody tr th a").eachAttr("href")).contains("/j/chicago-il", "/j/illinois-il");
        assertThat(page.select("tbody tr td:eq(1)").eachText()).containsOnly("IL");
        assertThat(page.select("main p a").eachAttr("href")).contains("/?state=IL");
        assertThat(page.select("nav.pager").first().text()).isEqualTo("Page 1 of 1");
        assertThat(page.select("footer a[href^=/api/jurisdictions.csv]").attr("href"))
                .isEqualTo("/api/jurisdictions.csv?state=IL");
    }

    @Test
    void aPageOutsideTheTableOrNotANumberIsABadRequestThatSaysSo() throws Exception {
        HttpResponse<String> past = get("/table?state=IL&page=2");
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(past.body()).text()).contains("'page' must be from 1 to 1");
        HttpResponse<String> word = get("/table?page=%3Cb%3Ex");
        assertThat(word.statusCode()).isEqualTo(400);
        assertThat(word.body()).doesNotContain("<b>x").contains("'page' must be a whole number");
        assertThat(get("/table?colour=red").statusCode()).isEqualTo(400);
    }

    @Test
    void thePagerLinksKeepTheFilters() {
        assertThat(TablePageController.href("state=CA", 1)).isEqualTo("/table?state=CA");
        assertThat(TablePageController.href("state=CA", 3)).isEqualTo("/table?state=CA&page=3");
        assertThat(TablePageController.href("", 2)).isEqualTo("/table?page=2");
        assertThat(TablePageController.href("", 1)).isEqualTo("/table");
    }
}
