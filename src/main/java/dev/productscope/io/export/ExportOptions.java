package dev.productscope.io.export;

import java.util.Set;

/**
 * How an annotated diagram is drawn, wherever it goes (PNG, SVG, PDF, the reports).
 *
 * @param hiddenProducts products whose boundaries are not drawn
 * @param legend         the colour legend
 * @param titleBlock     model name, date, ProductScope and catalog versions
 * @param findingsKey    finding badges numbered and keyed to a findings list beside the diagram
 * @param scale          pixels per model unit for PNG, 1 to 4
 */
public record ExportOptions(Set<String> hiddenProducts, boolean legend, boolean titleBlock, boolean findingsKey,
                            double scale) {

    public ExportOptions {
        hiddenProducts = Set.copyOf(hiddenProducts);
        if (!(scale >= 1 && scale <= 4)) {
            throw new IllegalArgumentException("scale must be between 1 and 4 (inclusive), not " + scale);
        }
    }

    public static ExportOptions defaults() {
        return new ExportOptions(Set.of(), true, true, true, 2);
    }

    public ExportOptions withHiddenProducts(Set<String> ids) {
        return new ExportOptions(ids, legend, titleBlock, findingsKey, scale);
    }

    public ExportOptions withLegend(boolean shown) {
        return new ExportOptions(hiddenProducts, shown, titleBlock, findingsKey, scale);
    }

    public ExportOptions withTitleBlock(boolean shown) {
        return new ExportOptions(hiddenProducts, legend, shown, findingsKey, scale);
    }

    public ExportOptions withFindingsKey(boolean shown) {
        return new ExportOptions(hiddenProducts, legend, titleBlock, shown, scale);
    }

    public ExportOptions withScale(double newScale) {
        return new ExportOptions(hiddenProducts, legend, titleBlock, findingsKey, newScale);
    }
}
