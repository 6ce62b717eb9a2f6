package dev.productscope.edit;

import dev.productscope.model.Model;
import java.util.List;
import java.util.Objects;

/** Several commands as one step with one name, e.g. "Paste 4 items". */
public record CompositeCommand(String name, List<Command> commands) implements Command {

    public CompositeCommand {
        Objects.requireNonNull(name, "name");
        commands = List.copyOf(commands);
    }

    @Override
    public Model apply(Model model) {
        Model current = model;
        for (Command command : commands) {
            current = command.apply(current);
        }
        return current;
    }
}
