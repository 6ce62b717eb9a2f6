package dev.productscope.io.export;

import dev.productscope.render.Graphics2DPainter;
import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/**
 * The annotated diagram as SVG through JFreeSVG's Graphics2D. Text stays text (selectable,
 * searchable, translatable) and comes back exactly as drawn: JFreeSVG escapes it (ampersands with
 * help, see {@link SvgTextPainter}) and the painter has already replaced what XML cannot carry,
 * so the document is well-formed whatever the user typed. No DOCTYPE: the old SVG
 * 1.0 DTD is never needed, and parsers that refuse external DTDs read the file as it is.
 */
public final class SvgDiagramExporter implements Exporter {

    /** Faces as wide as DejaVu Sans (which the layout measures with) first, so labels keep their room. */
    private static final String SANS = "\"DejaVu Sans\", \"Bitstream Vera Sans\", Verdana, sans-serif";

    @Override
    public void export(ExportContext context, OutputStream out) {
        String svg = toSvg(context);
        context.step(0.9, "Writing the SVG");
        try {
            out.write(svg.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole SVG document, UTF-8 encoded when written. */
    public static String toSvg(ExportContext context) {
        context.step(0.1, "Laying out the diagram");
        AnnotatedDiagram diagram = AnnotatedDiagram.of(context);
        context.step(0.3, "Drawing the diagram");
        SVGGraphics2D g = new SVGGraphics2D(diagram.width(), diagram.height());
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        g.setFontFunction(SvgDiagramExporter::fontFamily);
        try {
            diagram.paint(new SvgTextPainter(g));
        } finally {
            g.dispose();
        }
        ViewBox box = new ViewBox(0, 0, diagram.width(), diagram.height());
        String svg = g.getSVGElement(null, true, box, null, null).replace(String.valueOf(SvgTextPainter.AMPERSAND),
                "&amp;");
        // Spaces as drawn: SVG would otherwise collapse runs of them, and labels would shrink.
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg.replaceFirst("^<svg ", "<svg xml:space='preserve' ")
                + "\n";
    }

    // The painter only asks for its own face or the logical sans-serif; both get the same fallbacks.
    private static String fontFamily(String family) {
        return family.equals(Graphics2DPainter.FONT_FAMILY) || family.equals(Font.SANS_SERIF)
                || family.equals(Font.DIALOG) ? SANS : "sans-serif";
    }
}
