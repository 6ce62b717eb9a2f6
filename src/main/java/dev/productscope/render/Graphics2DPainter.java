package dev.productscope.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.Shape;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * The Java2D adapter, behind PNG and the other Graphics2D exports. Strokes have round caps and
 * joins; {@code arc} is the full width of a corner's arc (Java2D's convention), which
 * {@code FxPainter} matches. Text uses DejaVu Sans where installed, else the logical sans-serif,
 * and goes through {@link DrawnText#clean} so SVG stays valid XML whatever the user typed.
 */
public final class Graphics2DPainter implements Painter {

    /** The face both adapters ask for; installed with the JDK's usual font packages on Linux. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    private static final String FAMILY = resolveFamily();

    private record State(AffineTransform transform, Color fill, Color stroke, Stroke line, Font font) {
    }

    private final Graphics2D g;
    private final Deque<State> saved = new ArrayDeque<>();
    private Color fill = Color.BLACK;
    private Color stroke = Color.BLACK;
    private Stroke line = new BasicStroke(1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private Font font;

    public Graphics2DPainter(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        setFont(12, false);
    }

    private static String resolveFamily() {
        try {
            for (String family : GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()) {
                if (family.equals(FONT_FAMILY)) {
                    return FONT_FAMILY;
                }
            }
        } catch (RuntimeException | Error e) {
            // No font configuration at all: the logical font still works.
        }
        return Font.SANS_SERIF;
    }

    @Override
    public void save() {
        saved.push(new State(g.getTransform(), fill, stroke, line, font));
    }

    @Override
    public void restore() {
        State state = saved.poll();
        if (state == null) {
            throw new IllegalStateException("restore() without save()");
        }
        g.setTransform(state.transform());
        fill = state.fill();
        stroke = state.stroke();
        line = state.line();
        font = state.font();
        g.setFont(font);
    }

    @Override
    public void translate(double dx, double dy) {
        g.translate(dx, dy);
    }

    @Override
    public void scale(double factor) {
        g.scale(factor, factor);
    }

    @Override
    public void setFill(Rgb colour) {
        fill = colour(colour);
    }

    @Override
    public void setStroke(Rgb colour, double width, double... dashes) {
        stroke = colour(colour);
        float[] pattern = null;
        if (dashes != null && dashes.length > 0 && Arrays.stream(dashes).anyMatch(d -> d > 0)) {
            pattern = new float[dashes.length];
            for (int i = 0; i < dashes.length; i++) {
                pattern[i] = (float) Math.max(0, dashes[i]);
            }
        }
        line = new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, pattern, 0f);
    }

    private static Color colour(Rgb rgb) {
        return new Color(rgb.argb(), true);
    }

    private void fill(Shape shape) {
        g.setColor(fill);
        g.fill(shape);
    }

    private void stroke(Shape shape) {
        g.setColor(stroke);
        g.setStroke(line);
        g.draw(shape);
    }

    private static Shape rect(double x, double y, double width, double height, double arc) {
        return arc > 0 ? new RoundRectangle2D.Double(x, y, width, height, arc, arc)
                : new Rectangle2D.Double(x, y, width, height);
    }

    @Override
    public void fillRect(double x, double y, double width, double height, double arc) {
        fill(rect(x, y, width, height, arc));
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, double arc) {
        stroke(rect(x, y, width, height, arc));
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        fill(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        stroke(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        stroke(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void strokePolyline(double[] x, double[] y, int count) {
        if (count >= 2) {
            stroke(path(x, y, count, false));
        }
    }

    @Override
    public void fillPolygon(double[] x, double[] y, int count) {
        if (count >= 3) {
            fill(path(x, y, count, true));
        }
    }

    @Override
    public void strokePolygon(double[] x, double[] y, int count) {
        if (count >= 2) {
            stroke(path(x, y, count, true));
        }
    }

    private static Path2D path(double[] x, double[] y, int count, boolean closed) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, count + 1);
        path.moveTo(x[0], y[0]);
        for (int i = 1; i < count; i++) {
            path.lineTo(x[i], y[i]);
        }
        if (closed) {
            path.closePath();
        }
        return path;
    }

    @Override
    public void setFont(double size, boolean bold) {
        font = new Font(FAMILY, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
        g.setFont(font);
    }

    @Override
    public void text(String raw, double x, double y, Align align) {
        String text = DrawnText.clean(raw);
        if (text.isEmpty()) {
            return;
        }
        double width = align == Align.LEFT ? 0 : textWidth(text);
        double left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - width / 2;
            case RIGHT -> x - width;
        };
        g.setColor(fill);
        g.setFont(font);
        g.drawString(text, (float) left, (float) y);
    }

    @Override
    public double textWidth(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return font.getStringBounds(DrawnText.clean(text), renderContext()).getWidth();
    }

    private FontRenderContext renderContext() {
        // Measure without the current transform, in model units, as the JavaFX adapter does.
        return new FontRenderContext(null, true, true);
    }
}
