package dev.productscope.render;

import java.util.Arrays;

/** An open line through two or more points in model coordinates; immutable. */
public final class Polyline {

    private final double[] xs;
    private final double[] ys;

    public Polyline(double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("x and y counts differ: " + xs.length + " vs " + ys.length);
        }
        this.xs = xs.clone();
        this.ys = ys.clone();
    }

    public static Polyline of(double x1, double y1, double x2, double y2) {
        return new Polyline(new double[] {x1, x2}, new double[] {y1, y2});
    }

    public int size() {
        return xs.length;
    }

    public double x(int i) {
        return xs[i];
    }

    public double y(int i) {
        return ys[i];
    }

    /** Copies, for handing to {@link Painter#strokePolyline}. */
    public double[] xs() {
        return xs.clone();
    }

    public double[] ys() {
        return ys.clone();
    }

    public double length() {
        double total = 0;
        for (int i = 1; i < xs.length; i++) {
            total += Math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1]);
        }
        return total;
    }

    /** The point a fraction {@code t} of the way along segment {@code segment} (from point i to i+1). */
    public double[] along(int segment, double t) {
        return new double[] {xs[segment] + (xs[segment + 1] - xs[segment]) * t,
                ys[segment] + (ys[segment + 1] - ys[segment]) * t};
    }

    public Rect bounds() {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            minX = Math.min(minX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxX = Math.max(maxX, xs[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        return xs.length == 0 ? new Rect(0, 0, 0, 0) : new Rect(minX, minY, maxX - minX, maxY - minY);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Polyline that && Arrays.equals(xs, that.xs) && Arrays.equals(ys, that.ys);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(xs) + Arrays.hashCode(ys);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Polyline[");
        for (int i = 0; i < xs.length; i++) {
            text.append(i == 0 ? "" : " ").append(xs[i]).append(',').append(ys[i]);
        }
        return text.append(']').toString();
    }
}
