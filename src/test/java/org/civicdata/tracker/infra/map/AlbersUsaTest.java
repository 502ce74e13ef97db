package org.civicdata.tracker.infra.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Java projection against points projected by d3-geo's geoAlbersUsa itself (written by
 * tools/map/build-map.mjs), so city markers sit where the shipped outlines put their counties.
 */
class AlbersUsaTest {

    @Test
    void matchesD3ForTheLower48AlaskaHawaiiAndPlacesOutside() throws IOException {
        JsonNode reference;
        try (InputStream in = AlbersUsaTest.class.getResourceAsStream("/map/albers-usa-reference.json")) {
            reference = new ObjectMapper().readTree(in);
        }
        assertThat(reference.size()).isGreaterThanOrEqualTo(10);
        for (JsonNode place : reference) {
            Optional<AlbersUsa.Point> p = AlbersUsa.project(
                    place.get("latitude").asDouble(), place.get("longitude").asDouble());
            if (place.get("xy").isNull()) {
                assertThat(p).as(place.get("name").asText()).isEmpty();
            } else {
                assertThat(p).as(place.get("name").asText()).isPresent();
                assertThat(p.get().x())
                        .as(place.get("name").asText())
                        .isCloseTo(place.get("xy").get(0).asDouble(), within(1e-6));
                assertThat(p.get().y())
                        .as(place.get("name").asText())
                        .isCloseTo(place.get("xy").get(1).asDouble(), within(1e-6));
            }
        }
    }

    @Test
    void theAtlasShipsEveryStateAndTheCountiesOfTheSeededCityCounties() {
        UsAtlas atlas = new UsAtlas();
        assertThat(atlas.states()).hasSize(51);
        assertThat(atlas.state("17")).get().extracting(UsAtlas.Shape::name).isEqualTo("Illinois");
        for (String fips : new String[] {"06075", "11001", "17031", "42101", "36061"}) {
            assertThat(atlas.county(fips))
                    .as(fips)
                    .get()
                    .satisfies(c -> assertThat(c.d()).startsWith("M"));
        }
        assertThat(atlas.width()).isEqualTo(975);
    }
}
