package org.civicdata.tracker.edge.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The site's own icon, named by the public pages and the staff UI, served from this app. */
@MicronautTest(transactional = false)
class FaviconTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    SeedLoader seeds;

    @BeforeEach
    void seeded() {
        TestSeeds.ensureLoaded(seeds);
    }

    @Test
    void theIconIsOurOwnSvgAtItsAddressAndAtFaviconIco() {
        for (String path : new String[] {"/assets/favicon.svg", "/favicon.ico"}) {
            HttpResponse<String> icon = http.toBlocking().exchange(HttpRequest.GET(path), String.class);
            assertThat(icon.code()).as(path).isEqualTo(200);
            assertThat(icon.getContentType().orElseThrow().toString()).as(path).startsWith("image/svg+xml");
            assertThat(icon.body()).as(path).startsWith("<svg").contains("Jurisdiction policy tracker");
        }
    }

    @Test
    void publicPagesAndTheStaffUiNameTheIconOnThisHost() {
        for (String path : new String[] {"/", "/codebook", "/j/chicago-il", "/admin", "/admin/login"}) {
            HttpResponse<String> page = http.toBlocking().exchange(HttpRequest.GET(path), String.class);
            Element icon = Jsoup.parse(page.body()).selectFirst("head link[rel=icon]");
            assertThat(icon).as(path + " names an icon").isNotNull();
            assertThat(icon.attr("href")).as(path).isEqualTo(AssetController.FAVICON);
        }
    }
}
