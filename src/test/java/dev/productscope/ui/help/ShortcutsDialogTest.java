package dev.productscope.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.ui.editor.EditorHarness;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help > Keyboard Shortcuts over the real editor: its menus' keys, the canvas's own, and the filter. */
@ExtendWith(ApplicationExtension.class)
class ShortcutsDialogTest {

    private EditorHarness editor;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        editor = EditorHarness.openWithDock(stage, 1200, 760);
    }

    @AfterEach
    void forget() throws Exception {
        editor.close();
    }

    private static List<String> rows(TreeTableView<ShortcutsDialog.Row> table) {
        return table.getRoot().getChildren().stream()
                .flatMap(group -> java.util.stream.Stream.concat(java.util.stream.Stream.of(group),
                        group.getChildren().stream()))
                .map(TreeItem::getValue)
                .map(row -> row.heading() ? "# " + row.action() : row.action() + " = " + row.keys())
                .toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsTheEditorsShortcutsByMenuAndFiltersThem(FxRobot robot) {
        MenuBar menuBar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Stage[] dialog = new Stage[1];
        robot.interact(() -> dialog[0] = ShortcutsDialog.show(stage, menuBar));

        assertThat(dialog[0].getTitle()).isEqualTo("Keyboard Shortcuts");
        TreeTableView<ShortcutsDialog.Row> table = robot.lookup(".shortcuts-dialog .tree-table-view").queryAs(TreeTableView.class);
        String undo = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).getDisplayText();
        assertThat(rows(table)).startsWith("# File").contains("# Edit", "Undo = " + undo, "# View", "# Canvas")
                .contains("Redo = " + new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN).getDisplayText())
                .noneMatch(row -> row.contains("_"));
        assertThat(robot.lookup("Undo").tryQuery()).as("the row is drawn").isPresent();

        TextField filter = robot.lookup(".shortcuts-dialog .text-field").queryAs(TextField.class);
        robot.clickOn(filter).write("zoom", 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows(table)).contains("# View", "# Canvas", "Zoom In = "
                + new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN).getDisplayText())
                .allMatch(row -> row.startsWith("# ") || row.toLowerCase().contains("zoom"));
        Label count = robot.lookup(".shortcuts-dialog .label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText() != null && l.getText().endsWith("shortcuts")).findFirst().orElseThrow();
        assertThat(count.getText()).isEqualTo((rows(table).stream().filter(r -> !r.startsWith("# ")).count())
                + " shortcuts");

        robot.interact(() -> assertThat(ShortcutsDialog.show(stage, menuBar)).as("one window at a time")
                .isSameAs(dialog[0]));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog[0].isShowing()).isFalse();
    }
}
