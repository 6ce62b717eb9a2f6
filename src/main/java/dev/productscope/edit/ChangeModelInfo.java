package dev.productscope.edit;

import dev.productscope.model.Model;

/** Renames the model or changes its description. */
public record ChangeModelInfo(String newName, String newDescription) implements Command {

    @Override
    public String name() {
        return "Change model name and description";
    }

    @Override
    public Model apply(Model model) {
        return model.withName(newName).withDescription(newDescription == null || newDescription.isEmpty()
                ? null : newDescription);
    }
}
