package dev.productscope.ui.editor;

import dev.productscope.render.ComponentShape;
import dev.productscope.render.DiagramGeometry;
import dev.productscope.render.Polyline;
import dev.productscope.render.Rect;
import dev.productscope.render.ZoneShape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds what is under the pointer or inside a rubber band without scanning every shape: a
 * uniform grid over the extents of the diagram's elements. Built once per geometry.
 */
final class HitIndex {

    /** What a hit is, in the order they are stacked on screen, topmost first. */
    enum Kind { TILE, COMPONENT, FLOW, LINK, ZONE }

    record Hit(Kind kind, String id) {
    }

    private record Entry(Kind kind, String id, Rect extent, int order) {
    }

    private static final double CELL = 160;
    private final Map<Long, List<Entry>> cells = new HashMap<>();
    private final DiagramGeometry geometry;
    private int order;

    HitIndex(DiagramGeometry geometry) {
        this.geometry = geometry;
        for (ZoneShape zone : geometry.zones()) {
            add(Kind.ZONE, zone.id(), zone.extent());
        }
        geometry.linkSegments().forEach((id, line) -> add(Kind.LINK, id, line.bounds().padded(6)));
        geometry.flowPaths().forEach((id, path) -> add(Kind.FLOW, id, path.bounds().padded(6)));
        for (ComponentShape component : geometry.components()) {
            add(component.isTile() ? Kind.TILE : Kind.COMPONENT, component.id(), component.extent());
        }
    }

    private void add(Kind kind, String id, Rect extent) {
        Entry entry = new Entry(kind, id, extent, order++);
        forEachCell(extent.padded(8), key -> cells.computeIfAbsent(key, k -> new ArrayList<>()).add(entry));
    }

    /** The topmost element at a point; {@code tolerance} is in model units (a few screen pixels). */
    Hit at(double x, double y, double tolerance) {
        Entry best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Entry entry : cells.getOrDefault(key(cell(x), cell(y)), List.of())) {
            if (!entry.extent().padded(tolerance).contains(x, y) || !exactHit(entry, x, y, tolerance)) {
                continue;
            }
            int rank = entry.kind().ordinal() * 1_000_000 - entry.order();
            if (rank < bestRank) {
                best = entry;
                bestRank = rank;
            }
        }
        return best == null ? null : new Hit(best.kind(), best.id());
    }

    private boolean exactHit(Entry entry, double x, double y, double tolerance) {
        return switch (entry.kind()) {
            case TILE, COMPONENT -> entry.extent().contains(x, y);
            case FLOW -> near(geometry.flowPath(entry.id()).orElse(null), x, y, tolerance)
                    || geometry.flowLabel(entry.id()).map(r -> r.contains(x, y)).orElse(false);
            case LINK -> near(geometry.linkSegment(entry.id()).orElse(null), x, y, tolerance);
            // A zone is picked by its title band or its outline; its inside is free for rubber bands.
            case ZONE -> geometry.zone(entry.id()).map(z -> z.label().padded(tolerance).contains(x, y)
                    || onBorder(z.area(), x, y, tolerance)).orElse(false);
        };
    }

    private static boolean onBorder(Rect area, double x, double y, double tolerance) {
        return area.padded(tolerance).contains(x, y) && !area.padded(-tolerance).contains(x, y);
    }

    static boolean near(Polyline line, double x, double y, double tolerance) {
        if (line == null) {
            return false;
        }
        for (int i = 1; i < line.size(); i++) {
            if (distanceToSegment(x, y, line.x(i - 1), line.y(i - 1), line.x(i), line.y(i)) <= tolerance) {
                return true;
            }
        }
        return false;
    }

    static double distanceToSegment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }

    /** The ids of the zones and components wholly inside {@code band}, and the links and flows too. */
    Set<String> inside(Rect band) {
        Set<String> ids = new LinkedHashSet<>();
        forEachCell(band, key -> {
            for (Entry entry : cells.getOrDefault(key, List.of())) {
                Rect extent = entry.kind() == Kind.LINK || entry.kind() == Kind.FLOW ? entry.extent().padded(-6)
                        : entry.extent();
                if (band.contains(extent)) {
                    ids.add(entry.id());
                }
            }
        });
        return ids;
    }

    /** The topmost zone whose area holds the point, for dropping and moving into zones. */
    String zoneAt(double x, double y) {
        String found = null;
        int foundOrder = -1;
        for (Entry entry : cells.getOrDefault(key(cell(x), cell(y)), List.of())) {
            if (entry.kind() == Kind.ZONE && entry.order() > foundOrder
                    && geometry.zone(entry.id()).map(z -> z.area().contains(x, y)).orElse(false)) {
                found = entry.id();
                foundOrder = entry.order();
            }
        }
        return found;
    }

    private static long cell(double v) {
        return (long) Math.floor(v / CELL);
    }

    private static long key(long gx, long gy) {
        // Spread the column over the bits so cells on a diagonal do not share a hash.
        return gx * 0x9E3779B97F4A7C15L + gy;
    }

    private static void forEachCell(Rect rect, java.util.function.LongConsumer action) {
        for (long gx = cell(rect.x()); gx <= cell(rect.maxX()); gx++) {
            for (long gy = cell(rect.y()); gy <= cell(rect.maxY()); gy++) {
                action.accept(key(gx, gy));
            }
        }
    }
}
