package dev.productscope.render;

/**
 * Draws an icon in unit coordinates: (0, 0) is the top-left of its box and (1, 1) the
 * bottom-right, so one drawing fits any box size. Shapes are filled with the body colour and
 * outlined; details are strokes in the detail colour.
 */
final class IconPen {

    private final Painter painter;
    private final Rect box;
    private final Rgb body;
    private final Rgb outline;
    private final Rgb detail;
    private final double lineWidth;

    IconPen(Painter painter, Rect box, Rgb body, Rgb outline, Rgb detail) {
        this.painter = painter;
        this.box = box;
        this.body = body;
        this.outline = outline;
        this.detail = detail;
        this.lineWidth = Math.max(1.0, Math.min(1.6, Math.min(box.width(), box.height()) / 36));
    }

    double x(double u) {
        return box.x() + u * box.width();
    }

    double y(double v) {
        return box.y() + v * box.height();
    }

    Painter painter() {
        return painter;
    }

    Rgb detailColour() {
        return detail;
    }

    Rgb bodyColour() {
        return body;
    }

    /** A filled, outlined rectangle; {@code arc} in units of the box's smaller side. */
    void rect(double u, double v, double du, double dv, double arc) {
        rect(u, v, du, dv, arc, body);
    }

    void rect(double u, double v, double du, double dv, double arc, Rgb fill) {
        double a = arc * Math.min(box.width(), box.height());
        painter.setFill(fill);
        painter.fillRect(x(u), y(v), du * box.width(), dv * box.height(), a);
        painter.setStroke(outline, lineWidth);
        painter.strokeRect(x(u), y(v), du * box.width(), dv * box.height(), a);
    }

    void oval(double u, double v, double du, double dv) {
        oval(u, v, du, dv, body);
    }

    void oval(double u, double v, double du, double dv, Rgb fill) {
        painter.setFill(fill);
        painter.fillOval(x(u), y(v), du * box.width(), dv * box.height());
        painter.setStroke(outline, lineWidth);
        painter.strokeOval(x(u), y(v), du * box.width(), dv * box.height());
    }

    /** A filled oval without outline, in the outline colour grown by a line width: the rim of a union. */
    void rimOval(double u, double v, double du, double dv) {
        painter.setFill(outline);
        painter.fillOval(x(u) - lineWidth, y(v) - lineWidth, du * box.width() + 2 * lineWidth,
                dv * box.height() + 2 * lineWidth);
    }

    void rimRect(double u, double v, double du, double dv, double arc) {
        double a = arc * Math.min(box.width(), box.height());
        painter.setFill(outline);
        painter.fillRect(x(u) - lineWidth, y(v) - lineWidth, du * box.width() + 2 * lineWidth,
                dv * box.height() + 2 * lineWidth, a + 2 * lineWidth);
    }

    /** The inside of a union shape, painted after its rim. */
    void bodyOval(double u, double v, double du, double dv) {
        painter.setFill(body);
        painter.fillOval(x(u), y(v), du * box.width(), dv * box.height());
    }

    void bodyRect(double u, double v, double du, double dv, double arc) {
        painter.setFill(body);
        painter.fillRect(x(u), y(v), du * box.width(), dv * box.height(),
                arc * Math.min(box.width(), box.height()));
    }

    /** A filled, outlined polygon through unit points {@code u0, v0, u1, v1, ...}. */
    void polygon(double... uv) {
        int n = uv.length / 2;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = x(uv[2 * i]);
            ys[i] = y(uv[2 * i + 1]);
        }
        painter.setFill(body);
        painter.fillPolygon(xs, ys, n);
        painter.setStroke(outline, lineWidth);
        painter.strokePolygon(xs, ys, n);
    }

    void line(double u1, double v1, double u2, double v2) {
        painter.setStroke(detail, lineWidth * 0.9);
        painter.strokeLine(x(u1), y(v1), x(u2), y(v2));
    }

    /** An outline-coloured line, for parts that stand out of the body (antennas, stands). */
    void strut(double u1, double v1, double u2, double v2) {
        painter.setStroke(outline, lineWidth * 1.4);
        painter.strokeLine(x(u1), y(v1), x(u2), y(v2));
    }

    /** A detail-coloured dot of unit diameter {@code d} (in the box's smaller side). */
    void dot(double u, double v, double d, Rgb colour) {
        double size = d * Math.min(box.width(), box.height());
        painter.setFill(colour);
        painter.fillOval(x(u) - size / 2, y(v) - size / 2, size, size);
    }

    void dot(double u, double v, double d) {
        dot(u, v, d, detail);
    }

    /** An arc as a polyline around unit centre (u, v), radius r in the box's smaller side, degrees clockwise from east. */
    void arc(double u, double v, double r, double startDegrees, double extentDegrees, Rgb colour, double width) {
        int steps = 12;
        double[] xs = new double[steps + 1];
        double[] ys = new double[steps + 1];
        double radius = r * Math.min(box.width(), box.height());
        for (int i = 0; i <= steps; i++) {
            double a = Math.toRadians(startDegrees + extentDegrees * i / steps);
            xs[i] = x(u) + Math.cos(a) * radius;
            ys[i] = y(v) + Math.sin(a) * radius;
        }
        painter.setStroke(colour, width * lineWidth);
        painter.strokePolyline(xs, ys, steps + 1);
    }

    /** A globe of radius {@code r} (in the box's smaller side): circle, meridian and equator. */
    void globe(double u, double v, double r) {
        double radius = r * Math.min(box.width(), box.height());
        double cx = x(u);
        double cy = y(v);
        painter.setFill(body);
        painter.fillOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
        painter.setStroke(detail, lineWidth * 0.9);
        painter.strokeOval(cx - radius * 0.45, cy - radius, radius * 0.9, 2 * radius);
        painter.strokeLine(cx - radius, cy, cx + radius, cy);
        painter.setStroke(outline, lineWidth);
        painter.strokeOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
    }

    Rgb outlineColour() {
        return outline;
    }
}
