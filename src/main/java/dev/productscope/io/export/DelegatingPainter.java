package dev.productscope.io.export;

import dev.productscope.render.Graphics2DPainter;
import dev.productscope.render.Painter;
import dev.productscope.render.Rgb;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The Java2D adapter with a hook on text: everything is passed to a {@link Graphics2DPainter},
 * and the fill and font in force are tracked (with save and restore) for subclasses that draw
 * text their own way for one format.
 */
abstract class DelegatingPainter implements Painter {

    private record State(Rgb fill, double size, boolean bold) {
    }

    protected final Graphics2DPainter shapes;
    private final Deque<State> saved = new ArrayDeque<>();
    private Rgb fill = Rgb.of(0x000000);
    private double size = 12;
    private boolean bold;

    DelegatingPainter(Graphics2DPainter shapes) {
        this.shapes = shapes;
    }

    protected Rgb fill() {
        return fill;
    }

    protected double fontSize() {
        return size;
    }

    protected boolean bold() {
        return bold;
    }

    @Override
    public void save() {
        shapes.save();
        saved.push(new State(fill, size, bold));
    }

    @Override
    public void restore() {
        shapes.restore();
        State state = saved.pop();
        fill = state.fill();
        size = state.size();
        bold = state.bold();
    }

    @Override
    public void translate(double dx, double dy) {
        shapes.translate(dx, dy);
    }

    @Override
    public void scale(double factor) {
        shapes.scale(factor);
    }

    @Override
    public void setFill(Rgb colour) {
        fill = colour;
        shapes.setFill(colour);
    }

    @Override
    public void setStroke(Rgb colour, double width, double... dashes) {
        shapes.setStroke(colour, width, dashes);
    }

    @Override
    public void fillRect(double x, double y, double width, double height, double arc) {
        shapes.fillRect(x, y, width, height, arc);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height, double arc) {
        shapes.strokeRect(x, y, width, height, arc);
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        shapes.fillOval(x, y, width, height);
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        shapes.strokeOval(x, y, width, height);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        shapes.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void strokePolyline(double[] x, double[] y, int count) {
        shapes.strokePolyline(x, y, count);
    }

    @Override
    public void fillPolygon(double[] x, double[] y, int count) {
        shapes.fillPolygon(x, y, count);
    }

    @Override
    public void strokePolygon(double[] x, double[] y, int count) {
        shapes.strokePolygon(x, y, count);
    }

    @Override
    public void setFont(double newSize, boolean newBold) {
        size = newSize;
        bold = newBold;
        shapes.setFont(newSize, newBold);
    }

    @Override
    public double textWidth(String text) {
        return shapes.textWidth(text);
    }

    /** Where text of {@code width} starts when aligned at {@code x}. */
    static double left(double x, double width, Align align) {
        return switch (align) {
            case LEFT -> x;
            case CENTER -> x - width / 2;
            case RIGHT -> x - width;
        };
    }
}
