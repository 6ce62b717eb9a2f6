package dev.productscope.render;

import java.util.List;

/**
 * The boundary drawn around one product's components: one padded area per zone they stand in,
 * so a product spread over the home and a cloud is not drawn as one box over the internet.
 *
 * @param index the product's position in the model, which picks its colour
 * @param areas the rounded outlines, in zone order
 * @param tags  where the product's name goes on each area, at its top-left
 */
public record ProductOutline(String productId, String name, int index, List<Rect> areas, List<Rect> tags) {

    public ProductOutline {
        areas = List.copyOf(areas);
        tags = List.copyOf(tags);
    }
}
