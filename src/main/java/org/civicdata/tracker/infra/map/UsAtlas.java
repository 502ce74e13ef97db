package org.civicdata.tracker.infra.map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicdata.tracker.core.common.UsState;

/**
 * The state and county outlines the public map draws, shipped with the app as SVG path data
 * (src/main/resources/map/us-albers.json, generated from us-atlas by tools/map/build-map.mjs) in
 * the 975x610 Albers USA frame of {@link AlbersUsa}. Nothing is fetched from anywhere else.
 */
@Singleton
public class UsAtlas {

    private static final String RESOURCE = "/map/us-albers.json";

    /** One outline: its FIPS code (2 digits for a state, 5 for a county), its name and SVG path. */
    public record Shape(String fips, String name, String d) {

        /** The box around the whole outline, every ring of it. */
        public Box bounds() {
            Box box = null;
            for (double[] ring : rings(d)) {
                Box r = Box.around(ring);
                box = box == null ? r : box.union(r);
            }
            return box == null ? new Box(0, 0, 0, 0) : box;
        }

        /**
         * Where a label goes: the centroid of the outline's largest ring (a state's mainland), or the
         * centre of its box when the ring has no area.
         */
        public AlbersUsa.Point labelPoint() {
            double[] largest = new double[0];
            double largestArea = 0;
            for (double[] ring : rings(d)) {
                double area = signedArea(ring);
                if (Math.abs(area) > Math.abs(largestArea)) {
                    largestArea = area;
                    largest = ring;
                }
            }
            if (largestArea == 0) {
                Box box = bounds();
                return new AlbersUsa.Point((box.x0() + box.x1()) / 2, (box.y0() + box.y1()) / 2);
            }
            double cx = 0;
            double cy = 0;
            int n = largest.length / 2;
            for (int i = 0; i < n; i++) {
                int j = (i + 1) % n;
                double cross = largest[2 * i] * largest[2 * j + 1] - largest[2 * j] * largest[2 * i + 1];
                cx += (largest[2 * i] + largest[2 * j]) * cross;
                cy += (largest[2 * i + 1] + largest[2 * j + 1]) * cross;
            }
            return new AlbersUsa.Point(cx / (6 * largestArea), cy / (6 * largestArea));
        }

        /** The shoelace area of a closed ring of x,y pairs, signed by its winding. */
        private static double signedArea(double[] ring) {
            double area = 0;
            int n = ring.length / 2;
            for (int i = 0; i < n; i++) {
                int j = (i + 1) % n;
                area += ring[2 * i] * ring[2 * j + 1] - ring[2 * j] * ring[2 * i + 1];
            }
            return area / 2;
        }
    }

    /** A box in the map frame: left, top, right, bottom. */
    public record Box(double x0, double y0, double x1, double y1) {

        static Box around(double[] xy) {
            double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
            for (int i = 0; i + 1 < xy.length; i += 2) {
                x0 = Math.min(x0, xy[i]);
                x1 = Math.max(x1, xy[i]);
                y0 = Math.min(y0, xy[i + 1]);
                y1 = Math.max(y1, xy[i + 1]);
            }
            return xy.length < 2 ? new Box(0, 0, 0, 0) : new Box(x0, y0, x1, y1);
        }

        public Box union(Box other) {
            return new Box(
                    Math.min(x0, other.x0), Math.min(y0, other.y0), Math.max(x1, other.x1), Math.max(y1, other.y1));
        }

        public Box include(AlbersUsa.Point p) {
            return union(new Box(p.x(), p.y(), p.x(), p.y()));
        }

        public double width() {
            return x1 - x0;
        }

        public double height() {
            return y1 - y0;
        }
    }

    /**
     * The rings of an outline's path data, each as x,y pairs. The shipped paths use absolute
     * {@code M}, {@code L} and {@code Z} only (tools/map/build-map.mjs writes them so).
     */
    static List<double[]> rings(String d) {
        List<double[]> rings = new ArrayList<>();
        for (String part : d.split("M")) {
            String[] numbers = part.replace("Z", "").replace("z", "").split("[L,\\s]+");
            double[] xy = Arrays.stream(numbers)
                    .filter(n -> !n.isEmpty())
                    .mapToDouble(Double::parseDouble)
                    .toArray();
            if (xy.length >= 2) {
                rings.add(xy);
            }
        }
        return rings;
    }

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

    /** The outline of the state with this USPS code ("CA"), when the map has one (not the territories). */
    public Optional<Shape> stateByCode(String code) {
        return UsState.byCode(code).flatMap(s -> state(s.fips()));
    }

    public Optional<Shape> state(String fips) {
        return Optional.ofNullable(states.get(fips));
    }

    public Optional<Shape> county(String fips) {
        return Optional.ofNullable(counties.get(fips));
    }
}
