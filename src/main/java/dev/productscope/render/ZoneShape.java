package dev.productscope.render;

import dev.productscope.model.ZoneKind;

/**
 * Where one zone is drawn.
 *
 * @param area    the zone's rectangle as the model gives it: what stands inside belongs to it
 * @param outline the closed outline drawn around it: for a customer environment the house, whose
 *                roof rises above {@code area}; otherwise the rectangle's corners
 * @param label   where its name and management line go: in the roof, or just above the frame
 */
public record ZoneShape(String id, ZoneKind kind, Rect area, Polyline outline, Rect label) {

    /** Everything drawn for the zone: outline and label. */
    public Rect extent() {
        return outline.bounds().union(label).union(area);
    }
}
