package dev.productscope.analysis;

import java.util.List;

/**
 * One product at a glance.
 *
 * @param components the in-product component ids, sorted
 * @param reliesOn   out-of-product equipment it relies on: what its flows cross and the platforms
 *                   hosting its software, sorted
 * @param shared     its components that are also in other products, sorted
 */
public record ProductSummary(String id, String name, List<String> components, List<String> reliesOn,
                             List<String> shared) {

    public ProductSummary {
        components = List.copyOf(components);
        reliesOn = List.copyOf(reliesOn);
        shared = List.copyOf(shared);
    }
}
