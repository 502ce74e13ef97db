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
        String f = r >= 1 ? "%.1f" : "%.2f";
        return switch (shape) {
            case "circle" ->
                String.format(
                        java.util.Locale.ROOT,
                        ("M%f,%fa%f,%f 0 1,0 %f,0a%f,%f 0 1,0 %f,0z").replace("%f", f),
                        x - r,
                        y,
                        r,
                        r,
                        2 * r,
                        r,
                        r,
                        -2 * r);
            case "triangle" ->
                String.format(
                        java.util.Locale.ROOT,
                        "M%f,%fL%f,%fL%f,%fz".replace("%f", f),
                        x,
                        y - r * 1.2,
                        x + r * 1.1,
                        y + r * 0.8,
                        x - r * 1.1,
                        y + r * 0.8);
            case "square" ->
                String.format(
                        java.util.Locale.ROOT,
                        "M%f,%fh%fv%fh%fz".replace("%f", f),
                        x - r * 0.9,
                        y - r * 0.9,
                        r * 1.8,
                        r * 1.8,
                        -r * 1.8);
            default ->
                String.format(
                        java.util.Locale.ROOT,
                        "M%f,%fL%f,%fL%f,%fL%f,%fz".replace("%f", f),
                        x,
                        y - r * 1.2,
                        x + r * 1.2,
                        y,
                        x,
                        y + r * 1.2,
                        x - r * 1.2,
                        y);
        };
    }
}
