package dev.productscope.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.edit.MoveElements;
import dev.productscope.io.BundledExamples;
import dev.productscope.io.ModelReader;
import dev.productscope.io.ModelWriter;
import dev.productscope.io.RecoveryStore;
import dev.productscope.model.Model;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unsaved changes reach the recovery store in the background and leave it once saved. */
class AutosaverTest {

    private static final Instant NOW = Instant.parse("2026-11-22T06:30:00Z");

    @TempDir
    Path folder;
    private Preferences preferences;
    private EditorViewModel editor;
    private RecoveryStore store;
    private Autosaver autosaver;

    @BeforeEach
    void open() {
        preferences = Preferences.userRoot().node("dev/productscope-test/test-" + System.nanoTime());
        editor = new EditorViewModel(BundledExamples.defaultExample().load(), new RecentFiles(preferences));
        store = new RecoveryStore(folder.resolve("recovery"));
        autosaver = new Autosaver(editor, store, Clock.fixed(NOW, ZoneOffset.UTC));
        autosaver.intervalSecondsProperty().set(0);
    }

    @AfterEach
    void close() throws Exception {
        autosaver.stop();
        preferences.removeNode();
    }

    private void edit() {
        String id = editor.getModel().components().get(0).id();
        editor.execute(new MoveElements(List.of(id), 10, 0));
    }

    @Test
    void aCleanDocumentIsNotWritten() throws Exception {
        autosaver.autosaveNow();

        assertThat(store.find()).isEmpty();
    }

    @Test
    void unsavedChangesAreWrittenWithTheirFileAndTime() throws Exception {
        Path file = folder.resolve("home.json");
        editor.saveAs(file);
        // Saved before the autosaver's fixed clock, whatever the wall clock says, so the recovery is the newer.
        java.nio.file.Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(NOW.minusSeconds(60)));
        edit();

        autosaver.autosaveNow();

        RecoveryStore.Recovery recovery = store.find().orElseThrow();
        assertThat(recovery.model()).isEqualTo(editor.getModel());
        assertThat(recovery.userFile()).isEqualTo(file.toAbsolutePath());
        assertThat(recovery.savedAt()).isEqualTo(NOW);
        assertThat(new ModelReader().read(file)).as("the user's file is untouched")
                .isNotEqualTo(editor.getModel());
    }

    @Test
    void savingClearsTheStore() throws Exception {
        edit();
        autosaver.autosaveNow();
        assertThat(store.modelFile()).exists();

        editor.saveAs(folder.resolve("home.json"));
        autosaver.awaitIdle();

        assertThat(store.find()).isEmpty();
        assertThat(store.modelFile()).doesNotExist();
    }

    @Test
    void theIntervalWritesOnItsOwn() throws Exception {
        edit();
        autosaver.intervalSecondsProperty().set(1);
        autosaver.start();

        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!Files.exists(store.modelFile()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }

        assertThat(store.modelFile()).exists();
    }

    @Test
    void aCleanExitClearsTheStore() throws Exception {
        edit();
        autosaver.autosaveNow();

        autosaver.stop();

        assertThat(store.modelFile()).doesNotExist();
    }

    @Test
    void aDeclinedRecoverySurvivesACleanExitButNotASave() throws Exception {
        store.write(editor.getModel().withName("Earlier work"), null, NOW);
        autosaver.keepExisting();

        autosaver.stop();
        assertThat(store.find()).isPresent();

        Autosaver next = new Autosaver(editor, store);
        next.keepExisting();
        edit();
        editor.saveAs(folder.resolve("home.json"));
        next.awaitIdle();
        assertThat(store.find()).isEmpty();
        next.stop();
    }

    @Test
    void aRestoredRecoveryIsUnsavedChangesToItsFile() throws Exception {
        Path file = folder.resolve("home.json");
        Model onDisk = editor.getModel();
        new ModelWriter().save(onDisk, file);
        Model recovered = onDisk.withName("Recovered");

        editor.restoreRecovered(recovered, file);

        assertThat(editor.getModel()).isEqualTo(recovered);
        assertThat(editor.fileProperty().get()).isEqualTo(file);
        assertThat(editor.dirtyProperty().get()).isTrue();
        editor.undo();
        assertThat(editor.getModel()).isEqualTo(onDisk);
    }

    @Test
    void thePromptSaysWhatAndFromWhen() {
        RecoveryStore.Recovery recovery = new RecoveryStore.Recovery(editor.getModel(), null, NOW);

        String question = RecoveryPrompt.question(recovery, ZoneOffset.UTC);

        assertThat(question).startsWith("ProductScope did not close properly. Restore the unsaved changes to '"
                + editor.getModel().name() + "' (not saved yet) from ").contains("6:30").endsWith("?");
    }
}
