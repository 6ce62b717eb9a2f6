package dev.productscope.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.io.BundledExamples;
import dev.productscope.model.ActivityAnswer;
import dev.productscope.model.AnswerStatus;
import dev.productscope.model.ChecklistEntry;
import dev.productscope.model.ChecklistStatus;
import dev.productscope.model.Component;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import dev.productscope.model.OwnerRole;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasteElementsTest {

    private final Model model = BundledExamples.defaultExample().load();

    @Test
    void copyingAHostTakesItsSoftwareAndTheFlowsBetweenThem() {
        Fragment fragment = Fragment.of(model, Set.of("phone", "router"));

        assertThat(fragment.components()).extracting(Component::id).containsExactlyInAnyOrder("router", "phone", "bulb-a-app");
        assertThat(fragment.links()).anyMatch(l -> l.touches("phone") && l.touches("router"));
    }

    @Test
    void pastingGivesNewIdsKeepsOutsideReferencesAndShiftsPositions() {
        CommandStack stack = new CommandStack(model);
        Fragment fragment = Fragment.of(model, Set.of("phone"));

        PasteElements.Paste paste = PasteElements.of(model, fragment, 20, 20, "Paste");
        stack.execute(paste.command());

        assertThat(paste.newIds()).containsExactly("phone-2", "bulb-a-app-2");
        Component phone = stack.model().component("phone-2").orElseThrow();
        Component original = model.component("phone").orElseThrow();
        assertThat(phone.x()).isEqualTo(original.x() + 20);
        assertThat(phone.zone()).isEqualTo(original.zone());
        assertThat(stack.model().component("bulb-a-app-2").orElseThrow().hostedOn()).isEqualTo("phone-2");
        assertThat(stack.undoName()).isEqualTo("Paste 2 items");
    }

    @Test
    void pastingIntoAModelWithoutTheReferencedThingsDropsWhatCannotStand() {
        Fragment fragment = Fragment.of(model, Set.of("bulb-a", "gateway", "p-bulb-a"));
        Model empty = Model.empty("Empty");

        PasteElements.Paste paste = PasteElements.of(empty, fragment, 0, 0, "Paste");
        Model pasted = paste.command().apply(empty);

        assertThat(pasted.validate()).isEmpty();
        assertThat(pasted.component("bulb-a").orElseThrow().zone()).isNull();
        assertThat(pasted.product("p-bulb-a").orElseThrow().devices()).containsExactly("bulb-a");
        assertThat(pasted.links()).hasSize(1);
    }

    @Test
    void aPastedProductKeepsItsAssessmentsUnderTheCopiesOfItsComponents() {
        Product original = model.product("p-bulb-a").orElseThrow();
        Product assessed = original
                .withChecklistEntry("doc-1a", ChecklistEntry.of(ChecklistStatus.MET))
                .withChecklistEntry("8259a-data-protection@bulb-a", new ChecklistEntry(ChecklistStatus.NOT_MET,
                        OwnerRole.MANUFACTURER, "Planned for release 2", null))
                .withChecklistEntry("8259a-device-identification@phone", ChecklistEntry.of(ChecklistStatus.MET))
                .withActivityAnswer("a1-q1", new ActivityAnswer(AnswerStatus.ANSWERED, "Households"));
        Model withAssessments = new ReplaceElement("Assess", assessed).apply(model);
        Fragment fragment = Fragment.of(withAssessments, Set.of("bulb-a", "gateway", "p-bulb-a"));

        Model pasted = PasteElements.of(withAssessments, fragment, 20, 20, "Paste").command().apply(withAssessments);

        Product copy = pasted.product("p-bulb-a-2").orElseThrow();
        assertThat(copy.devices()).containsExactly("bulb-a-2");
        assertThat(copy.checklist()).as("the device's item follows the device's copy; the phone was not copied")
                .containsOnlyKeys("doc-1a", "8259a-data-protection@bulb-a-2", "8259a-device-identification@phone");
        assertThat(copy.checklist().get("8259a-data-protection@bulb-a-2"))
                .isEqualTo(assessed.checklist().get("8259a-data-protection@bulb-a"));
        assertThat(copy.activities()).isEqualTo(assessed.activities());
        assertThat(pasted.product("p-bulb-a").orElseThrow()).as("the original is untouched").isEqualTo(assessed);
        assertThat(pasted.validate()).isEmpty();

        Model elsewhere = PasteElements.of(Model.empty("Empty"), fragment, 0, 0, "Paste").command()
                .apply(Model.empty("Empty"));
        assertThat(elsewhere.product("p-bulb-a").orElseThrow().checklist())
                .as("an item of a component the other model lacks is left behind")
                .containsOnlyKeys("doc-1a", "8259a-data-protection@bulb-a");
    }

    @Test
    void anEmptySelectionCopiesNothing() {
        assertThat(Fragment.of(model, Set.of()).isEmpty()).isTrue();
        assertThat(PasteElements.of(model, Fragment.of(model, Set.of()), 0, 0, "Paste").newIds()).isEqualTo(List.of());
    }
}
