package dev.productscope.edit;

import dev.productscope.model.Model;
import java.util.Objects;

/**
 * Puts a changed element in place of the one with its id: a rename, a property edit, a resize.
 * Consecutive replacements of the same element in one merge window are one step.
 */
public record ReplaceElement(String name, Object element) implements Command {

    public ReplaceElement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(element, "element");
    }

    @Override
    public Model apply(Model model) {
        return Elements.replace(model, element);
    }

    @Override
    public java.util.Optional<Command> mergeWith(Command next) {
        if (next instanceof ReplaceElement other && other.name.equals(name)
                && other.element.getClass() == element.getClass()
                && Elements.id(other.element).equals(Elements.id(element))) {
            return java.util.Optional.of(other);
        }
        return java.util.Optional.empty();
    }
}
