package dev.productscope.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A uniform grid of rectangles, so placing labels and outlines stays near linear on large diagrams. */
final class RectIndex {

    private static final double CELL = 128;
    private final Map<Long, List<Rect>> cells = new HashMap<>();

    void add(Rect rect) {
        forEachCell(rect, key -> cells.computeIfAbsent(key, k -> new ArrayList<>()).add(rect));
    }

    /** How many stored rectangles overlap {@code rect}, each counted once. */
    int overlaps(Rect rect) {
        return overlaps(rect, Integer.MAX_VALUE);
    }

    /** As {@link #overlaps(Rect)}, but stops counting at {@code atMost}: enough to rank candidates. */
    int overlaps(Rect rect, int atMost) {
        Set<Rect> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        forEachCell(rect, key -> {
            for (Rect other : cells.getOrDefault(key, List.of())) {
                if (seen.size() >= atMost) {
                    return;
                }
                if (other.intersects(rect)) {
                    seen.add(other);
                }
            }
        });
        return Math.min(seen.size(), atMost);
    }

    private static void forEachCell(Rect rect, java.util.function.LongConsumer action) {
        long x0 = (long) Math.floor(rect.x() / CELL);
        long x1 = (long) Math.floor(rect.maxX() / CELL);
        long y0 = (long) Math.floor(rect.y() / CELL);
        long y1 = (long) Math.floor(rect.maxY() / CELL);
        for (long gx = x0; gx <= x1; gx++) {
            for (long gy = y0; gy <= y1; gy++) {
                // A multiplier spreads neighbouring cells over the hash table; x ^ y would collide on diagonals.
                action.accept(gx * 0x9E3779B1L + gy);
            }
        }
    }
}
