package dev.productscope.analysis;

import dev.productscope.model.Protection;
import java.util.List;

/**
 * Where one flow goes over the links and what it crosses.
 *
 * @param path        the equipment from the sender's station to the receiver's (hosted software stands
 *                    at its host); empty when the flow has no route
 * @param crosses     the equipment between the two ends: {@code path} without its first and last
 * @param products    the products both ends are in
 * @param outOfProduct the crossed equipment outside at least one of {@code products}
 * @param problem     why there is no route, or {@code null} when there is one
 */
public record FlowRoute(String flowId, List<String> path, List<String> crosses, boolean leavesCustomerEnvironment,
                        boolean crossesInternet, boolean crossesOutOfProduct, boolean crossesThirdParty,
                        Protection protection, List<String> products, List<String> outOfProduct, String problem) {

    public FlowRoute {
        path = List.copyOf(path);
        crosses = List.copyOf(crosses);
        products = List.copyOf(products);
        outOfProduct = List.copyOf(outOfProduct);
    }

    public boolean isRouted() {
        return problem == null;
    }
}
