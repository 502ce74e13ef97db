package org.civicdata.tracker.edge.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public pages show codes by their labels, state codes as written, and figures as people write them. */
@MicronautTest(transactional = false)
class PublicLabelsTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    SeedLoader seeds;

    @BeforeEach
    void seeded() {
        TestSeeds.ensureLoaded(seeds);
    }

    private Document get(String path) {
        return Jsoup.parse(http.toBlocking().retrieve(path));
    }

    @Test
    void theMapsFiltersOfferLabelsWithCodesInTheUrlAndStateCodesInUpperCase() {
        Document page = get("/");
        assertThat(page.select("select[name=kind] option[value=CONSOLIDATED_CITY_COUNTY]")
                        .text())
                .isEqualTo("Consolidated city-county");
        assertThat(page.select("select[name=letter] option[value=FOUND_NON_COMPLIANT]")
                        .text())
                .isEqualTo("Found non-compliant");
        assertThat(page.select("select[name=ice_detainer_limits]")
                        .parents()
                        .first()
                        .selectFirst("span")
                        .text())
                .isEqualTo("ICE detainer limits");
        assertThat(page.select("select[name=state] option[value=CA]").text()).isEqualTo("CA");
        assertThat(page.select("select[name=state] option").eachText()).doesNotContain("Ca", "Il", "Ny");
    }

    @Test
    void anEventsFigurePrintsAsPeopleWriteIt() {
        Document chicago = get("/j/chicago-il");
        assertThat(chicago.select("#events li.figure").eachText())
                .contains("US mayors at the meeting: about 100 people (2018-01-24)");
        assertThat(chicago.select("#events").text()).doesNotContain("100.00").doesNotContain("ABOUT");
    }

    @Test
    void theCodebookGivesEachCodeItsLabelAndMeaning() {
        Document codebook = get("/codebook");
        assertThat(codebook.select("dl.codes dt").eachText())
                .contains(
                        "CONSOLIDATED_CITY_COUNTY Consolidated city-county",
                        "NEWS_MEDIA News media",
                        "LIMITS_COOPERATION Limits cooperation");
        assertThat(codebook.select("dl.codes dd").eachText())
                .contains("A newspaper, broadcaster or other news outlet.");
    }
}
