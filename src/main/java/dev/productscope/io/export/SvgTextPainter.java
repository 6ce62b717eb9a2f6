package dev.productscope.io.export;

import dev.productscope.render.DrawnText;
import dev.productscope.render.Graphics2DPainter;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;

/**
 * Draws text on JFreeSVG's Graphics2D so that the SVG holds exactly the text drawn, working
 * around two habits of JFreeSVG 5: it writes a font's whole-number size (10.5 would become 11
 * and a product's name would overrun its tag), so such text is drawn ten times larger under a
 * transform that scales it back; and it leaves "&amp;", "&lt;" and the like unescaped, taking
 * them for escapes already made, so every ampersand goes in as {@link #AMPERSAND} and the
 * exporter writes it as {@code &amp;}.
 */
final class SvgTextPainter extends DelegatingPainter {

    /** Stands in for '&'; {@link DrawnText#clean} removes U+FFFF, so user text never holds it. */
    static final char AMPERSAND = '\uFFFF';
    private static final double ENLARGE = 10;

    private final Graphics2D g;

    SvgTextPainter(Graphics2D g) {
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
        String marked = text.replace('&', AMPERSAND);
        g.setColor(new Color(fill().argb(), true));
        double size = fontSize();
        if (size == Math.rint(size)) {
            g.drawString(marked, (float) left, (float) y);
            return;
        }
        // The painter has just set this font on g (setFont and restore both do).
        Font font = g.getFont();
        AffineTransform transform = g.getTransform();
        double enlarged = Math.rint(size * ENLARGE);
        g.translate(left, y);
        g.scale(size / enlarged, size / enlarged);
        g.setFont(font.deriveFont((float) enlarged));
        g.drawString(marked, 0f, 0f);
        g.setFont(font);
        g.setTransform(transform);
    }
}
