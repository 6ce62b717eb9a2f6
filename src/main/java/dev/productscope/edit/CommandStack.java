package dev.productscope.edit;

import dev.productscope.model.Model;
import dev.productscope.model.ModelProblem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * The one way the model changes. Keeps the model before and after each command, so undo and
 * redo restore exact states; refuses a command that would leave the model invalid; merges a
 * command into the previous one when both say so; knows whether the model differs from the
 * last save.
 */
public final class CommandStack {

    /** Told after every change of the model, the history or the saved state. */
    public interface Listener {
        void changed(CommandStack stack);
    }

    private record Entry(Command command, Model before, Model after) {
    }

    private final int limit;
    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private final List<Listener> listeners = new ArrayList<>();
    private Model model;
    /** The model as last saved or opened; dirty means the current model is another one. */
    private Model saved;
    private boolean mergeOpen;

    public CommandStack(Model initial) {
        this(initial, 500);
    }

    public CommandStack(Model initial, int limit) {
        this.model = Objects.requireNonNull(initial, "initial");
        this.saved = initial;
        this.limit = limit;
    }

    public Model model() {
        return model;
    }

    /** Applies the command; throws {@link CommandException} and changes nothing if it cannot. */
    public void execute(Command command) {
        Model after = command.apply(model);
        List<ModelProblem> problems = after.validate();
        if (!problems.isEmpty()) {
            throw new CommandException(command.name() + " is not possible: " + problems.get(0).message());
        }
        if (after.equals(model)) {
            return;
        }
        Entry top = undo.peek();
        Command merged = mergeOpen && top != null && top.after() == model
                ? top.command().mergeWith(command).orElse(null) : null;
        if (merged != null) {
            undo.pop();
            undo.push(new Entry(merged, top.before(), after));
        } else {
            undo.push(new Entry(command, model, after));
            if (undo.size() > limit) {
                undo.removeLast();
            }
        }
        redo.clear();
        model = after;
        mergeOpen = true;
        fire();
    }

    /** Ends the current merge window: the next command starts a new undo step. */
    public void closeMerge() {
        mergeOpen = false;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The name of the step undo would revert, or empty. */
    public String undoName() {
        return undo.isEmpty() ? "" : undo.peek().command().name();
    }

    public String redoName() {
        return redo.isEmpty() ? "" : redo.peek().command().name();
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Entry entry = undo.pop();
        redo.push(entry);
        model = entry.before();
        mergeOpen = false;
        fire();
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        Entry entry = redo.pop();
        undo.push(entry);
        model = entry.after();
        mergeOpen = false;
        fire();
    }

    /** Whether the model differs from the one last saved or opened. */
    public boolean isDirty() {
        return model != saved && !model.equals(saved);
    }

    /** Records that the current model is what is on disk now. */
    public void markSaved() {
        saved = model;
        mergeOpen = false;
        fire();
    }

    /** Starts over on another document: no history, not dirty. */
    public void reset(Model newModel) {
        model = Objects.requireNonNull(newModel, "newModel");
        saved = newModel;
        undo.clear();
        redo.clear();
        mergeOpen = false;
        fire();
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private void fire() {
        for (Listener listener : List.copyOf(listeners)) {
            listener.changed(this);
        }
    }
}
