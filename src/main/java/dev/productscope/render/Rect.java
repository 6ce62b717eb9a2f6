package dev.productscope.render;

/** An axis-aligned rectangle in model coordinates; {@code x}, {@code y} is the top-left corner. */
public record Rect(double x, double y, double width, double height) {

    public Rect {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative size " + width + "x" + height);
        }
    }

    public static Rect centredAt(double cx, double cy, double width, double height) {
        return new Rect(cx - width / 2, cy - height / 2, width, height);
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public double centreX() {
        return x + width / 2;
    }

    public double centreY() {
        return y + height / 2;
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= maxX() && py >= y && py <= maxY();
    }

    public boolean contains(Rect other) {
        return other.x >= x && other.y >= y && other.maxX() <= maxX() && other.maxY() <= maxY();
    }

    public boolean intersects(Rect other) {
        return other.x < maxX() && other.maxX() > x && other.y < maxY() && other.maxY() > y;
    }

    public Rect union(Rect other) {
        double minX = Math.min(x, other.x);
        double minY = Math.min(y, other.y);
        return new Rect(minX, minY, Math.max(maxX(), other.maxX()) - minX, Math.max(maxY(), other.maxY()) - minY);
    }

    /** Grown by {@code margin} on every side (shrunk when negative, never below zero size). */
    public Rect padded(double margin) {
        double w = Math.max(0, width + 2 * margin);
        double h = Math.max(0, height + 2 * margin);
        return new Rect(centreX() - w / 2, centreY() - h / 2, w, h);
    }

    /**
     * Where the segment from the centre towards {@code (px, py)} leaves this rectangle; the point
     * itself when it lies inside.
     */
    public double[] exitTowards(double px, double py) {
        double dx = px - centreX();
        double dy = py - centreY();
        if (contains(px, py) || (dx == 0 && dy == 0)) {
            return new double[] {px, py};
        }
        double tx = dx == 0 ? Double.POSITIVE_INFINITY : (width / 2) / Math.abs(dx);
        double ty = dy == 0 ? Double.POSITIVE_INFINITY : (height / 2) / Math.abs(dy);
        double t = Math.min(tx, ty);
        return new double[] {centreX() + dx * t, centreY() + dy * t};
    }
}
