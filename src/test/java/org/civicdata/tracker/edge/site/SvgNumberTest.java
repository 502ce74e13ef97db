package org.civicdata.tracker.edge.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SvgNumber} writes every number as {@code String.format(Locale.ROOT, "%.Nf", value)} does, so
 * the map's markup is byte for byte what it was: map coordinates, marker sizes, ties (the formatter rounds
 * the shortest decimal form half up: 0.25 is "0.3", 1.005 is "1.01"), negatives, zeros and the odd ones.
 */
class SvgNumberTest {

    @Test
    void writesWhatTheFormatterWrites() {
        List<Double> values = new ArrayList<>(List.of(
                0.0,
                -0.0,
                0.05,
                -0.05,
                0.25,
                0.35,
                -0.25,
                1.005,
                2.675,
                0.045,
                9.95,
                9.995,
                99.95,
                -9.95,
                0.5,
                -0.5,
                1e-9,
                -1e-9,
                4.4e-7,
                974.96,
                609.99,
                1e7,
                1.23456789e8,
                -3.5e12,
                Double.NaN,
                Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY,
                Double.MIN_VALUE,
                Double.MAX_VALUE));
        Random random = new Random(12);
        for (int i = 0; i < 60_000; i++) {
            values.add(random.nextDouble() * 1_000); // the 975 x 610 frame
            values.add((random.nextDouble() - 0.5) * 20); // marker offsets and sizes, both signs
            values.add(random.nextInt(2_000_000) / 1_000.0 - 1_000); // decimals ending in 5: ties for %.2f
            values.add(random.nextInt(200_000) / 100.0 - 1_000); // and for %.1f
            values.add(random.nextDouble() * Math.pow(10, random.nextInt(16) - 8)); // from tiny to large
        }
        for (int decimals = 1; decimals <= 2; decimals++) {
            for (double v : values) {
                String expected = String.format(Locale.ROOT, "%." + decimals + "f", v);
                assertThat(SvgNumber.format(v, decimals))
                        .as("%s with %d decimals", v, decimals)
                        .isEqualTo(expected);
            }
        }
        assertThat(SvgNumber.format(2.5, 0)).isEqualTo(String.format(Locale.ROOT, "%.0f", 2.5));
        assertThat(SvgNumber.format(Math.PI, 5)).isEqualTo("3.14159");
    }

    @Test
    void markersAreTheShapesTheyWere() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            double x = random.nextDouble() * 975;
            double y = random.nextDouble() * 610;
            double r = i % 2 == 0 ? 5.5 : 5.5 / (1 + random.nextInt(30));
            String f = r >= 1 ? "%.1f" : "%.2f";
            assertThat(StanceStyle.SANCTUARY.marker(x, y, r))
                    .isEqualTo(String.format(
                            Locale.ROOT,
                            "M%f,%fa%f,%f 0 1,0 %f,0a%f,%f 0 1,0 %f,0z".replace("%f", f),
                            x - r,
                            y,
                            r,
                            r,
                            2 * r,
                            r,
                            r,
                            -2 * r));
            assertThat(StanceStyle.LIMITS_COOPERATION.marker(x, y, r))
                    .isEqualTo(String.format(
                            Locale.ROOT,
                            "M%f,%fL%f,%fL%f,%fz".replace("%f", f),
                            x,
                            y - r * 1.2,
                            x + r * 1.1,
                            y + r * 0.8,
                            x - r * 1.1,
                            y + r * 0.8));
            assertThat(StanceStyle.COOPERATES.marker(x, y, r))
                    .isEqualTo(String.format(
                            Locale.ROOT,
                            "M%f,%fh%fv%fh%fz".replace("%f", f),
                            x - r * 0.9,
                            y - r * 0.9,
                            r * 1.8,
                            r * 1.8,
                            -r * 1.8));
            assertThat(StanceStyle.NO_DATA.marker(x, y, r))
                    .isEqualTo(String.format(
                            Locale.ROOT,
                            "M%f,%fL%f,%fL%f,%fL%f,%fz".replace("%f", f),
                            x,
                            y - r * 1.2,
                            x + r * 1.2,
                            y,
                            x,
                            y + r * 1.2,
                            x - r * 1.2,
                            y));
        }
    }
}
