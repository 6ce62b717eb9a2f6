package dev.productscope.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.model.ActivityAnswer;
import dev.productscope.model.AnswerStatus;
import dev.productscope.model.ChecklistEntry;
import dev.productscope.model.ChecklistStatus;
import dev.productscope.model.Component;
import dev.productscope.model.ComponentKind;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import dev.productscope.model.Sector;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checklist and activity edits are commands: each one undoes and redoes exactly. */
class ChecklistCommandsTest {

    private final Model initial = Model.empty("m")
            .withComponents(List.of(Component.of("lamp", "Lamp", ComponentKind.IOT_DEVICE, null, 0, 0)))
            .withProducts(List.of(new Product("p", "Lamp", List.of("lamp"), Sector.CONSUMER)));

    @Test
    void aStatusChangeUndoesAndRedoes() {
        CommandStack stack = new CommandStack(initial);
        stack.execute(new SetChecklistEntry("p", "doc-1a", ChecklistEntry.of(ChecklistStatus.MET), "Documentation 1a"));
        stack.execute(new SetChecklistEntry("p", "doc-1a", ChecklistEntry.of(ChecklistStatus.NOT_MET),
                "Documentation 1a"));
        assertThat(stack.undoName()).isEqualTo("Set Documentation 1a to not met");
        assertThat(entry(stack.model())).isEqualTo(ChecklistEntry.of(ChecklistStatus.NOT_MET));

        stack.undo();
        assertThat(entry(stack.model())).isEqualTo(ChecklistEntry.of(ChecklistStatus.MET));
        stack.undo();
        assertThat(stack.model()).isEqualTo(initial);
        stack.redo();
        assertThat(entry(stack.model()).status()).isEqualTo(ChecklistStatus.MET);
        assertThat(stack.isDirty()).isTrue();
    }

    @Test
    void clearingAnEntryRemovesItFromTheFile() {
        Model assessed = new SetChecklistEntry("p", "doc-1a", ChecklistEntry.of(ChecklistStatus.MET), "x").apply(initial);
        Model cleared = new SetChecklistEntry("p", "doc-1a", ChecklistEntry.of(ChecklistStatus.NOT_ASSESSED), "x")
                .apply(assessed);
        assertThat(cleared.product("p").orElseThrow().checklist()).isEmpty();
        assertThat(cleared).isEqualTo(initial);
    }

    @Test
    void anAnswerUndoes() {
        CommandStack stack = new CommandStack(initial);
        stack.execute(new SetActivityAnswer("p", "a1-q1", new ActivityAnswer(AnswerStatus.ANSWERED, "Families"),
                "question 3.1 #1"));
        assertThat(stack.model().product("p").orElseThrow().activities().get("a1-q1").text()).isEqualTo("Families");
        stack.undo();
        assertThat(stack.model().product("p").orElseThrow().activities()).isEmpty();
    }

    private static ChecklistEntry entry(Model model) {
        return model.product("p").orElseThrow().checklist().get("doc-1a");
    }
}
