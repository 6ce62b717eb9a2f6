package dev.productscope.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.productscope.model.Component;
import dev.productscope.model.ComponentKind;
import dev.productscope.model.Model;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandStackTest {

    private static Model withLamp() {
        return Model.empty("Test").withComponents(List.of(Component.of("lamp", "Lamp", ComponentKind.IOT_DEVICE,
                null, 0, 0)));
    }

    @Test
    void undoAndRedoWalkTheHistoryWithNames() {
        CommandStack stack = new CommandStack(withLamp());
        stack.execute(new MoveElements(List.of("lamp"), 10, 0));
        stack.closeMerge();
        stack.execute(new ChangeModelInfo("Other", null));

        assertThat(stack.undoName()).isEqualTo("Change model name and description");
        stack.undo();
        assertThat(stack.model().name()).isEqualTo("Test");
        assertThat(stack.undoName()).isEqualTo("Move 'lamp'");
        assertThat(stack.redoName()).isEqualTo("Change model name and description");
        stack.undo();
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.model()).isEqualTo(withLamp());
        stack.redo();
        stack.redo();
        assertThat(stack.model().name()).isEqualTo("Other");
        assertThat(stack.canRedo()).isFalse();
    }

    @Test
    void consecutiveMovesOfTheSameSelectionMergeUntilTheWindowCloses() {
        CommandStack stack = new CommandStack(withLamp());
        stack.execute(new MoveElements(List.of("lamp"), 1, 0));
        stack.execute(new MoveElements(List.of("lamp"), 1, 0));
        stack.execute(new MoveElements(List.of("lamp"), 0, 3));
        stack.closeMerge();
        stack.execute(new MoveElements(List.of("lamp"), 5, 5));

        assertThat(stack.model().component("lamp").orElseThrow().x()).isEqualTo(7);
        stack.undo();
        assertThat(stack.model().component("lamp").orElseThrow().x()).isEqualTo(2);
        assertThat(stack.model().component("lamp").orElseThrow().y()).isEqualTo(3);
        stack.undo();
        assertThat(stack.model()).isEqualTo(withLamp());
        assertThat(stack.canUndo()).isFalse();
    }

    @Test
    void dirtyFollowsTheSavedStateThroughUndoAndRedo() {
        CommandStack stack = new CommandStack(withLamp());
        assertThat(stack.isDirty()).isFalse();
        stack.execute(new MoveElements(List.of("lamp"), 1, 0));
        assertThat(stack.isDirty()).isTrue();
        stack.markSaved();
        assertThat(stack.isDirty()).isFalse();
        stack.execute(new MoveElements(List.of("lamp"), 1, 0));
        assertThat(stack.canUndo()).isTrue();
        assertThat(stack.isDirty()).isTrue();
        stack.undo();
        assertThat(stack.isDirty()).isFalse();
        stack.undo();
        assertThat(stack.isDirty()).isTrue();
    }

    @Test
    void aMoveAfterSavingIsANewStepEvenForTheSameSelection() {
        CommandStack stack = new CommandStack(withLamp());
        stack.execute(new MoveElements(List.of("lamp"), 1, 0));
        stack.markSaved();
        stack.execute(new MoveElements(List.of("lamp"), 1, 0));

        stack.undo();

        assertThat(stack.isDirty()).isFalse();
        assertThat(stack.model().component("lamp").orElseThrow().x()).isEqualTo(1);
    }

    @Test
    void aCommandThatWouldBreakTheModelIsRefusedAndChangesNothing() {
        CommandStack stack = new CommandStack(withLamp());
        Component broken = Component.of("lamp", "Lamp", ComponentKind.IOT_DEVICE, "nowhere", 0, 0);

        assertThatThrownBy(() -> stack.execute(new ReplaceElement("Move to zone", broken)))
                .isInstanceOf(CommandException.class)
                .hasMessage("Move to zone is not possible: component 'lamp' is in zone 'nowhere', which does not exist");
        assertThat(stack.model()).isEqualTo(withLamp());
        assertThat(stack.canUndo()).isFalse();
    }

    @Test
    void aCommandThatChangesNothingIsNotAStep() {
        CommandStack stack = new CommandStack(withLamp());

        stack.execute(new MoveElements(List.of("lamp"), 0, 0));

        assertThat(stack.canUndo()).isFalse();
    }

    @Test
    void listenersHearEveryChangeAndResetClearsHistory() {
        CommandStack stack = new CommandStack(withLamp());
        List<String> heard = new ArrayList<>();
        stack.addListener(s -> heard.add(s.model().name()));

        stack.execute(new ChangeModelInfo("A", null));
        stack.undo();
        stack.redo();
        stack.markSaved();
        stack.reset(Model.empty("Fresh"));

        assertThat(heard).containsExactly("A", "Test", "A", "A", "Fresh");
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.canRedo()).isFalse();
        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void historyIsBoundedByItsLimit() {
        CommandStack stack = new CommandStack(withLamp(), 3);
        for (int i = 0; i < 5; i++) {
            stack.execute(new ChangeModelInfo("v" + i, null));
        }
        int steps = 0;
        while (stack.canUndo()) {
            stack.undo();
            steps++;
        }
        assertThat(steps).isEqualTo(3);
        assertThat(stack.model().name()).isEqualTo("v1");
    }
}
