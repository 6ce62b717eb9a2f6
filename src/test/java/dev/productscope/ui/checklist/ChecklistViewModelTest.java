package dev.productscope.ui.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.catalog.ChecklistItem;
import dev.productscope.edit.SetMembership;
import dev.productscope.io.BundledExamples;
import dev.productscope.model.ChecklistStatus;
import dev.productscope.model.MembershipToggle;
import dev.productscope.model.OwnerRole;
import dev.productscope.ui.editor.EditorViewModel;
import dev.productscope.ui.editor.RecentFiles;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The checklist's view model, without a window: filters, edits as commands, progress, orphans. */
class ChecklistViewModelTest {

    private final Preferences preferences = Preferences.userRoot().node("dev/productscope-test/test-" + System.nanoTime());
    private final EditorViewModel editor = new EditorViewModel(BundledExamples.find("remote-backends").orElseThrow()
            .load(), new RecentFiles(preferences));
    private final ChecklistViewModel checklist = new ChecklistViewModel(editor);

    @AfterEach
    void forget() throws Exception {
        preferences.removeNode();
    }

    private ChecklistItem item(String key) {
        return checklist.checklist().item(key).orElseThrow();
    }

    @Test
    void showsTheFirstProductAndFollowsASelectedProduct() {
        assertThat(checklist.productIdProperty().get()).isEqualTo("p-bulb-a");
        editor.selection().add("p-tv");
        assertThat(checklist.productIdProperty().get()).isEqualTo("p-tv");
        assertThat(checklist.shownItems()).allMatch(i -> i.componentId() == null
                || editor.getAnalysis().isIn(i.componentId(), "p-tv"));
    }

    @Test
    void editsAreCommandsAndProgressFollows() {
        int total = checklist.checklist().liveItems().size();
        assertThat(checklist.setStatus(item("doc-1a"), ChecklistStatus.MET)).isTrue();
        assertThat(checklist.progressTextProperty().get()).startsWith("Assessed 1/" + total);
        assertThat(checklist.setOwner(item("doc-1a"), OwnerRole.MANUFACTURER)).isTrue();
        assertThat(checklist.setEvidence(item("doc-1a"), "docs/assumptions.md")).isTrue();
        assertThat(item("doc-1a").entry().owner()).isEqualTo(OwnerRole.MANUFACTURER);

        editor.undo();
        editor.undo();
        assertThat(item("doc-1a").entry().owner()).isNull();
        assertThat(item("doc-1a").entry().status()).isEqualTo(ChecklistStatus.MET);
        assertThat(checklist.setStatus(item("doc-1a"), ChecklistStatus.MET)).as("no change, no command").isFalse();
    }

    @Test
    void notApplicableWithoutAReasonIsFlaggedUntilJustified() {
        checklist.setStatus(item("etsi-5.1"), ChecklistStatus.NOT_APPLICABLE);
        assertThat(editor.messageProperty().get()).contains("needs a justification");
        checklist.showProperty().set(ChecklistViewModel.Show.NEEDS_JUSTIFICATION);
        assertThat(checklist.shownItems()).extracting(ChecklistItem::key).containsExactly("etsi-5.1");
        assertThat(checklist.progressTextProperty().get()).contains("1 need a justification");

        checklist.setJustification(item("etsi-5.1"), "The bulb has no passwords; pairing is physical.");
        assertThat(checklist.shownItems()).isEmpty();
        assertThat(checklist.progressTextProperty().get()).startsWith("Assessed 1/");
    }

    @Test
    void theFilterMatchesOutcomeComponentAndText() {
        checklist.filterProperty().set("companion");
        assertThat(checklist.shownItems()).isNotEmpty().allMatch(i -> "bulb-a-app".equals(i.componentId()));
        checklist.filterProperty().set("DP-1a");
        assertThat(checklist.shownItems()).extracting(ChecklistItem::outcomeId).containsOnly("ir8425-dp-1a");
    }

    @Test
    void anAssessedComponentThatLeavesTheProductShowsAsOrphan() {
        checklist.setStatus(item("ir8425-dp-1a@bulb-a-app"), ChecklistStatus.MET);
        editor.execute(new SetMembership("p-bulb-a", "bulb-a-app", MembershipToggle.OUT));
        checklist.showProperty().set(ChecklistViewModel.Show.ORPHANED);
        assertThat(checklist.shownItems()).extracting(ChecklistItem::key).containsExactly("ir8425-dp-1a@bulb-a-app");
        assertThat(checklist.progressTextProperty().get()).contains("1 orphaned");
    }
}
