package dev.productscope.ui.editor;

import dev.productscope.render.ComponentShape;
import dev.productscope.render.DiagramGeometry;
import dev.productscope.render.Polyline;
import dev.productscope.render.ProductOutline;
import dev.productscope.render.Rect;
import dev.productscope.render.ZoneShape;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The part of the diagram that differs between two layouts of it: the old and new places of
 * every shape that moved, changed or came and went. A drag repaints only this region.
 */
final class GeometryDiff {

    private Rect region;

    private GeometryDiff() {
    }

    /** The changed region in model coordinates, or {@code null} when nothing changed. */
    static Rect changed(DiagramGeometry before, DiagramGeometry after) {
        GeometryDiff diff = new GeometryDiff();
        diff.compare(byId(before.components(), ComponentShape::id), byId(after.components(), ComponentShape::id),
                ComponentShape::extent);
        diff.compare(byId(before.zones(), ZoneShape::id), byId(after.zones(), ZoneShape::id), ZoneShape::extent);
        diff.compare(before.linkSegments(), after.linkSegments(), Polyline::bounds);
        diff.compare(before.flowPaths(), after.flowPaths(), Polyline::bounds);
        diff.compareLabels(before, after);
        diff.compare(byId(before.productOutlines(), ProductOutline::productId),
                byId(after.productOutlines(), ProductOutline::productId), GeometryDiff::outlineBounds);
        return diff.region;
    }

    private void compareLabels(DiagramGeometry before, DiagramGeometry after) {
        Map<String, Rect> old = new HashMap<>();
        Map<String, Rect> now = new HashMap<>();
        before.flowPaths().keySet().forEach(id -> before.flowLabel(id).ifPresent(r -> old.put(id, r)));
        after.flowPaths().keySet().forEach(id -> after.flowLabel(id).ifPresent(r -> now.put(id, r)));
        compare(old, now, r -> r);
    }

    private <T> void compare(Map<String, T> before, Map<String, T> after, java.util.function.Function<T, Rect> bounds) {
        for (Map.Entry<String, T> entry : before.entrySet()) {
            T other = after.get(entry.getKey());
            if (!Objects.equals(entry.getValue(), other)) {
                add(bounds.apply(entry.getValue()));
                if (other != null) {
                    add(bounds.apply(other));
                }
            }
        }
        for (Map.Entry<String, T> entry : after.entrySet()) {
            if (!before.containsKey(entry.getKey())) {
                add(bounds.apply(entry.getValue()));
            }
        }
    }

    private void add(Rect rect) {
        region = region == null ? rect : region.union(rect);
    }

    private static Rect outlineBounds(ProductOutline outline) {
        Rect all = null;
        for (List<Rect> rects : List.of(outline.areas(), outline.tags())) {
            for (Rect rect : rects) {
                all = all == null ? rect : all.union(rect);
            }
        }
        return all == null ? new Rect(0, 0, 0, 0) : all;
    }

    private static <T> Map<String, T> byId(java.util.Collection<T> shapes, java.util.function.Function<T, String> id) {
        Map<String, T> map = new HashMap<>();
        for (T shape : shapes) {
            map.put(id.apply(shape), shape);
        }
        return map;
    }
}
