package dev.productscope.render;

import dev.productscope.model.LegendCategory;
import dev.productscope.model.Protection;
import dev.productscope.model.ZoneKind;

/**
 * The key under the drawing: the four CSWP 33 colour categories, the three flow protections and
 * a product boundary, and the zone outlines with who manages them.
 */
final class Legend {

    static final double WIDTH = 810;
    static final double HEIGHT = 118;
    private static final double ROW = 19;
    private static final double FIRST_ROW = 42;
    private static final double FONT = 11;

    private Legend() {
    }

    static void paint(Painter p, Rect at) {
        p.setFill(DiagramStyle.PAPER);
        p.fillRect(at.x(), at.y(), at.width(), at.height(), 10);
        p.setStroke(Rgb.of(0xC9CED4), 1);
        p.strokeRect(at.x(), at.y(), at.width(), at.height(), 10);
        p.setFont(12, true);
        p.setFill(DiagramStyle.INK);
        p.text("Legend", at.x() + 12, at.y() + 22, Painter.Align.LEFT);
        categories(p, at.x() + 12, at.y() + FIRST_ROW);
        protections(p, at.x() + 230, at.y() + FIRST_ROW);
        zones(p, at.x() + 500, at.y() + FIRST_ROW);
    }

    private static void categories(Painter p, double x, double y) {
        LegendCategory[] order = {LegendCategory.IOT_PRODUCT_COMPONENT, LegendCategory.IOT_INFRASTRUCTURE,
            LegendCategory.NETWORK_INFRASTRUCTURE, LegendCategory.HOSTING_HARDWARE_PLATFORM};
        for (int i = 0; i < order.length; i++) {
            double top = y + i * ROW;
            p.setFill(DiagramStyle.category(order[i]));
            p.fillRect(x, top, 14, 14, 4);
            p.setStroke(DiagramStyle.outline(order[i]), 1.2);
            p.strokeRect(x, top, 14, 14, 4);
            label(p, order[i].label(), x + 22, top);
        }
    }

    private static void protections(Painter p, double x, double y) {
        Protection[] order = {Protection.APPLICATION, Protection.TRANSPORT, Protection.NONE};
        for (int i = 0; i < order.length; i++) {
            double mid = y + i * ROW + 7;
            Rgb colour = DiagramStyle.protection(order[i]);
            p.setStroke(colour, FlowPainter.WIDTH, DiagramStyle.protectionDashes(order[i]));
            p.strokeLine(x, mid, x + 30, mid);
            p.setFill(colour);
            p.fillPolygon(new double[] {x + 40, x + 29, x + 29}, new double[] {mid, mid - 5, mid + 5}, 3);
            label(p, DiagramStyle.protectionLabel(order[i]), x + 48, y + i * ROW);
        }
        double top = y + 3 * ROW;
        Rgb product = DiagramStyle.product(0);
        p.setFill(product.withOpacity(0.08));
        p.fillRect(x, top, 40, 14, 8);
        p.setStroke(product, 2);
        p.strokeRect(x, top, 40, 14, 8);
        label(p, "IoT product boundary", x + 48, top);
    }

    private static void zones(Painter p, double x, double y) {
        p.setStroke(DiagramStyle.zoneFrame(ZoneKind.CUSTOMER_ENVIRONMENT), 1.6);
        p.setFill(DiagramStyle.zoneFill(ZoneKind.CUSTOMER_ENVIRONMENT));
        double[] xs = {x, x, x + 12, x + 24, x + 24};
        double[] ys = {y + 16, y + 6, y - 2, y + 6, y + 16};
        p.fillPolygon(xs, ys, 5);
        p.strokePolygon(xs, ys, 5);
        label(p, "Customer environment: locally managed", x + 32, y);
        ZoneKind[] remote = {ZoneKind.THIRD_PARTY_CLOUD, ZoneKind.MANUFACTURER_DATA_CENTER};
        for (int i = 0; i < remote.length; i++) {
            double top = y + (i + 1) * ROW + 4;
            p.setFill(DiagramStyle.zoneFill(remote[i]));
            p.fillRect(x, top, 24, 14, ZonePainter.arc(remote[i]) / 3);
            p.setStroke(DiagramStyle.zoneFrame(remote[i]), 1.6, scaled(DiagramStyle.zoneDashes(remote[i])));
            p.strokeRect(x, top, 24, 14, ZonePainter.arc(remote[i]) / 3);
            label(p, remote[i].label() + ": remotely managed", x + 32, top);
        }
    }

    private static double[] scaled(double[] dashes) {
        double[] half = new double[dashes.length];
        for (int i = 0; i < dashes.length; i++) {
            half[i] = dashes[i] / 2;
        }
        return half;
    }

    private static void label(Painter p, String text, double x, double rowTop) {
        p.setFont(FONT, false);
        p.setFill(DiagramStyle.INK);
        p.text(text, x, rowTop + FONT, Painter.Align.LEFT);
    }
}
