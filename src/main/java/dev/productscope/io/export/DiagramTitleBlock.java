package dev.productscope.io.export;

import dev.productscope.render.DiagramStyle;
import dev.productscope.render.Painter;
import dev.productscope.render.Rgb;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The title block above an exported diagram: the model's name, then the date (UTC), the
 * ProductScope version and the product exported, then the catalogs in force. Laid out once for
 * a width; long names are cut and long catalog lists wrapped to a few lines.
 */
final class DiagramTitleBlock {

    private static final double NAME_FONT = 16;
    private static final double DETAIL_FONT = 10.5;
    private static final double DETAIL_LINE = 14;
    private static final int MAX_CATALOG_LINES = 3;
    private static final Rgb RULE = Rgb.of(0xC9CED4);

    private final String name;
    private final List<String> details;
    private final double width;

    private DiagramTitleBlock(String name, List<String> details, double width) {
        this.name = name;
        this.details = details;
        this.width = width;
    }

    /** Lays the block out for {@code width}, measuring with {@code measure}. */
    static DiagramTitleBlock of(ExportContext context, Painter measure, double width) {
        measure.setFont(NAME_FONT, true);
        String name = TextLines.fit(measure, context.model().name(), width);
        measure.setFont(DETAIL_FONT, false);
        List<String> details = new ArrayList<>();
        String made = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(context.generatedAt())
                + "  \u00b7  ProductScope " + context.programVersion();
        if (context.productId() != null) {
            made += "  \u00b7  Product: " + context.products().get(0).name();
        }
        details.add(TextLines.fit(measure, made, width));
        details.addAll(TextLines.wrap(measure, "Catalogs: " + context.catalog().describe(), width,
                MAX_CATALOG_LINES));
        return new DiagramTitleBlock(name, List.copyOf(details), width);
    }

    double height() {
        return NAME_FONT + 8 + details.size() * DETAIL_LINE + 8;
    }

    void paint(Painter p, double x, double y) {
        p.setFont(NAME_FONT, true);
        p.setFill(DiagramStyle.INK);
        p.text(name, x, y + NAME_FONT, Painter.Align.LEFT);
        p.setFont(DETAIL_FONT, false);
        p.setFill(DiagramStyle.MUTED_INK);
        double baseline = y + NAME_FONT + 8 + DETAIL_FONT;
        for (String line : details) {
            p.text(line, x, baseline, Painter.Align.LEFT);
            baseline += DETAIL_LINE;
        }
        double rule = y + height() - 1;
        p.setStroke(RULE, 1);
        p.strokeLine(x, rule, x + width, rule);
    }
}
