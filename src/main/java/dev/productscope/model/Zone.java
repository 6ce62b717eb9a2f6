package dev.productscope.model;

import java.util.Objects;

/**
 * A rectangle on the canvas that says who manages what stands in it: the customer's home or
 * site, the manufacturer's data centre, or a third-party cloud. {@code x}, {@code y} is the
 * top-left corner.
 */
public record Zone(String id, String name, ZoneKind kind, double x, double y, double width, double height,
                   Extensions extensions) {

    public Zone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        extensions = extensions == null ? Extensions.none() : extensions;
    }

    public Zone(String id, String name, ZoneKind kind, double x, double y, double width, double height) {
        this(id, name, kind, x, y, width, height, Extensions.none());
    }

    public Management managed() {
        return kind.managed();
    }

    public Zone withBounds(double newX, double newY, double newWidth, double newHeight) {
        return new Zone(id, name, kind, newX, newY, newWidth, newHeight, extensions);
    }

    public Zone withName(String newName) {
        return new Zone(id, newName, kind, x, y, width, height, extensions);
    }
}
