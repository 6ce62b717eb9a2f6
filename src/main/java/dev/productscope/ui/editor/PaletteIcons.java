package dev.productscope.ui.editor;

import dev.productscope.model.ZoneKind;
import dev.productscope.render.DiagramRenderer;
import dev.productscope.render.DiagramStyle;
import dev.productscope.render.Rect;
import dev.productscope.ui.FxPainter;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

/** Draws a palette entry's icon with the same renderer as the diagram. */
final class PaletteIcons {

    private PaletteIcons() {
    }

    static void paint(Canvas canvas, PaletteEntry entry) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        Rect box = new Rect(2, 2, canvas.getWidth() - 4, canvas.getHeight() - 4);
        if (entry.component() != null) {
            DiagramRenderer.paintIcon(new FxPainter(g), entry.component(), box);
        } else {
            ZoneKind kind = entry.zone();
            g.setFill(ProductColours.fx(DiagramStyle.zoneFill(kind)));
            g.setStroke(ProductColours.fx(DiagramStyle.zoneFrame(kind)));
            g.setLineWidth(1.5);
            if (kind == ZoneKind.CUSTOMER_ENVIRONMENT) {
                double[] xs = {box.x(), box.centreX(), box.maxX(), box.maxX(), box.x()};
                double[] ys = {box.y() + box.height() * 0.4, box.y(), box.y() + box.height() * 0.4, box.maxY(), box.maxY()};
                g.fillPolygon(xs, ys, 5);
                g.strokePolygon(xs, ys, 5);
            } else {
                g.setLineDashes(DiagramStyle.zoneDashes(kind));
                g.fillRoundRect(box.x(), box.y() + 4, box.width(), box.height() - 8, 8, 8);
                g.strokeRoundRect(box.x(), box.y() + 4, box.width(), box.height() - 8, 8, 8);
                g.setLineDashes();
            }
        }
    }
}
