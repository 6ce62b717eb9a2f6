package dev.productscope.ui;

import dev.productscope.render.DrawnText;
import dev.productscope.render.Graphics2DPainter;
import dev.productscope.render.Painter;
import dev.productscope.render.Rgb;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontSmoothingType;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The JavaFX adapter, behind the editor's canvas. It draws what {@link Graphics2DPainter} draws:
 * round caps and joins, {@code arc} as the full width of a corner's arc (GraphicsContext's
 * arcWidth has the same meaning as Java2D's), the same font family and grey-scale text smoothing.
 */
public final class FxPainter implements Painter {

    private static final String FAMILY = Font.getFamilies().contains(Graphics2DPainter.FONT_FAMILY)
            ? Graphics2DPainter.FONT_FAMILY : Font.getDefault().getFamily();

    private record FontState(Font font) {
    }

    private final GraphicsContext g;
    private final Deque<FontState> saved = new ArrayDeque<>();
    // Measures text as the canvas lays it out; a detached node, so any thread may use it.
    private final Text measure = new Text();
    // Laying out a Text node per call dominated painting labels; names repeat frame after frame.
    private final java.util.Map<Font, java.util.Map<String, Double>> widths = new java.util.HashMap<>();
    private Font font;

    public FxPainter(GraphicsContext g) {
        this.g = g;
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setMiterLimit(10);
        g.setTextBaseline(VPos.BASELINE);
        g.setFontSmoothingType(FontSmoothingType.GRAY);
        g.setLineDashes((double[]) null);
        setFont(12, false);
    }

    @Override
    public void save() {
        g.save();
        saved.push(new FontState(font));
    }

    @Override
    public void restore() {
        FontState state = saved.poll();
        if (state == null) {
            throw new IllegalStateException("restore() without save()");
        }
        g.restore();
        font = state.font();
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
        g.setFill(colour(colour));
    }

    @Override
    public void setStroke(Rgb colour, double width, double... dashes) {
        g.setStroke(colour(colour));
        g.setLineWidth(width);
        boolean dashed = false;
        if (dashes != null) {
            for (double dash : dashes) {
                dashed |= dash > 0;
            }
        }
        g.setLineDashes(dashed ? dashes.clone() : null);
        g.setLineDashOffset(0);
    }

    private static Color colour(Rgb rgb) {
        return Color.rgb(rgb.red(), rgb.green(), rgb.blue(), rgb.opacity());
    }

    @Override
    public void fillRect(double x, double y, double width, double height, double arc) {
        if (arc > 0) {
            g.fillRoundRect(x, y, width, height, arc, arc);
        } else {
            g.fillRect(x, y, width, height);
        }
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, double arc) {
        if (arc > 0) {
            g.strokeRoundRect(x, y, width, height, arc, arc);
        } else {
            g.strokeRect(x, y, width, height);
        }
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        g.fillOval(x, y, width, height);
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        g.strokeOval(x, y, width, height);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void strokePolyline(double[] x, double[] y, int count) {
        if (count >= 2) {
            g.strokePolyline(x, y, count);
        }
    }

    @Override
    public void fillPolygon(double[] x, double[] y, int count) {
        if (count >= 3) {
            g.fillPolygon(x, y, count);
        }
    }

    @Override
    public void strokePolygon(double[] x, double[] y, int count) {
        if (count >= 2) {
            g.strokePolygon(x, y, count);
        }
    }

    @Override
    public void setFont(double size, boolean bold) {
        font = Font.font(FAMILY, bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
        g.setFont(font);
    }

    @Override
    public void text(String text, double x, double y, Align align) {
        if (text == null || text.isEmpty()) {
            return;
        }
        g.setFont(font);
        g.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        // Cleaned as every export cleans it, so a name with a line break reads the same on screen and on paper.
        g.fillText(DrawnText.clean(text), x, y);
    }

    @Override
    public double textWidth(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        java.util.Map<String, Double> known = widths.computeIfAbsent(font, f -> new java.util.HashMap<>());
        Double width = known.get(text);
        if (width == null) {
            if (known.size() > 20_000) {
                known.clear();
            }
            measure.setFont(font);
            measure.setText(DrawnText.clean(text));
            width = measure.getLayoutBounds().getWidth();
            known.put(text, width);
        }
        return width;
    }
}
