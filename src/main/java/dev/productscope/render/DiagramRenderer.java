package dev.productscope.render;

import dev.productscope.analysis.Analysis;
import dev.productscope.analysis.Severity;
import dev.productscope.model.ComponentKind;
import dev.productscope.model.LegendCategory;
import dev.productscope.model.Link;
import dev.productscope.model.Model;

/**
 * Paints a model and its analysis through a {@link Painter}, the same on screen and in every
 * export, in this order: zones, links, product boundaries, components, flows, then the text
 * that must stay readable over them (component names, product names, flow labels), finding
 * badges, the selection and the legend.
 */
public final class DiagramRenderer {

    private static final double LINK_WIDTH = 1.5;
    private static final double MEDIUM_FONT = 9;

    public void paint(Painter p, Model model, Analysis analysis, DiagramGeometry geometry, RenderOptions options) {
        ZonePainter.paint(p, model, geometry, options);
        paintLinks(p, model, geometry, options);
        paintProducts(p, geometry, options);
        ComponentPainter.paint(p, model, geometry, options);
        FlowPainter.paintArrows(p, model, geometry, options);
        if (options.detailed()) {
            ComponentPainter.paintNames(p, model, geometry, options);
            paintProductTags(p, geometry, options);
            FlowPainter.paintLabels(p, model, geometry, options);
        }
        if (options.showBadges()) {
            FindingBadges.paint(p, analysis, geometry, options);
        }
        paintSelection(p, geometry, options);
        if (options.showLegend()) {
            Legend.paint(p, geometry.legendBounds());
        }
    }

    /** One kind's icon in its legend colours, filling {@code box}: for palettes and previews. */
    public static void paintIcon(Painter p, ComponentKind kind, Rect box) {
        LegendCategory category = kind.category();
        Icons.draw(kind, new IconPen(p, box, DiagramStyle.category(category), DiagramStyle.outline(category),
                DiagramStyle.detail(category)));
    }

    /** The badge of finding {@code number} as the diagram shows it, centred on {@code (cx, cy)}: for keys. */
    public static void paintFindingNumber(Painter p, double cx, double cy, int number, Severity severity) {
        FindingBadges.numberBadge(p, cx, cy, number, severity);
    }

    private static void paintLinks(Painter p, Model model, DiagramGeometry geometry, RenderOptions options) {
        for (Link link : model.links()) {
            geometry.linkSegment(link.id()).filter(line -> options.shows(line.bounds())).ifPresent(line -> {
                boolean selected = options.selection().contains(link.id());
                p.setStroke(selected ? DiagramStyle.SELECTION : DiagramStyle.LINK, selected ? 3.5 : LINK_WIDTH);
                p.strokeLine(line.x(0), line.y(0), line.x(1), line.y(1));
            });
        }
        if (!options.detailed()) {
            return;
        }
        p.setFont(MEDIUM_FONT, false);
        for (Link link : model.links()) {
            geometry.linkSegment(link.id()).filter(line -> options.shows(line.bounds())).ifPresent(line -> {
                double[] mid = line.along(0, 0.5);
                String medium = link.medium().id();
                TextFit.backing(p, mid[0], mid[1] + 3, p.textWidth(medium), MEDIUM_FONT,
                        DiagramStyle.PAPER.withOpacity(0.85));
                p.setFill(DiagramStyle.MUTED_INK);
                p.text(medium, mid[0], mid[1] + 3, Painter.Align.CENTER);
            });
        }
    }

    private static void paintProducts(Painter p, DiagramGeometry geometry, RenderOptions options) {
        for (ProductOutline outline : geometry.productOutlines()) {
            if (options.hiddenProducts().contains(outline.productId())) {
                continue;
            }
            Rgb colour = DiagramStyle.product(outline.index());
            double arc = 28;
            for (Rect area : outline.areas()) {
                if (!options.shows(area)) {
                    continue;
                }
                p.setFill(colour.withOpacity(0.06));
                p.fillRect(area.x(), area.y(), area.width(), area.height(), arc);
                p.setStroke(colour.withOpacity(0.9), 2.2);
                p.strokeRect(area.x(), area.y(), area.width(), area.height(), arc);
            }
        }
    }

    // Product names go over the flows, like component names, so a line never hides them.
    private static void paintProductTags(Painter p, DiagramGeometry geometry, RenderOptions options) {
        p.setFont(AnnotationLayout.TAG_FONT, true);
        for (ProductOutline outline : geometry.productOutlines()) {
            if (options.hiddenProducts().contains(outline.productId())) {
                continue;
            }
            Rgb colour = DiagramStyle.product(outline.index());
            for (Rect tag : outline.tags()) {
                if (!options.shows(tag)) {
                    continue;
                }
                String name = TextFit.fit(p, outline.name(), AnnotationLayout.MAX_TAG_TEXT);
                double width = p.textWidth(name) + 12;
                p.setFill(colour);
                p.fillRect(tag.x(), tag.y(), width, tag.height(), tag.height());
                p.setFill(DiagramStyle.PAPER);
                p.text(name, tag.x() + 6, tag.centreY() + AnnotationLayout.TAG_FONT * 0.36, Painter.Align.LEFT);
            }
        }
    }

    private static void paintSelection(Painter p, DiagramGeometry geometry, RenderOptions options) {
        for (String id : options.selection()) {
            geometry.component(id).ifPresent(shape -> {
                Rect ring = shape.bounds().padded(5);
                p.setStroke(DiagramStyle.SELECTION.withOpacity(0.25), 7);
                p.strokeRect(ring.x(), ring.y(), ring.width(), ring.height(), 10);
                p.setStroke(DiagramStyle.SELECTION, 2.5);
                p.strokeRect(ring.x(), ring.y(), ring.width(), ring.height(), 10);
            });
            geometry.zone(id).ifPresent(shape -> ZonePainter.outline(p, shape, null, DiagramStyle.SELECTION, 3.5));
        }
    }
}
