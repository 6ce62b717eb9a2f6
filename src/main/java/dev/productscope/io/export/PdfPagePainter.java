package dev.productscope.io.export;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import dev.productscope.render.DrawnText;
import dev.productscope.render.Graphics2DPainter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * Paints a PDF page through OpenPDF's Graphics2D in shapes mode. Text is filled as the glyph
 * outlines Java2D lays out (so right-to-left scripts and every glyph the PNG shows come out the
 * same, with no font to embed), and each line is also kept for an invisible text layer, so the
 * PDF can be searched, copied from and read by text extractors.
 */
final class PdfPagePainter extends DelegatingPainter {

    /** One drawn line of text in page coordinates (points, y downwards). */
    private record Run(String text, double x, double baseline, double width, double size) {
    }

    // Same as Graphics2DPainter measures with, so outlines land where the layout put them.
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private final Graphics2D g;
    private final List<Run> runs = new ArrayList<>();

    PdfPagePainter(Graphics2D g) {
        super(new Graphics2DPainter(g));
        this.g = g;
    }

    @Override
    public void text(String raw, double x, double y, Align align) {
        String text = DrawnText.clean(raw);
        if (text.isEmpty()) {
            return;
        }
        double width = shapes.textWidth(text);
        double left = left(x, width, align);
        // The painter has just set this font on g (setFont and restore both do).
        TextLayout layout = new TextLayout(text, g.getFont(), MEASURE);
        g.setColor(new Color(fill().argb(), true));
        g.fill(layout.getOutline(AffineTransform.getTranslateInstance(left, y)));
        AffineTransform transform = g.getTransform();
        Point2D at = transform.transform(new Point2D.Double(left, y), null);
        double factor = Math.sqrt(Math.abs(transform.getDeterminant()));
        runs.add(new Run(text, at.getX(), at.getY(), width * factor, fontSize() * factor));
    }

    /**
     * Paints the whole diagram on {@code canvas} (a page or a template), {@code fit} times its
     * size, with the text layer in {@code textFont}; the canvas must be {@code fit} times the
     * diagram's size.
     */
    static void paint(AnnotatedDiagram diagram, PdfContentByte canvas, double fit, BaseFont textFont) {
        float width = (float) (diagram.width() * fit);
        float height = (float) (diagram.height() * fit);
        Graphics2D g = canvas.createGraphicsShapes(width, height);
        PdfPagePainter painter = new PdfPagePainter(g);
        try {
            g.scale(fit, fit);
            diagram.paint(painter);
        } finally {
            g.dispose();
        }
        painter.writeTextLayer(canvas, height, textFont);
    }

    // Each line as invisible text over its outlines, stretched to the same width; what the font lacks is left out.
    private void writeTextLayer(PdfContentByte cb, double pageHeight, BaseFont font) {
        cb.saveState();
        cb.beginText();
        cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_INVISIBLE);
        for (Run run : runs) {
            if (run.size() < 0.5) {
                continue;
            }
            String visual = visualOrder(run.text());
            float points = (float) run.size();
            float natural = font.getWidthPoint(visual, points);
            double stretch = natural > 0 ? 100 * run.width() / natural : 100;
            cb.setFontAndSize(font, points);
            cb.setHorizontalScaling((float) Math.max(1, Math.min(1000, stretch)));
            cb.setTextMatrix((float) run.x(), (float) (pageHeight - run.baseline()));
            cb.showText(visual);
        }
        cb.endText();
        cb.restoreState();
    }

    /** Right-to-left runs reversed into the order they show in, as text extractors expect of a PDF. */
    static String visualOrder(String text) {
        if (!Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return text;
        }
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        Integer[] runs = new Integer[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            runs[i] = i;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        StringBuilder visual = new StringBuilder(text.length());
        for (int run : runs) {
            StringBuilder part = new StringBuilder(text.substring(bidi.getRunStart(run), bidi.getRunLimit(run)));
            visual.append((bidi.getRunLevel(run) & 1) == 1 ? part.reverse() : part);
        }
        return visual.toString();
    }
}
