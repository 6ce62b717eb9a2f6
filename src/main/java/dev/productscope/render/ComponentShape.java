package dev.productscope.render;

/**
 * Where one component is drawn.
 *
 * @param bounds the icon box, or for hosted software the tile on its host
 * @param label  where its name goes: below the icon box, or inside the tile
 * @param host   the id of the host the software tile sits on; {@code null} for a free-standing component
 */
public record ComponentShape(String id, Rect bounds, Rect label, String host) {

    public boolean isTile() {
        return host != null;
    }

    /** The icon box and the label together. */
    public Rect extent() {
        return bounds.union(label);
    }
}
