package dev.productscope.io.export;

import dev.productscope.render.DrawnText;
import dev.productscope.render.Graphics2DPainter;
import java.awt.Color;
import java.awt.Graphics2D;

/**
 * Draws text on Batik's SVG Graphics2D so that the SVG holds exactly the text drawn, as one
 * {@code <text>} element per call: the text cleaned of what XML cannot carry, placed by its
 * measured width, in the fill and font (fractional sizes kept) in force. Batik escapes the
 * markup characters itself when it writes the document.
 */
final class SvgTextPainter extends DelegatingPainter {

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
        double left = left(x, shapes.textWidth(text), align);
        // The painter has just set the font on g (setFont and restore both do).
        g.setColor(new Color(fill().argb(), true));
        g.drawString(text, (float) left, (float) y);
    }
}
