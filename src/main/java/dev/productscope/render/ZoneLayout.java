package dev.productscope.render;

import dev.productscope.model.Model;
import dev.productscope.model.Zone;
import dev.productscope.model.ZoneKind;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Outlines zones as CSWP 33 draws them: the customer environment as a house whose roof sits
 * above the zone's rectangle (so the whole rectangle stays usable), the remote zones as frames
 * with their label above.
 */
final class ZoneLayout {

    static final double NAME_FONT = 13;
    static final double NOTE_FONT = 11;
    static final double MAX_ROOF = 64;
    static final double MIN_ROOF = 24;
    static final double REMOTE_LABEL_HEIGHT = 34;

    private ZoneLayout() {
    }

    static Map<String, ZoneShape> place(Model model) {
        Map<String, ZoneShape> shapes = new LinkedHashMap<>();
        for (Zone zone : model.zones()) {
            Rect area = new Rect(zone.x(), zone.y(), Math.max(0, zone.width()), Math.max(0, zone.height()));
            shapes.putIfAbsent(zone.id(), zone.kind() == ZoneKind.CUSTOMER_ENVIRONMENT
                    ? house(zone.id(), area, roofHeight(model, zone, area))
                    : frame(zone.id(), zone.kind(), area));
        }
        return shapes;
    }

    // The roof shrinks to the free space above, so it never covers a zone drawn just above.
    private static double roofHeight(Model model, Zone zone, Rect area) {
        double roof = Math.min(MAX_ROOF, Math.max(MIN_ROOF, area.width() * 0.12));
        for (Zone other : model.zones()) {
            if (other == zone) {
                continue;
            }
            double otherBottom = other.y() + other.height();
            boolean overlapsHorizontally = other.x() < area.maxX() && other.x() + other.width() > area.x();
            if (overlapsHorizontally && otherBottom <= area.y()) {
                double room = area.y() - otherBottom - 6;
                roof = Math.min(roof, Math.max(MIN_ROOF, room));
            }
        }
        return roof;
    }

    private static ZoneShape house(String id, Rect area, double roof) {
        double[] xs = {area.x(), area.x(), area.centreX(), area.maxX(), area.maxX()};
        double[] ys = {area.maxY(), area.y(), area.y() - roof, area.y(), area.maxY()};
        Rect label = new Rect(area.x() + area.width() * 0.2, area.y() - roof * 0.75, area.width() * 0.6, roof * 0.75);
        return new ZoneShape(id, ZoneKind.CUSTOMER_ENVIRONMENT, area, new Polyline(xs, ys), label);
    }

    private static ZoneShape frame(String id, ZoneKind kind, Rect area) {
        double[] xs = {area.x(), area.x(), area.maxX(), area.maxX()};
        double[] ys = {area.maxY(), area.y(), area.y(), area.maxY()};
        Rect label = new Rect(area.x(), area.y() - REMOTE_LABEL_HEIGHT, area.width(), REMOTE_LABEL_HEIGHT);
        return new ZoneShape(id, kind, area, new Polyline(xs, ys), label);
    }
}
