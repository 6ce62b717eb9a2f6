package dev.productscope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.io.BundledExamples;
import dev.productscope.io.ModelWriter;
import dev.productscope.io.RecoveryStore;
import dev.productscope.model.Model;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After a crash: a recovery file is waiting, the application starts, asks, and restores it (or
 * keeps it for later). Runs the real {@link ProductScopeApp#start} with a recovery folder of its own.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryFlowTest {

    private static final String PROPERTY = "productscope.recovery.dir";

    @TempDir
    Path temp;
    private String folderBefore;
    private FreshUser user;
    private RecoveryStore store;
    private Path userFile;
    private Model recovered;
    private Stage stage;
    private ProductScopeApp app;

    @BeforeEach
    void plantARecovery() throws Exception {
        folderBefore = System.getProperty(PROPERTY);
        System.setProperty(PROPERTY, temp.resolve("recovery").toString());
        user = new FreshUser();
        store = RecoveryStore.forUser();
        Model saved = BundledExamples.defaultExample().load();
        userFile = temp.resolve("home.json");
        Files.write(userFile, new ModelWriter().toBytes(saved));
        List<dev.productscope.model.Component> moved = new java.util.ArrayList<>(saved.components());
        dev.productscope.model.Component first = moved.get(0);
        moved.set(0, first.withPosition(first.x() + 40, first.y() + 30));
        recovered = saved.withName("Home, with the changes made before the crash").withComponents(moved);
        Instant crash = Instant.now().minusSeconds(600);
        // Last saved an hour before the crash; a recovery older than the user's file would not be offered.
        Files.setLastModifiedTime(userFile, java.nio.file.attribute.FileTime.from(crash.minusSeconds(3600)));
        store.write(recovered, userFile, crash);
    }

    @AfterEach
    void cleanUp() throws Exception {
        // A test that failed with the prompt open: answer it so that start() can finish before the user goes.
        prompt().ifPresent(pane -> Platform.runLater(() -> pane.getScene().getWindow().hide()));
        WaitForAsyncUtils.waitForFxEvents();
        if (stage != null) {
            WaitForAsyncUtils.asyncFx(stage::close).get();
        }
        WaitForAsyncUtils.waitForFxEvents();
        user.close();
        if (folderBefore == null) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, folderBefore);
        }
    }

    /** Starts the application as a launch would; start() waits in the recovery prompt, so not on this thread. */
    private DialogPane startAndFindThePrompt() throws Exception {
        app = new ProductScopeApp();
        Platform.runLater(() -> {
            try {
                stage = new Stage();
                app.start(stage);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> prompt().isPresent());
        return prompt().orElseThrow();
    }

    private static javafx.scene.Node button(DialogPane pane, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return pane.getButtonTypes().stream().filter(type -> type.getText().equals(text)).map(pane::lookupButton)
                .findFirst().orElseThrow(() -> new AssertionError("no button " + text));
    }

    private static Optional<DialogPane> prompt() {
        return List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage s && "Restore unsaved changes".equals(s.getTitle()))
                .map(w -> w.getScene().getRoot().lookup(".dialog-pane")).filter(DialogPane.class::isInstance)
                .map(DialogPane.class::cast)
                .findFirst();
    }

    @Test
    void restoringBringsBackTheRecoveredModelUnsavedAndTiedToTheUsersFile(FxRobot robot) throws Exception {
        DialogPane pane = startAndFindThePrompt();
        assertThat(pane.getContentText()).contains("Home, with the changes made before the crash")
                .contains(userFile.toString());

        robot.clickOn(button(pane, "Restore"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage != null && stage.isShowing());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.editor().getModel()).isEqualTo(recovered);
        assertThat(app.editor().dirtyProperty().get()).as("restored changes are still unsaved").isTrue();
        assertThat(app.editor().fileProperty().get()).isEqualTo(userFile);
        assertThat(stage.getTitle()).contains("Home, with the changes made before the crash");
        assertThat(new dev.productscope.io.ModelReader().read(userFile).name())
                .as("the user's own file is untouched until they save").isEqualTo("Remote backends");

        WaitForAsyncUtils.asyncFx(() -> {
            app.editor().undo();
            return null;
        }).get();
        assertThat(app.editor().getModel().name()).as("restoring is one undoable step").isEqualTo("Remote backends");
    }

    @Test
    void notNowOpensTheUsualExampleAndKeepsTheRecoveryForLater(FxRobot robot) throws Exception {
        DialogPane pane = startAndFindThePrompt();

        robot.clickOn(button(pane, "Not Now"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage != null && stage.isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(stage::close).get();
        stage = null;

        assertThat(store.find()).as("still there after a clean exit").isPresent()
                .get().extracting(RecoveryStore.Recovery::model).isEqualTo(recovered);
    }
}
