package dev.productscope.io.export;

import dev.productscope.analysis.Finding;
import dev.productscope.io.PngExporter;
import dev.productscope.render.DiagramGeometry;
import dev.productscope.render.DiagramRenderer;
import dev.productscope.render.Graphics2DPainter;
import dev.productscope.render.Rect;
import dev.productscope.render.RenderOptions;
import java.awt.Color;
import java.awt.Graphics2D;
import java.util.List;

/**
 * The diagram as every export shows it, composed once: the drawing by the shared renderer, and
 * (to come) the title block and the numbered findings key the options ask for.
 */
public final class AnnotatedDiagram {

    private final ExportContext context;
    private final DiagramGeometry geometry;
    private final RenderOptions renderOptions;
    private final Rect bounds;

    private AnnotatedDiagram(ExportContext context) {
        this.context = context;
        this.geometry = DiagramGeometry.of(context.model(), context.analysis());
        this.renderOptions = RenderOptions.defaults().withLegend(context.options().legend());
        this.bounds = PngExporter.drawnBounds(geometry, renderOptions);
    }

    public static AnnotatedDiagram of(ExportContext context) {
        return new AnnotatedDiagram(context);
    }

    /** Width of the whole picture in model units (points in PDF, pixels at scale 1). */
    public double width() {
        return bounds.width() + 2 * PngExporter.MARGIN;
    }

    public double height() {
        return bounds.height() + 2 * PngExporter.MARGIN;
    }

    /** Paints the whole picture at scale 1 with its top-left corner at the origin, on white. */
    public void paint(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fill(new java.awt.geom.Rectangle2D.Double(0, 0, width(), height()));
        Graphics2DPainter painter = new Graphics2DPainter(g);
        painter.translate(PngExporter.MARGIN - bounds.x(), PngExporter.MARGIN - bounds.y());
        new DiagramRenderer().paint(painter, context.model(), context.analysis(), geometry, renderOptions);
    }

    /** The findings in the order of the key beside the diagram: finding n is {@code get(n - 1)}. */
    public List<Finding> numberedFindings() {
        return context.analysis().findings();
    }
}
