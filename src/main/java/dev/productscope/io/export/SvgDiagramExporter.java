package dev.productscope.io.export;

import dev.productscope.render.Graphics2DPainter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.DefaultStyleHandler;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGGraphics2DIOException;
import org.apache.batik.util.SVGConstants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The annotated diagram as SVG through Apache Batik's SVG generator. Text stays text (selectable,
 * searchable, translatable) and comes back exactly as drawn: Batik escapes it when it writes the
 * document, and the painter has already replaced what XML cannot carry, so the document is
 * well-formed whatever the user typed. No DOCTYPE: the old SVG 1.0 DTD is never needed, and
 * parsers that refuse external DTDs read the file as it is.
 */
public final class SvgDiagramExporter implements Exporter {

    /** Faces as wide as DejaVu Sans (which the layout measures with) first, so labels keep their room. */
    private static final String SANS = "'DejaVu Sans', 'Bitstream Vera Sans', Verdana, sans-serif";
    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

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
        Document document = GenericDOMImplementation.getDOMImplementation()
                .createDocument(SVGConstants.SVG_NAMESPACE_URI, SVGConstants.SVG_SVG_TAG, null);
        SVGGeneratorContext generator = SVGGeneratorContext.createDefault(document);
        generator.setComment(null);
        generator.setEmbeddedFontsOn(false);
        generator.setStyleHandler(new FontFamilies());
        SVGGraphics2D g = new SVGGraphics2D(generator, false);
        try {
            diagram.paint(new SvgTextPainter(g));
        } finally {
            g.dispose();
        }
        Element root = g.getRoot(document.getDocumentElement());
        String width = generator.doubleString(diagram.width());
        String height = generator.doubleString(diagram.height());
        root.setAttributeNS(null, SVGConstants.SVG_WIDTH_ATTRIBUTE, width);
        root.setAttributeNS(null, SVGConstants.SVG_HEIGHT_ATTRIBUTE, height);
        root.setAttributeNS(null, SVGConstants.SVG_VIEW_BOX_ATTRIBUTE, "0 0 " + width + " " + height);
        // Spaces as drawn: SVG would otherwise collapse runs of them, and labels would shrink.
        root.setAttributeNS(SVGConstants.XML_NAMESPACE_URI, SVGConstants.XML_SPACE_QNAME,
                SVGConstants.XML_PRESERVE_VALUE);
        StringWriter writer = new StringWriter();
        try {
            // Presentation attributes rather than CSS; characters as they are (UTF-8), markup escaped.
            g.stream(root, writer, false, false);
        } catch (SVGGraphics2DIOException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
        return document(writer.toString());
    }

    /**
     * Our own prologue: Batik's XML declaration names no encoding, and whatever it writes before
     * the root element (never user text) is dropped, so no DOCTYPE or comment can slip in.
     */
    private static String document(String streamed) {
        int root = streamed.indexOf("<svg");
        if (root < 0) {
            throw new IllegalStateException("Batik wrote no svg element");
        }
        return XML_DECLARATION + streamed.substring(root).stripTrailing() + "\n";
    }

    /** Batik names a font by its family; every face gets fallbacks as wide as the one measured with. */
    private static final class FontFamilies extends DefaultStyleHandler {
        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        public void setStyle(Element element, Map styleMap, SVGGeneratorContext generatorContext) {
            Object family = styleMap.get(SVGConstants.SVG_FONT_FAMILY_ATTRIBUTE);
            if (family != null) {
                styleMap.put(SVGConstants.SVG_FONT_FAMILY_ATTRIBUTE, fontFamily(family.toString()));
            }
            super.setStyle(element, styleMap, generatorContext);
        }
    }

    // The painter only asks for its own face or the logical sans-serif (Batik's "sans-serif"):
    // both get the same fallbacks.
    private static String fontFamily(String family) {
        String name = family.replace("'", "").replace("\"", "").strip();
        return name.equals(Graphics2DPainter.FONT_FAMILY) || name.equalsIgnoreCase("sans-serif")
                || name.equalsIgnoreCase("SansSerif") || name.equalsIgnoreCase("Dialog") ? SANS : "sans-serif";
    }
}
