package dev.productscope.render;

import dev.productscope.analysis.Finding;
import java.util.List;
import java.util.Set;

/**
 * What to draw beyond the model itself, and of it.
 *
 * @param hiddenProducts ids of products whose boundaries are not drawn
 * @param selection      ids of zones, components, links and flows drawn highlighted
 * @param viewport       the part of the model on screen, or {@code null} for all of it: what lies
 *                       wholly outside is not painted
 * @param scale          screen pixels per model unit: below {@link #DETAIL_SCALE} text too small
 *                       to read and the casings of flow lines are left out
 * @param numbering      when not empty, finding {@code numbering.get(n - 1)} gets a badge with the
 *                       number n (keyed to a findings list beside an exported diagram); when empty
 *                       (the default, and the editor's), badges show a count or "!"
 */
public record RenderOptions(Set<String> hiddenProducts, Set<String> selection, boolean showLegend,
                            boolean showBadges, Rect viewport, double scale, List<Finding> numbering) {

    /** Below this zoom, 9-point labels would be under four pixels high. */
    public static final double DETAIL_SCALE = 0.45;

    public RenderOptions {
        hiddenProducts = Set.copyOf(hiddenProducts);
        selection = Set.copyOf(selection);
        numbering = numbering == null ? List.of() : List.copyOf(numbering);
    }

    public RenderOptions(Set<String> hiddenProducts, Set<String> selection, boolean showLegend, boolean showBadges,
                         Rect viewport, double scale) {
        this(hiddenProducts, selection, showLegend, showBadges, viewport, scale, List.of());
    }

    /** Every product boundary, nothing selected, legend and finding badges shown, all of it in full detail. */
    public static RenderOptions defaults() {
        return new RenderOptions(Set.of(), Set.of(), true, true, null, 1, List.of());
    }

    public RenderOptions withHiddenProducts(Set<String> ids) {
        return new RenderOptions(ids, selection, showLegend, showBadges, viewport, scale, numbering);
    }

    public RenderOptions withSelection(Set<String> ids) {
        return new RenderOptions(hiddenProducts, ids, showLegend, showBadges, viewport, scale, numbering);
    }

    public RenderOptions withLegend(boolean shown) {
        return new RenderOptions(hiddenProducts, selection, shown, showBadges, viewport, scale, numbering);
    }

    public RenderOptions withBadges(boolean shown) {
        return new RenderOptions(hiddenProducts, selection, showLegend, shown, viewport, scale, numbering);
    }

    /** Paints only what meets {@code visible} (model coordinates), at {@code pixelsPerUnit}. */
    public RenderOptions withView(Rect visible, double pixelsPerUnit) {
        return new RenderOptions(hiddenProducts, selection, showLegend, showBadges, visible, pixelsPerUnit,
                numbering);
    }

    /** Numbers the badges of these findings 1..n; an empty list goes back to counts. */
    public RenderOptions withNumbering(List<Finding> findings) {
        return new RenderOptions(hiddenProducts, selection, showLegend, showBadges, viewport, scale, findings);
    }

    /** Whether something occupying {@code extent} may be on screen. */
    public boolean shows(Rect extent) {
        return viewport == null || viewport.intersects(extent);
    }

    /** Whether labels and line casings are large enough to be worth painting. */
    public boolean detailed() {
        return scale >= DETAIL_SCALE;
    }
}
