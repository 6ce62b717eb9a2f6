package dev.productscope.ui.checklist;

/**
 * A product as the product choosers list it. Only id and name, so that an edit of the product's
 * checklist or answers leaves the chooser's list, and so its choice, untouched.
 */
public record ProductChoice(String id, String name) {

    @Override
    public String toString() {
        return name;
    }
}
