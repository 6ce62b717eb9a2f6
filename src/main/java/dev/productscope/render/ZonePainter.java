package dev.productscope.render;

import dev.productscope.model.Model;
import dev.productscope.model.Zone;
import dev.productscope.model.ZoneKind;

/** Paints zones: the house for the customer environment, framed areas for remote sites, and their labels. */
final class ZonePainter {

    private ZonePainter() {
    }

    /** Corner rounding of a zone frame: a cloud is soft, a data centre nearly square. */
    static double arc(ZoneKind kind) {
        return kind == ZoneKind.THIRD_PARTY_CLOUD ? 36 : 6;
    }

    static void paint(Painter p, Model model, DiagramGeometry geometry, RenderOptions options) {
        for (ZoneShape shape : geometry.zones()) {
            Zone zone = model.zone(shape.id()).orElse(null);
            if (zone == null || !options.shows(shape.extent())) {
                continue;
            }
            outline(p, shape, DiagramStyle.zoneFill(shape.kind()), DiagramStyle.zoneFrame(shape.kind()), 2);
            if (shape.kind() == ZoneKind.CUSTOMER_ENVIRONMENT) {
                houseLabel(p, zone, shape);
            } else {
                frameLabel(p, zone, shape);
            }
        }
    }

    /** Fills (when {@code fill} is not null) and strokes a zone's outline. */
    static void outline(Painter p, ZoneShape shape, Rgb fill, Rgb frame, double width) {
        Rect area = shape.area();
        if (shape.kind() == ZoneKind.CUSTOMER_ENVIRONMENT) {
            Polyline house = shape.outline();
            if (fill != null) {
                p.setFill(fill);
                p.fillPolygon(house.xs(), house.ys(), house.size());
            }
            p.setStroke(frame, width + 0.5);
            p.strokePolygon(house.xs(), house.ys(), house.size());
        } else {
            if (fill != null) {
                p.setFill(fill);
                p.fillRect(area.x(), area.y(), area.width(), area.height(), arc(shape.kind()));
            }
            p.setStroke(frame, width, DiagramStyle.zoneDashes(shape.kind()));
            p.strokeRect(area.x(), area.y(), area.width(), area.height(), arc(shape.kind()));
        }
    }

    // In the roof: the name, then what kind of place it is and who manages it.
    private static void houseLabel(Painter p, Zone zone, ZoneShape shape) {
        Rect area = shape.area();
        double roof = area.y() - shape.outline().bounds().y();
        String note = zone.kind().label() + " \u00b7 " + DiagramStyle.managedLabel(zone.kind());
        p.setFill(DiagramStyle.INK);
        if (roof >= 44) {
            p.setFont(ZoneLayout.NAME_FONT, true);
            p.text(TextFit.fit(p, zone.name(), area.width() * 0.5), area.centreX(), area.y() - 22,
                    Painter.Align.CENTER);
            p.setFont(ZoneLayout.NOTE_FONT, false);
            p.setFill(DiagramStyle.MUTED_INK);
            p.text(TextFit.fit(p, note, area.width() * 0.7), area.centreX(), area.y() - 7, Painter.Align.CENTER);
        } else {
            p.setFont(ZoneLayout.NOTE_FONT, true);
            p.text(TextFit.fit(p, zone.name() + " \u00b7 " + DiagramStyle.managedLabel(zone.kind()),
                    area.width() * 0.5), area.centreX(), area.y() - 6, Painter.Align.CENTER);
        }
    }

    // Above the frame, at its left: the name, then the kind and who manages it.
    private static void frameLabel(Painter p, Zone zone, ZoneShape shape) {
        Rect area = shape.area();
        p.setFont(ZoneLayout.NAME_FONT, true);
        p.setFill(DiagramStyle.INK);
        p.text(TextFit.fit(p, zone.name(), area.width()), area.x() + 4, area.y() - 20, Painter.Align.LEFT);
        p.setFont(ZoneLayout.NOTE_FONT, false);
        p.setFill(DiagramStyle.MUTED_INK);
        p.text(TextFit.fit(p, zone.kind().label() + " \u00b7 " + DiagramStyle.managedLabel(zone.kind()),
                area.width()), area.x() + 4, area.y() - 6, Painter.Align.LEFT);
    }
}
