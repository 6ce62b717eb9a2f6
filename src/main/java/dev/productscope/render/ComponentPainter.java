package dev.productscope.render;

import dev.productscope.model.Component;
import dev.productscope.model.LegendCategory;
import dev.productscope.model.Model;

/** Paints components: icons, then software tiles on their hosts, and (later) names below the icons. */
final class ComponentPainter {

    private static final double TILE_GLYPH = 18;

    private ComponentPainter() {
    }

    static void paint(Painter p, Model model, DiagramGeometry geometry, RenderOptions options) {
        // Hosts first, so the tiles stacked on them are drawn over their edges.
        for (ComponentShape shape : geometry.components()) {
            if (!shape.isTile() && options.shows(shape.extent())) {
                model.component(shape.id()).ifPresent(c -> DiagramRenderer.paintIcon(p, c.kind(), shape.bounds()));
            }
        }
        for (ComponentShape shape : geometry.components()) {
            if (shape.isTile() && options.shows(shape.extent())) {
                model.component(shape.id()).ifPresent(c -> paintTile(p, c, shape.bounds()));
            }
        }
    }

    /** Names go over the flows that pass below them, so they stay readable. */
    static void paintNames(Painter p, Model model, DiagramGeometry geometry, RenderOptions options) {
        for (ComponentShape shape : geometry.components()) {
            if (!shape.isTile() && options.shows(shape.extent())) {
                model.component(shape.id()).ifPresent(c -> paintName(p, c, shape));
            }
        }
    }

    private static void paintName(Painter p, Component component, ComponentShape shape) {
        Rect box = shape.bounds();
        p.setFont(ComponentLayout.LABEL_FONT, false);
        String name = TextFit.fit(p, component.name(), ComponentLayout.maxLabelWidth(box.width()));
        double baseline = shape.label().y() + ComponentLayout.LABEL_FONT;
        TextFit.backing(p, box.centreX(), baseline, p.textWidth(name), ComponentLayout.LABEL_FONT,
                DiagramStyle.PAPER.withOpacity(0.75));
        p.setFill(DiagramStyle.INK);
        p.text(name, box.centreX(), baseline, Painter.Align.CENTER);
    }

    /** A software tile: a light wash of its category colour, a small glyph, and its name. */
    private static void paintTile(Painter p, Component component, Rect tile) {
        LegendCategory category = component.category();
        p.setFill(mix(DiagramStyle.category(category), DiagramStyle.PAPER, 0.55));
        p.fillRect(tile.x(), tile.y(), tile.width(), tile.height(), 8);
        p.setStroke(DiagramStyle.outline(category), 1.2);
        p.strokeRect(tile.x(), tile.y(), tile.width(), tile.height(), 8);
        double glyphY = tile.centreY() - TILE_GLYPH / 2;
        DiagramRenderer.paintIcon(p, component.kind(), new Rect(tile.x() + 4, glyphY, TILE_GLYPH, TILE_GLYPH));
        p.setFont(ComponentLayout.TILE_FONT, false);
        double textX = tile.x() + ComponentLayout.TILE_TEXT_INSET;
        String name = TextFit.fit(p, component.name(), tile.maxX() - textX - 5);
        p.setFill(DiagramStyle.INK);
        p.text(name, textX, tile.centreY() + ComponentLayout.TILE_FONT * 0.36, Painter.Align.LEFT);
    }

    /** {@code a} blended towards {@code b} by {@code t} (0 = a, 1 = b). */
    static Rgb mix(Rgb a, Rgb b, double t) {
        int r = (int) Math.round(a.red() + (b.red() - a.red()) * t);
        int g = (int) Math.round(a.green() + (b.green() - a.green()) * t);
        int bl = (int) Math.round(a.blue() + (b.blue() - a.blue()) * t);
        return Rgb.of((r << 16) | (g << 8) | bl);
    }
}
