package dev.productscope.edit;

import dev.productscope.model.Model;
import java.util.Optional;

/**
 * One user change, as a pure function from a model to the next. Every edit goes through a
 * {@link CommandStack}, which keeps the model before and after so undo and redo are exact.
 */
public interface Command {

    /** What the user sees in Edit > Undo, e.g. "Move 3 items". */
    String name();

    /**
     * The changed model. Throws {@link CommandException} with a message for the user when the
     * change cannot be made on this model.
     */
    Model apply(Model model);

    /**
     * One command doing this and then {@code next}, when they form one step for the user (the
     * nudges of one selection, the moves of one drag); empty when they stay separate.
     */
    default Optional<Command> mergeWith(Command next) {
        return Optional.empty();
    }
}
