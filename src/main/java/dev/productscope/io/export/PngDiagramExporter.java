package dev.productscope.io.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** The annotated diagram as a PNG image at the options' scale (1 to 4 pixels per model unit). */
public final class PngDiagramExporter implements Exporter {

    /** About 400 MB of pixels: beyond this a PNG export would exhaust an ordinary heap. */
    static final long MAX_PIXELS = 100_000_000L;

    @Override
    public void export(ExportContext context, OutputStream out) {
        BufferedImage image = image(context);
        context.step(0.8, "Writing the PNG");
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new ExportException("this Java runtime has no PNG writer");
        }
        ImageWriter writer = writers.next();
        // An in-memory cache, so ImageIO writes no temporary file and the stream stays open.
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    /** The picture at {@code context.options().scale()} pixels per model unit, on white. */
    public static BufferedImage image(ExportContext context) {
        context.step(0.1, "Laying out the diagram");
        AnnotatedDiagram diagram = AnnotatedDiagram.of(context);
        double scale = context.options().scale();
        long width = (long) Math.ceil(diagram.width() * scale);
        long height = (long) Math.ceil(diagram.height() * scale);
        if (width * height > MAX_PIXELS || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            throw new ExportException("the diagram would be " + width + " \u00d7 " + height + " pixels at scale "
                    + scale + ", too large for a PNG: choose a smaller scale, or export SVG or PDF");
        }
        context.step(0.3, "Drawing the diagram");
        BufferedImage image = new BufferedImage((int) width, (int) height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            diagram.paint(g);
        } finally {
            g.dispose();
        }
        return image;
    }
}
