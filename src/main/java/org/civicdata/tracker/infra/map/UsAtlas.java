package org.civicdata.tracker.infra.map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The state and county outlines the public map draws, shipped with the app as SVG path data
 * (src/main/resources/map/us-albers.json, generated from us-atlas by tools/map/build-map.mjs) in
 * the 975x610 Albers USA frame of {@link AlbersUsa}. Nothing is fetched from anywhere else.
 */
@Singleton
public class UsAtlas {

    private static final String RESOURCE = "/map/us-albers.json";

    /** One outline: its FIPS code (2 digits for a state, 5 for a county), its name and SVG path. */
    public record Shape(String fips, String name, String d) {}

    record Atlas(
            String source,
            int width,
            int height,
            String nation,
            String stateBorders,
            List<Shape> states,
            List<Shape> counties) {}

    private final Atlas atlas;
    private final Map<String, Shape> states;
    private final Map<String, Shape> counties;

    public UsAtlas() {
        try (InputStream in = UsAtlas.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The map geometry " + RESOURCE + " is missing from the build");
            }
            this.atlas = new ObjectMapper()
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, Atlas.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the map geometry " + RESOURCE, e);
        }
        this.states = atlas.states().stream().collect(Collectors.toMap(Shape::fips, Function.identity()));
        this.counties = atlas.counties().stream().collect(Collectors.toMap(Shape::fips, Function.identity()));
    }

    public int width() {
        return atlas.width();
    }

    public int height() {
        return atlas.height();
    }

    /** Where the outlines come from, for the page's credits. */
    public String source() {
        return atlas.source();
    }

    /** The outline of the whole country (lower 48 and the insets). */
    public String nation() {
        return atlas.nation();
    }

    /** The borders between states, drawn once over the fills. */
    public String stateBorders() {
        return atlas.stateBorders();
    }

    public List<Shape> states() {
        return atlas.states();
    }

    public Optional<Shape> state(String fips) {
        return Optional.ofNullable(states.get(fips));
    }

    public Optional<Shape> county(String fips) {
        return Optional.ofNullable(counties.get(fips));
    }
}
