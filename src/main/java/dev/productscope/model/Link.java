package dev.productscope.model;

import java.util.Objects;

/** A network attachment between two pieces of equipment, {@code a} and {@code b}. */
public record Link(String id, String a, String b, Medium medium, Extensions extensions) {

    public Link {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(medium, "medium");
        extensions = extensions == null ? Extensions.none() : extensions;
    }

    public Link(String id, String a, String b, Medium medium) {
        this(id, a, b, medium, Extensions.none());
    }

    /** Whether this link attaches {@code componentId} at either end. */
    public boolean touches(String componentId) {
        return a.equals(componentId) || b.equals(componentId);
    }
}
