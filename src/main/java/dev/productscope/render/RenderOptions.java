package dev.productscope.render;

import java.util.Set;

/**
 * What to draw beyond the model itself.
 *
 * @param hiddenProducts ids of products whose boundaries are not drawn
 * @param selection      ids of zones, components, links and flows drawn highlighted
 */
public record RenderOptions(Set<String> hiddenProducts, Set<String> selection, boolean showLegend,
                            boolean showBadges) {

    public RenderOptions {
        hiddenProducts = Set.copyOf(hiddenProducts);
        selection = Set.copyOf(selection);
    }

    /** Every product boundary, nothing selected, legend and finding badges shown. */
    public static RenderOptions defaults() {
        return new RenderOptions(Set.of(), Set.of(), true, true);
    }

    public RenderOptions withHiddenProducts(Set<String> ids) {
        return new RenderOptions(ids, selection, showLegend, showBadges);
    }

    public RenderOptions withSelection(Set<String> ids) {
        return new RenderOptions(hiddenProducts, ids, showLegend, showBadges);
    }

    public RenderOptions withLegend(boolean shown) {
        return new RenderOptions(hiddenProducts, selection, shown, showBadges);
    }

    public RenderOptions withBadges(boolean shown) {
        return new RenderOptions(hiddenProducts, selection, showLegend, shown);
    }
}
