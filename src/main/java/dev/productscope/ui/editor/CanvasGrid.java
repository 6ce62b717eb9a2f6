package dev.productscope.ui.editor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** The canvas's grid: its spacing in model units, whether gestures snap to it, and its dots. */
public final class CanvasGrid {

    public static final int DEFAULT_SIZE = 10;
    public static final int MIN_SIZE = 2;
    public static final int MAX_SIZE = 100;

    private final IntegerProperty size = new SimpleIntegerProperty(this, "gridSize", DEFAULT_SIZE);
    private final BooleanProperty snap = new SimpleBooleanProperty(this, "snapToGrid", true);

    IntegerProperty sizeProperty() {
        return size;
    }

    BooleanProperty snapProperty() {
        return snap;
    }

    /** The spacing, kept within {@link #MIN_SIZE}..{@link #MAX_SIZE} whatever was bound to it. */
    double size() {
        return Math.max(MIN_SIZE, Math.min(MAX_SIZE, size.get()));
    }

    boolean snaps() {
        return snap.get();
    }

    /** {@code value} on the nearest grid line when snapping, else unchanged. */
    double snap(double value) {
        return snaps() ? Math.round(value / size()) * size() : value;
    }

    /** Dots at the grid's crossings, thinned out by fives when they would be closer than 8 pixels. */
    void paint(GraphicsContext g, double zoom, double originX, double originY, double width, double height) {
        double step = size() * zoom;
        while (step < 8) {
            step *= 5;
        }
        if (width / step * height / step > 60_000) {
            return;
        }
        g.setFill(Color.rgb(226, 230, 236));
        double startX = -((originX * zoom) % step);
        double startY = -((originY * zoom) % step);
        for (double x = startX; x < width; x += step) {
            for (double y = startY; y < height; y += step) {
                g.fillRect(x, y, 1, 1);
            }
        }
    }
}
