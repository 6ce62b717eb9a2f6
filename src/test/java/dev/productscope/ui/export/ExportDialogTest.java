package dev.productscope.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.io.export.ExportFormat;
import dev.productscope.ui.editor.EditorHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Export driven as a person would: choose a format and a file, export, find the file. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {

    @TempDir
    Path folder;
    private EditorHarness editor;
    private Stage stage;
    private final Preferences preferences = Preferences.userRoot().node("dev/productscope-test/test-" + System.nanoTime());

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        editor = EditorHarness.openWithDock(stage, 1200, 760);
    }

    @AfterEach
    void forget() throws Exception {
        editor.close();
        preferences.removeNode();
    }

    private ExportDialog open(FxRobot robot) {
        ExportDialog[] dialog = new ExportDialog[1];
        robot.interact(() -> dialog[0] = ExportDialog.show(stage, editor.viewModel, new ExportDialogModel(
                editor.viewModel, preferences, Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC))));
        return dialog[0];
    }

    @Test
    @SuppressWarnings("unchecked")
    void exportsTheChosenFormatToTheChosenFile(FxRobot robot) throws Exception {
        ExportDialog dialog = open(robot);
        Path target = folder.resolve("model.otm.json");
        ComboBox<ExportFormat> format = robot.lookup(".combo-box").queryAllAs(ComboBox.class).stream()
                .filter(c -> c.getValue() instanceof ExportFormat).findFirst().orElseThrow();
        robot.interact(() -> format.setValue(ExportFormat.OTM));
        TextField file = robot.lookup(".export-dialog .text-field").queryAs(TextField.class);
        robot.interact(() -> file.setText(target.toString()));

        robot.clickOn("Export");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(target) && !dialog.isRunning());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Files.readString(target)).contains("\"otmVersion\"");
        assertThat(editor.viewModel.messageProperty().get()).contains("Exported").contains(target.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBomNeedsAProductBeforeExportIsOffered(FxRobot robot) {
        open(robot);
        ComboBox<ExportFormat> format = robot.lookup(".combo-box").queryAllAs(ComboBox.class).stream()
                .filter(c -> c.getValue() instanceof ExportFormat).findFirst().orElseThrow();
        robot.interact(() -> format.setValue(ExportFormat.CYCLONEDX));

        Label problem = robot.lookup(".export-problem").queryAs(Label.class);
        assertThat(problem.getText()).contains("one product");
        assertThat(robot.lookup("Export").queryButton().isDisabled()).isTrue();
    }
}
