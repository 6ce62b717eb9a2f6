package dev.productscope.model;

import java.util.List;
import java.util.Objects;

/**
 * Application data moving from one component to another, across whatever infrastructure
 * carries it. Optional values are {@code null} when the file does not set them.
 *
 * @param via a route pinned by the user: the ordered ids of the equipment between the ends
 */
public record Flow(String id, String from, String to, String label, Boolean bidirectional, List<String> data,
                   Protection protection, List<String> via, Extensions extensions) {

    public Flow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        data = data == null ? null : List.copyOf(data);
        via = via == null ? null : List.copyOf(via);
        extensions = extensions == null ? Extensions.none() : extensions;
    }

    public static Flow of(String id, String from, String to, String label, Protection protection) {
        return new Flow(id, from, to, label, null, null, protection, null, Extensions.none());
    }

    public boolean isBidirectional() {
        return Boolean.TRUE.equals(bidirectional);
    }

    /** Unprotected unless the file says otherwise. */
    public Protection effectiveProtection() {
        return protection != null ? protection : Protection.NONE;
    }

    public List<String> dataOrEmpty() {
        return data != null ? data : List.of();
    }

    public boolean touches(String componentId) {
        return from.equals(componentId) || to.equals(componentId);
    }
}
