package dev.productscope.io.export;

import dev.productscope.analysis.Finding;
import dev.productscope.io.PngExporter;
import dev.productscope.render.DiagramGeometry;
import dev.productscope.render.DiagramRenderer;
import dev.productscope.render.DiagramStyle;
import dev.productscope.render.Graphics2DPainter;
import dev.productscope.render.Painter;
import dev.productscope.render.Rect;
import dev.productscope.render.RenderOptions;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The diagram as every export shows it, composed once: the title block on top, the drawing by
 * the shared renderer (with the product boundaries and legend the options ask for), and the
 * numbered findings key beside it. PNG, SVG, PDF and the reports all paint this, so they agree.
 */
public final class AnnotatedDiagram {

    /** White space around the picture and between its parts, in model units. */
    private static final double MARGIN = PngExporter.MARGIN;
    private static final double GAP = 20;
    private static final double KEY_GAP = 32;
    /** Narrower than this and the title block's lines would be cut short. */
    private static final double MIN_TITLED_WIDTH = 480;

    private final ExportContext context;
    private final DiagramGeometry geometry;
    private final RenderOptions renderOptions;
    private final Rect bounds;
    private final List<Finding> numbered;
    private final DiagramTitleBlock title;
    private final DiagramFindingsKey key;
    private final double drawingTop;
    private final double width;
    private final double height;

    private AnnotatedDiagram(ExportContext context) {
        this.context = context;
        ExportOptions options = context.options();
        this.geometry = DiagramGeometry.of(context.model(), context.analysis());
        this.numbered = context.analysis().findings();
        RenderOptions render = RenderOptions.defaults().withLegend(options.legend())
                .withHiddenProducts(options.hiddenProducts());
        this.renderOptions = options.findingsKey() ? render.withNumbering(numbered) : render;
        this.bounds = PngExporter.drawnBounds(geometry, renderOptions);
        Graphics2D scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            // Widths are measured independently of the target, so every format lays out alike.
            Painter measure = new Graphics2DPainter(scratch);
            this.key = options.findingsKey() ? DiagramFindingsKey.of(numbered, measure, bounds.height()) : null;
            double inner = bounds.width() + (key == null ? 0 : KEY_GAP + key.width());
            if (options.titleBlock()) {
                inner = Math.max(inner, MIN_TITLED_WIDTH);
                this.title = DiagramTitleBlock.of(context, measure, inner);
            } else {
                this.title = null;
            }
            this.drawingTop = MARGIN + (title == null ? 0 : title.height() + GAP);
            this.width = inner + 2 * MARGIN;
            this.height = drawingTop + Math.max(bounds.height(), key == null ? 0 : key.height()) + MARGIN;
        } finally {
            scratch.dispose();
        }
    }

    public static AnnotatedDiagram of(ExportContext context) {
        return new AnnotatedDiagram(context);
    }

    /** Width of the whole picture in model units (points in PDF, pixels at scale 1). */
    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** Paints the whole picture at scale 1 with its top-left corner at the origin, on white. */
    public void paint(Graphics2D g) {
        paint(new Graphics2DPainter(g));
    }

    /** The same through any painter, for formats that handle some of the drawing themselves (PDF text). */
    public void paint(Painter p) {
        p.save();
        p.setFill(DiagramStyle.PAPER);
        p.fillRect(0, 0, width, height, 0);
        if (title != null) {
            title.paint(p, MARGIN, MARGIN);
        }
        p.save();
        p.translate(MARGIN - bounds.x(), drawingTop - bounds.y());
        new DiagramRenderer().paint(p, context.model(), context.analysis(), geometry, renderOptions);
        p.restore();
        if (key != null) {
            key.paint(p, MARGIN + bounds.width() + KEY_GAP, drawingTop);
        }
        p.restore();
    }

    /** The findings in the order of the key beside the diagram: finding n is {@code get(n - 1)}. */
    public List<Finding> numberedFindings() {
        return numbered;
    }
}
