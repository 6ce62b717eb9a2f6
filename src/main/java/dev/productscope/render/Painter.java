package dev.productscope.render;

/**
 * The small drawing surface {@link DiagramRenderer} paints through. One adapter paints on a
 * JavaFX canvas (the editor), one on a Java2D {@code Graphics2D} (PNG, SVG and PDF exports), so
 * the screen and every export show the same picture. Coordinates are model coordinates; the
 * adapter's current transform maps them to pixels.
 */
public interface Painter {

    /** Text alignment relative to the x coordinate given to {@link #text}. */
    enum Align { LEFT, CENTER, RIGHT }

    void save();

    void restore();

    void translate(double dx, double dy);

    void scale(double factor);

    void setFill(Rgb colour);

    /** Stroke colour and width; {@code dashes} empty for a solid line. */
    void setStroke(Rgb colour, double width, double... dashes);

    void fillRect(double x, double y, double width, double height, double arc);

    void strokeRect(double x, double y, double width, double height, double arc);

    void fillOval(double x, double y, double width, double height);

    void strokeOval(double x, double y, double width, double height);

    void strokeLine(double x1, double y1, double x2, double y2);

    /** An open polyline through the points {@code x[i], y[i]}. */
    void strokePolyline(double[] x, double[] y, int count);

    void fillPolygon(double[] x, double[] y, int count);

    void strokePolygon(double[] x, double[] y, int count);

    /** Sets the font for {@link #text} and {@link #textWidth}: a sans-serif face of this size. */
    void setFont(double size, boolean bold);

    /** Draws one line of text with its baseline at {@code y}, in the fill colour. */
    void text(String text, double x, double y, Align align);

    /** The width the text would take in the current font. */
    double textWidth(String text);
}
