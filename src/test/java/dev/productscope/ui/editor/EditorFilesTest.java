package dev.productscope.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editor's file handling as a person meets it: prompts and error dialogs. */
@ExtendWith(ApplicationExtension.class)
class EditorFilesTest {

    @TempDir
    static Path folder;
    private EditorHarness editor;
    private EditorViewModel viewModel;
    private Preferences preferences;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        editor = EditorHarness.open(stage, 1200, 760);
        viewModel = editor.viewModel;
        preferences = editor.preferences();
    }

    @AfterEach
    void forget() throws Exception {
        editor.close();
    }

    private MenuItem menuItem(FxRobot robot, String menu, String item) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu found = bar.getMenus().stream().filter(m -> m.getText().replace("_", "").equals(menu)).findFirst()
                .orElseThrow();
        return found.getItems().stream().filter(i -> i.getText() != null && i.getText().replace("_", "").equals(item))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + item));
    }

    @Test
    void replacingAnUnsavedModelAsksFirstAndCancelKeepsIt(FxRobot robot) {
        robot.interact(() -> {
            viewModel.selection().add("router");
            viewModel.nudge(5, 0);
        });
        assertThat(stage.getTitle()).startsWith("*");

        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane prompt = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(prompt.getHeaderText()).isEqualTo("Save the changes to \"Remote backends\"?");
        robot.clickOn("Cancel");
        assertThat(viewModel.getModel().components()).isNotEmpty();

        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Don't Save");
        assertThat(viewModel.getModel().components()).isEmpty();
        assertThat(stage.getTitle()).isEqualTo("Untitled — ProductScope");
    }

    @Test
    void aFileThatDoesNotLoadIsExplainedInADialogWithWhereAndWhat(FxRobot robot) throws Exception {
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, "{\n  \"format\": \"productscope-model\",\n  \"version\": 7\n}\n");
        new RecentFiles(preferences).add(broken);
        Menu recentMenu = (Menu) menuItem(robot, "File", "Open Recent");
        robot.interact(() -> recentMenu.getOnShowing().handle(null));
        MenuItem item = recentMenu.getItems().get(0);

        WaitForAsyncUtils.asyncFx(item::fire);
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane error = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(error.getHeaderText()).contains("broken.json").contains("1 problem");
        String details = ((TextArea) error.getContent()).getText();
        assertThat(details).contains("line 3, column 3").contains("$.version")
                .contains("the file is format version 7, newer than this program reads");
        robot.clickOn("OK");
        assertThat(viewModel.getModel().name()).isEqualTo("Remote backends");
    }
}
