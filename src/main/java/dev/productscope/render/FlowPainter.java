package dev.productscope.render;

import dev.productscope.model.Flow;
import dev.productscope.model.Model;
import dev.productscope.model.Protection;
import java.util.Map;

/**
 * Paints flows as arrows along their paths, coloured and dashed by protection, with a head at
 * the receiver (and at the sender too when the flow goes both ways), then their labels.
 */
final class FlowPainter {

    static final double WIDTH = 2.2;
    static final double SELECTED_WIDTH = 4;
    private static final double HEAD_LENGTH = 11;
    private static final double HEAD_HALF_WIDTH = 5;

    private FlowPainter() {
    }

    static void paintArrows(Painter p, Model model, DiagramGeometry geometry, RenderOptions options) {
        for (Map.Entry<String, Polyline> entry : geometry.flowPaths().entrySet()) {
            if (options.shows(entry.getValue().bounds())) {
                model.flow(entry.getKey()).ifPresent(flow -> paintArrow(p, flow, entry.getValue(),
                        options.selection().contains(flow.id()), options.detailed()));
            }
        }
    }

    private static void paintArrow(Painter p, Flow flow, Polyline path, boolean selected, boolean cased) {
        Protection protection = flow.effectiveProtection();
        Rgb colour = DiagramStyle.protection(protection);
        double width = selected ? SELECTED_WIDTH : WIDTH;
        double[] xs = path.xs();
        double[] ys = path.ys();
        int n = xs.length;
        double[] head = shortenEnd(xs, ys, n - 1, n - 2);
        double[] tail = flow.isBidirectional() ? shortenEnd(xs, ys, 0, 1) : null;
        // A pale casing keeps the arrow readable where it crosses icons and other lines.
        if (cased || selected) {
            p.setStroke(selected ? DiagramStyle.SELECTION.withOpacity(0.55) : DiagramStyle.PAPER.withOpacity(0.7),
                    width + (selected ? 6 : 3));
            p.strokePolyline(xs, ys, n);
        }
        p.setStroke(colour, width, DiagramStyle.protectionDashes(protection));
        p.strokePolyline(xs, ys, n);
        p.setFill(colour);
        arrowHead(p, head, width);
        if (tail != null) {
            arrowHead(p, tail, width);
        }
    }

    // Pulls the end point back by the head's length; returns tip and direction for the head.
    private static double[] shortenEnd(double[] xs, double[] ys, int end, int previous) {
        double dx = xs[end] - xs[previous];
        double dy = ys[end] - ys[previous];
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return new double[] {xs[end], ys[end], 1, 0};
        }
        double ux = dx / length;
        double uy = dy / length;
        double[] tip = {xs[end], ys[end], ux, uy};
        double back = Math.min(HEAD_LENGTH * 0.8, length * 0.5);
        xs[end] -= ux * back;
        ys[end] -= uy * back;
        return tip;
    }

    private static void arrowHead(Painter p, double[] tip, double lineWidth) {
        double scale = lineWidth / WIDTH;
        double length = HEAD_LENGTH * Math.sqrt(scale);
        double half = HEAD_HALF_WIDTH * Math.sqrt(scale);
        double bx = tip[0] - tip[2] * length;
        double by = tip[1] - tip[3] * length;
        double[] xs = {tip[0], bx - tip[3] * half, bx + tip[3] * half};
        double[] ys = {tip[1], by + tip[2] * half, by - tip[2] * half};
        p.fillPolygon(xs, ys, 3);
    }

    static void paintLabels(Painter p, Model model, DiagramGeometry geometry, RenderOptions options) {
        p.setFont(AnnotationLayout.FLOW_FONT, false);
        for (Flow flow : model.flows()) {
            geometry.flowLabel(flow.id()).filter(options::shows).ifPresent(rect -> {
                Rgb colour = DiagramStyle.protection(flow.effectiveProtection());
                String text = TextFit.fit(p, flow.label(), AnnotationLayout.MAX_FLOW_LABEL_TEXT);
                double width = p.textWidth(text) + 8;
                double x = rect.centreX() - width / 2;
                double y = rect.centreY() - AnnotationLayout.FLOW_LABEL_HEIGHT / 2;
                p.setFill(DiagramStyle.PAPER.withOpacity(0.92));
                p.fillRect(x, y, width, AnnotationLayout.FLOW_LABEL_HEIGHT, 7);
                p.setStroke(colour, 1);
                p.strokeRect(x, y, width, AnnotationLayout.FLOW_LABEL_HEIGHT, 7);
                p.setFill(DiagramStyle.INK);
                p.text(text, rect.centreX(), rect.centreY() + AnnotationLayout.FLOW_FONT * 0.36, Painter.Align.CENTER);
            });
        }
    }
}
