package org.civicdata.tracker.edge.site;

import org.civicdata.tracker.record.policy.Stance;

/**
 * How each stance looks: an Okabe–Ito colour (safe for the common colour-vision deficiencies), a
 * fill pattern for areas and a marker shape for cities, so the map reads without colour too.
 */
enum StanceStyle {
    SANCTUARY("#0072B2", "url(#p-sanctuary)", "circle"),
    LIMITS_COOPERATION("#56B4E9", "url(#p-limits)", "triangle"),
    COOPERATES("#E69F00", "url(#p-cooperates)", "square"),
    NO_DATA("#999999", "url(#p-nodata)", "diamond");

    final String colour;
    final String fill;
    final String shape;

    StanceStyle(String colour, String fill, String shape) {
        this.colour = colour;
        this.fill = fill;
        this.shape = shape;
    }

    static StanceStyle of(String stance) {
        return valueOf(Stance.valueOf(stance).name());
    }

    /** The stance's label ({@link Stance#label()}). */
    String label() {
        return Stance.valueOf(name()).label();
    }

    String cssClass() {
        return "stance-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** SVG path data of the marker shape centred on (x, y), in its size on the national map. */
    String marker(double x, double y) {
        return marker(x, y, 5.5);
    }

    /**
     * SVG path data of the marker shape centred on (x, y), of radius r: a zoomed map draws it smaller in
     * map units so it keeps its size on screen (to a tenth of a unit, or a hundredth when that small).
     */
    String marker(double x, double y, double r) {
        int d = r >= 1 ? 1 : 2;
        Path p = new Path(d);
        return switch (shape) {
            case "circle" ->
                p.to('M', x - r, y)
                        .to('a', r, r)
                        .text(" 0 1,0 ")
                        .number(2 * r)
                        .text(",0")
                        .to('a', r, r)
                        .text(" 0 1,0 ")
                        .number(-2 * r)
                        .text(",0")
                        .end();
            case "triangle" ->
                p.to('M', x, y - r * 1.2)
                        .to('L', x + r * 1.1, y + r * 0.8)
                        .to('L', x - r * 1.1, y + r * 0.8)
                        .end();
            case "square" ->
                p.to('M', x - r * 0.9, y - r * 0.9)
                        .one('h', r * 1.8)
                        .one('v', r * 1.8)
                        .one('h', -r * 1.8)
                        .end();
            default ->
                p.to('M', x, y - r * 1.2)
                        .to('L', x + r * 1.2, y)
                        .to('L', x, y + r * 1.2)
                        .to('L', x - r * 1.2, y)
                        .end();
        };
    }

    /** SVG path data, its numbers written with {@code decimals} digits ({@link SvgNumber}). */
    private static final class Path {
        private final StringBuilder out = new StringBuilder(48);
        private final int decimals;

        Path(int decimals) {
            this.decimals = decimals;
        }

        /** A command and its point: "M1.0,2.0". */
        Path to(char command, double x, double y) {
            out.append(command);
            return to(x, y);
        }

        /** A point: "1.0,2.0". */
        Path to(double x, double y) {
            SvgNumber.append(out, x, decimals).append(',');
            SvgNumber.append(out, y, decimals);
            return this;
        }

        /** A command with one number: "h1.8". */
        Path one(char command, double value) {
            out.append(command);
            return number(value);
        }

        Path number(double value) {
            SvgNumber.append(out, value, decimals);
            return this;
        }

        Path text(String text) {
            out.append(text);
            return this;
        }

        String end() {
            return out.append('z').toString();
        }
    }
}
