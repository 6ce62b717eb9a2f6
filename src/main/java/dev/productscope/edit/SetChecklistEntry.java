package dev.productscope.edit;

import dev.productscope.model.ChecklistEntry;
import dev.productscope.model.Model;
import dev.productscope.model.Product;

/**
 * Sets a product's assessment of one checklist item; {@code entry} null or empty clears it.
 *
 * @param label how the user knows the item, e.g. "DP-1a on Smart bulb"
 */
public record SetChecklistEntry(String productId, String itemKey, ChecklistEntry entry, String label)
        implements Command {

    @Override
    public String name() {
        if (entry == null || entry.isEmpty()) {
            return "Clear " + label;
        }
        return "Set " + label + " to " + entry.status().label().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public Model apply(Model model) {
        Product product = model.product(productId)
                .orElseThrow(() -> new CommandException("product '" + productId + "' is no longer in the model"));
        return Elements.replace(model, product.withChecklistEntry(itemKey, entry));
    }
}
