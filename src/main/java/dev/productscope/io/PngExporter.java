package dev.productscope.io;

import dev.productscope.analysis.Analysis;
import dev.productscope.model.Model;
import dev.productscope.render.DiagramGeometry;
import dev.productscope.render.DiagramRenderer;
import dev.productscope.render.Graphics2DPainter;
import dev.productscope.render.Rect;
import dev.productscope.render.RenderOptions;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Writes the diagram as a PNG, drawn by the same renderer as the editor's canvas. */
public final class PngExporter {

    /** White space around the drawing, in model units. */
    public static final double MARGIN = 24;
    public static final double MIN_SCALE = 1;
    public static final double MAX_SCALE = 4;

    public void export(Model model, Analysis analysis, RenderOptions options, double scale, Path target)
            throws IOException {
        BufferedImage image = render(model, analysis, options, scale);
        AtomicFileWriter.write(target, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer in this Java runtime");
            }
        });
    }

    /** The picture at {@code scale} pixels per model unit, on white. */
    public BufferedImage render(Model model, Analysis analysis, RenderOptions options, double scale) {
        checkScale(scale);
        DiagramGeometry geometry = DiagramGeometry.of(model, analysis);
        Rect bounds = drawnBounds(geometry, options);
        int width = (int) Math.ceil((bounds.width() + 2 * MARGIN) * scale);
        int height = (int) Math.ceil((bounds.height() + 2 * MARGIN) * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            Graphics2DPainter painter = new Graphics2DPainter(g);
            painter.scale(scale);
            painter.translate(MARGIN - bounds.x(), MARGIN - bounds.y());
            new DiagramRenderer().paint(painter, model, analysis, geometry, options);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The part of the model plane a picture shows: the drawing, and the legend when shown. */
    public static Rect drawnBounds(DiagramGeometry geometry, RenderOptions options) {
        return options.showLegend() ? geometry.bounds() : geometry.contentBounds();
    }

    private static void checkScale(double scale) {
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("PNG scale must be between 1 and 4 (inclusive), not " + scale);
        }
    }
}
