package dev.productscope.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.productscope.edit.SetMembership;
import dev.productscope.io.BundledExamples;
import dev.productscope.io.ModelFileException;
import dev.productscope.model.MembershipToggle;
import dev.productscope.model.Model;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's state and operations, without a window. */
class EditorViewModelTest {

    @TempDir
    Path folder;
    private Preferences preferences;
    private EditorViewModel editor;

    @BeforeEach
    void open() {
        preferences = Preferences.userRoot().node("dev/productscope-test/test-" + System.nanoTime());
        editor = new EditorViewModel(BundledExamples.defaultExample().load(), new RecentFiles(preferences));
    }

    @AfterEach
    void forget() throws Exception {
        preferences.removeNode();
    }

    @Test
    void theTitleNamesTheModelAndMarksUnsavedChanges() {
        assertThat(editor.titleProperty().get()).isEqualTo("Remote backends — ProductScope");
        editor.selection().add("router");
        editor.nudge(1, 0);
        assertThat(editor.dirtyProperty().get()).isTrue();
        assertThat(editor.titleProperty().get()).isEqualTo("*Remote backends — ProductScope");
        assertThat(editor.undoTextProperty().get()).isEqualTo("Undo Move 'router'");
        editor.undo();
        assertThat(editor.titleProperty().get()).isEqualTo("Remote backends — ProductScope");
        assertThat(editor.redoTextProperty().get()).isEqualTo("Redo Move 'router'");
    }

    @Test
    void consecutiveNudgesAreOneUndoStep() {
        Model before = editor.getModel();
        editor.selection().add("pc");

        editor.nudge(1, 0);
        editor.nudge(1, 0);
        editor.nudge(0, 1);
        editor.undo();

        assertThat(editor.getModel()).isEqualTo(before);
    }

    @Test
    void theAnalysisFollowsEveryChange() {
        assertThat(editor.getAnalysis().productsOf("router")).isEmpty();

        editor.execute(new SetMembership("p-tv", "router", MembershipToggle.IN));

        assertThat(editor.getAnalysis().productsOf("router")).containsExactly("p-tv");
        assertThat(editor.findingSummaryProperty().get()).isEqualTo("0 errors · 1 warnings · 2 info");
    }

    @Test
    void saveAsWritesTheFileClearsDirtyAndRemembersIt() throws Exception {
        editor.selection().add("router");
        editor.nudge(0, 4);
        Path target = folder.resolve("home.json");

        assertThat(editor.save()).as("no file yet").isFalse();
        editor.saveAs(target);

        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(editor.fileProperty().get()).isEqualTo(target);
        assertThat(editor.recentFiles()).containsExactly(target.toAbsolutePath().normalize());
        EditorViewModel reopened = new EditorViewModel(Model.empty("x"), new RecentFiles(preferences));
        reopened.open(target);
        assertThat(reopened.getModel()).isEqualTo(editor.getModel());
        assertThat(reopened.dirtyProperty().get()).isFalse();
    }

    @Test
    void aFileThatDoesNotLoadLeavesTheOpenDocumentAlone() throws Exception {
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, "{");
        Model before = editor.getModel();

        assertThatThrownBy(() -> editor.open(broken)).isInstanceOf(ModelFileException.class);
        assertThat(editor.getModel()).isSameAs(before);
    }

    @Test
    void aRefusedCommandShowsItsMessage() {
        editor.selection().add("tv");

        editor.deleteSelection();

        assertThat(editor.getModel().component("tv")).isPresent();
        assertThat(editor.messageProperty().get()).contains("only device of product 'Smart TV");
    }

    @Test
    void deleteUndoAndSelectionStayConsistent() {
        editor.selection().add("phone");

        editor.deleteSelection();

        assertThat(editor.getModel().component("phone")).isEmpty();
        assertThat(editor.selection()).isEmpty();
        editor.undo();
        assertThat(editor.getModel().component("phone")).isPresent();
    }

    @Test
    void copyPasteAndDuplicateSelectTheNewElements() {
        editor.selection().add("router");
        editor.clipboard().copy();
        editor.clipboard().paste();
        assertThat(editor.selection()).containsExactly("router-2");
        editor.clipboard().paste();
        assertThat(editor.getModel().component("router-3").orElseThrow().x())
                .isEqualTo(editor.getModel().component("router").orElseThrow().x() + 40);

        editor.clipboard().duplicate();
        assertThat(editor.selection()).containsExactly("router-4");
        assertThat(editor.undoTextProperty().get()).isEqualTo("Undo Duplicate 1 item");
    }

    @Test
    void cutThenPastePutsItBackInPlace() {
        editor.selection().add("pc");
        double x = editor.getModel().component("pc").orElseThrow().x();

        editor.clipboard().cut();
        assertThat(editor.getModel().component("pc")).isEmpty();
        editor.clipboard().paste();

        assertThat(editor.getModel().component("pc").orElseThrow().x()).isEqualTo(x);
    }

    @Test
    void selectAllAndNewModel() {
        editor.selectAll();
        assertThat(editor.selection()).contains("router", "f-tv-backend");

        editor.newModel();

        assertThat(editor.getModel().components()).isEmpty();
        assertThat(editor.selection()).isEmpty();
        assertThat(editor.fileProperty().get()).isNull();
        assertThat(editor.canUndoProperty().get()).isFalse();
    }
}
