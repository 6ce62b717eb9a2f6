package dev.productscope.edit;

import dev.productscope.model.MembershipToggle;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import java.util.LinkedHashMap;
import java.util.Map;

/** Toggles a component in or out of a product, or back to the derived decision ({@code toggle} null). */
public record SetMembership(String productId, String componentId, MembershipToggle toggle) implements Command {

    @Override
    public String name() {
        return toggle == null ? "Use derived membership of '" + componentId + "'"
                : "Set '" + componentId + "' " + (toggle == MembershipToggle.IN ? "in" : "out of") + " '" + productId + "'";
    }

    @Override
    public Model apply(Model model) {
        Product product = model.product(productId)
                .orElseThrow(() -> new CommandException("product '" + productId + "' is no longer in the model"));
        if (model.component(componentId).isEmpty()) {
            throw new CommandException("'" + componentId + "' is no longer in the model");
        }
        Map<String, MembershipToggle> membership = new LinkedHashMap<>(product.membership());
        if (toggle == null) {
            membership.remove(componentId);
        } else {
            membership.put(componentId, toggle);
        }
        return Elements.replace(model, product.withMembership(membership));
    }
}
