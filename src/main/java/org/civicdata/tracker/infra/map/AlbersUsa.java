package org.civicdata.tracker.infra.map;

import java.util.Optional;

/**
 * The Albers USA composite projection (lower 48 plus Alaska and Hawaii insets), with the same
 * parameters d3-geo's {@code geoAlbersUsa().scale(1300).translate([487.5, 305])} uses: the frame the
 * shipped state and county outlines ({@link UsAtlas}) were projected into, so a city's point lands
 * on its county. Tested against d3's own output (src/test/resources/map/albers-usa-reference.json).
 *
 * <p>Each part is a conic equal-area projection; a point belongs to the first part whose clip box
 * contains it, as in d3. Points outside all three (Puerto Rico, Guam, abroad) have no position.
 */
public final class AlbersUsa {

    public static final double SCALE = 1300;
    public static final double TRANSLATE_X = 487.5;
    public static final double TRANSLATE_Y = 305;
    private static final double EPSILON = 1e-6;

    /** A point in the 975x610 map frame (y grows downwards, as in SVG). */
    public record Point(double x, double y) {}

    private static final Part LOWER_48 =
            new Part(29.5, 45.5, 96, -0.6, 38.7, SCALE, 0, 0, -0.455, -0.238, 0.455, 0.238, 0);
    private static final Part ALASKA =
            new Part(55, 65, 154, -2, 58.5, SCALE * 0.35, -0.307, 0.201, -0.425, 0.120, -0.214, 0.234, EPSILON);
    private static final Part HAWAII =
            new Part(8, 18, 157, -3, 19.9, SCALE, -0.205, 0.212, -0.214, 0.166, -0.115, 0.234, EPSILON);

    private AlbersUsa() {}

    public static Optional<Point> project(double latitude, double longitude) {
        for (Part part : new Part[] {LOWER_48, ALASKA, HAWAII}) {
            Point p = part.project(latitude, longitude);
            if (part.contains(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * One conic equal-area part: standard parallels, the rotation that centres its meridian, the
     * centre that lands on its translate, its scale, and its clip box in units of the main scale.
     */
    private static final class Part {
        private final double n;
        private final double c;
        private final double r0;
        private final double rotate;
        private final double k;
        private final double tx;
        private final double ty;
        private final double centreX;
        private final double centreY;
        private final double x0;
        private final double y0;
        private final double x1;
        private final double y1;

        Part(
                double parallel0,
                double parallel1,
                double rotateDegrees,
                double centreLongitude,
                double centreLatitude,
                double scale,
                double offsetX,
                double offsetY,
                double clipX0,
                double clipY0,
                double clipX1,
                double clipY1,
                double inset) {
            double sy0 = Math.sin(Math.toRadians(parallel0));
            this.n = (sy0 + Math.sin(Math.toRadians(parallel1))) / 2;
            this.c = 1 + sy0 * (2 * n - sy0);
            this.r0 = Math.sqrt(c) / n;
            this.rotate = Math.toRadians(rotateDegrees);
            this.k = scale;
            this.tx = TRANSLATE_X + offsetX * SCALE;
            this.ty = TRANSLATE_Y + offsetY * SCALE;
            double[] centre = raw(Math.toRadians(centreLongitude), Math.toRadians(centreLatitude));
            this.centreX = centre[0];
            this.centreY = centre[1];
            this.x0 = TRANSLATE_X + clipX0 * SCALE + inset;
            this.y0 = TRANSLATE_Y + clipY0 * SCALE + inset;
            this.x1 = TRANSLATE_X + clipX1 * SCALE - inset;
            this.y1 = TRANSLATE_Y + clipY1 * SCALE - inset;
        }

        Point project(double latitude, double longitude) {
            double lambda = Math.toRadians(longitude) + rotate;
            if (lambda > Math.PI) {
                lambda -= 2 * Math.PI;
            } else if (lambda < -Math.PI) {
                lambda += 2 * Math.PI;
            }
            double[] xy = raw(lambda, Math.toRadians(latitude));
            return new Point(tx + k * (xy[0] - centreX), ty - k * (xy[1] - centreY));
        }

        boolean contains(Point p) {
            return p.x() >= x0 && p.x() <= x1 && p.y() >= y0 && p.y() <= y1;
        }

        private double[] raw(double lambda, double phi) {
            double r = Math.sqrt(c - 2 * n * Math.sin(phi)) / n;
            double a = lambda * n;
            return new double[] {r * Math.sin(a), r0 - r * Math.cos(a)};
        }
    }
}
