package dev.productscope.render;

import dev.productscope.model.Component;
import dev.productscope.model.ComponentKind;
import dev.productscope.model.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sizes and places components. Free-standing equipment is an icon box centred on its (x, y),
 * sized by the model or by its kind, with its name below. Software hosted on a smartphone, PC
 * or platform is a tile stacked on top of its host's box, first hosted first (nearest the
 * host); its own x and y are ignored, so moving a host carries its software along.
 */
final class ComponentLayout {

    static final double LABEL_FONT = 11;
    static final double TILE_FONT = 10;
    static final double TILE_HEIGHT = 24;
    static final double TILE_GAP = 6;
    private static final double LABEL_GAP = 4;
    private static final double LABEL_HEIGHT = 14;
    private static final double MIN_TILE_WIDTH = 156;
    private static final double MAX_TILE_WIDTH = 230;
    /** Where a tile's name starts: after its glyph. */
    static final double TILE_TEXT_INSET = 26;

    private ComponentLayout() {
    }

    /** The icon box a kind gets when the model gives no size: wide clouds, tall racks and towers. */
    static double[] defaultSize(ComponentKind kind) {
        return switch (kind) {
            case INTERNET -> new double[] {110, 70};
            case CELLULAR_NETWORK -> new double[] {64, 76};
            case CLOUD_PLATFORM -> new double[] {84, 64};
            case DATA_CENTER_HARDWARE -> new double[] {60, 76};
            case SMARTPHONE -> new double[] {48, 72};
            case MOBILE_APP, DESKTOP_APP, WEB_APP, BACKEND, THIRD_PARTY_APP -> new double[] {56, 56};
            default -> new double[] {64, 64};
        };
    }

    /** A rough width of a line of text, for layout only: the renderer measures the real one. */
    static double estimateTextWidth(String text, double size, boolean bold) {
        return text.length() * size * (bold ? 0.64 : 0.58);
    }

    static Map<String, ComponentShape> place(Model model) {
        Map<String, ComponentShape> shapes = new LinkedHashMap<>();
        Map<String, List<Component>> hosted = new LinkedHashMap<>();
        for (Component component : model.components()) {
            String host = hostOf(model, component);
            if (host != null) {
                hosted.computeIfAbsent(host, h -> new ArrayList<>()).add(component);
            }
        }
        for (Component component : model.components()) {
            if (hostOf(model, component) == null && !shapes.containsKey(component.id())) {
                shapes.put(component.id(), freeStanding(component));
            }
        }
        for (Map.Entry<String, List<Component>> entry : hosted.entrySet()) {
            Rect host = shapes.get(entry.getKey()).bounds();
            double width = Math.max(MIN_TILE_WIDTH, host.width() + 56);
            for (Component software : entry.getValue()) {
                // As wide as the longest name needs, within reason: one width per host keeps the stack tidy.
                width = Math.max(width, Math.min(MAX_TILE_WIDTH,
                        estimateTextWidth(software.name(), TILE_FONT, false) + TILE_TEXT_INSET + 6));
            }
            double bottom = host.y() - TILE_GAP - 2;
            for (Component software : entry.getValue()) {
                Rect tile = new Rect(host.centreX() - width / 2, bottom - TILE_HEIGHT, width, TILE_HEIGHT);
                shapes.putIfAbsent(software.id(), new ComponentShape(software.id(), tile, tile, entry.getKey()));
                bottom = tile.y() - TILE_GAP;
            }
        }
        // Keep model order so iteration is deterministic and matches the file.
        Map<String, ComponentShape> ordered = new LinkedHashMap<>();
        for (Component component : model.components()) {
            ComponentShape shape = shapes.get(component.id());
            if (shape != null) {
                ordered.putIfAbsent(component.id(), shape);
            }
        }
        return ordered;
    }

    /** The host a software component is drawn on, as the analysis stations it; null if it stands alone. */
    static String hostOf(Model model, Component component) {
        String hostId = component.hostedOn();
        if (hostId == null || hostId.equals(component.id())) {
            return null;
        }
        return model.component(hostId).filter(host -> !host.isHosted()).map(Component::id).orElse(null);
    }

    /** Names longer than about twice the box are cut with an ellipsis. */
    static double maxLabelWidth(double boxWidth) {
        return Math.max(2 * boxWidth, 140);
    }

    private static ComponentShape freeStanding(Component component) {
        double[] size = defaultSize(component.kind());
        double width = component.width() != null && component.width() > 0 ? component.width() : size[0];
        double height = component.height() != null && component.height() > 0 ? component.height() : size[1];
        Rect box = Rect.centredAt(component.x(), component.y(), width, height);
        double labelWidth = Math.min(estimateTextWidth(component.name(), LABEL_FONT, false), maxLabelWidth(width));
        Rect label = new Rect(box.centreX() - labelWidth / 2, box.maxY() + LABEL_GAP, labelWidth, LABEL_HEIGHT);
        return new ComponentShape(component.id(), box, label, null);
    }
}
