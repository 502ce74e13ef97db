package org.civicdata.tracker.edge.site;

import java.util.Locale;

/**
 * Numbers in the map's SVG, written exactly as {@code String.format(Locale.ROOT, "%.1f", value)} writes
 * them (or {@code %.2f}, ...), without its cost: a state's map writes thousands (four to eight per
 * marker), and the formatter, which parses its pattern at every call, was the largest part of a
 * filtered map page's render.
 */
final class SvgNumber {

    private static final double[] SCALES = {1, 10, 100, 1_000, 10_000};

    private SvgNumber() {}

    /** {@code value} with {@code decimals} digits after the point, as {@code %.{decimals}f} writes it. */
    static String format(double value, int decimals) {
        return append(new StringBuilder(12), value, decimals).toString();
    }

    /** Appends {@code value} as {@link #format} writes it. */
    static StringBuilder append(StringBuilder out, double value, int decimals) {
        if (decimals < 1 || decimals >= SCALES.length) {
            return out.append(slow(value, decimals));
        }
        double scaled = Math.abs(value) * SCALES[decimals];
        boolean negative = Double.doubleToRawLongBits(value) < 0;
        // The formatter rounds the shortest decimal form of the value half up. Rounding the scaled double
        // gives the same digits unless the value is within a rounding error of a tie (or too large for
        // the error to be small, or not a number): those few are left to the formatter itself.
        if (!(scaled < 1e7) || Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6) {
            return out.append(slow(value, decimals));
        }
        long units = (long) Math.floor(scaled + 0.5);
        if (negative && units == 0) {
            return out.append(slow(value, decimals)); // "-0.0": the formatter keeps the sign
        }
        if (negative) {
            out.append('-');
        }
        String digits = Long.toString(units);
        if (digits.length() <= decimals) {
            digits = "0".repeat(decimals + 1 - digits.length()) + digits; // 0.05, not .05
        }
        int point = digits.length() - decimals;
        return out.append(digits, 0, point).append('.').append(digits, point, digits.length());
    }

    private static String slow(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
