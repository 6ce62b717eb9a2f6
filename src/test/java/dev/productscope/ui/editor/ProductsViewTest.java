package dev.productscope.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.model.Product;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The products list's buttons and dialogs, driven as a person would. */
@ExtendWith(ApplicationExtension.class)
class ProductsViewTest {

    private EditorHarness editor;

    @Start
    void start(Stage stage) throws Exception {
        editor = EditorHarness.open(stage, 1200, 760);
    }

    @AfterEach
    void forget() throws Exception {
        editor.close();
    }

    @SuppressWarnings("unchecked")
    private void chooseProduct(FxRobot robot, String id) {
        ListView<Product> list = robot.lookup("#products").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(editor.viewModel.getModel().product(id).orElseThrow()));
    }

    /** The products pane's Delete, not the toolbar's. */
    private Node deleteButton(FxRobot robot) {
        return robot.lookup(".product-buttons .button").queryAll().stream()
                .filter(b -> "Delete".equals(((javafx.scene.control.Button) b).getText())).findFirst().orElseThrow();
    }

    private Product product(String id) {
        return editor.viewModel.getModel().product(id).orElse(null);
    }

    @Test
    void renameChangesTheNameAsOneUndoStep(FxRobot robot) {
        chooseProduct(robot, "p-tv");

        robot.clickOn("Rename…");
        WaitForAsyncUtils.waitForFxEvents();
        Node field = robot.lookup(".dialog-pane .text-field").query();
        robot.clickOn(field).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("Living-room TV", 0)
                .type(KeyCode.ENTER);

        assertThat(product("p-tv").name()).isEqualTo("Living-room TV");
        assertThat(editor.viewModel.undoTextProperty().get()).isEqualTo("Undo Rename 'p-tv'");
    }

    @Test
    void devicesAreChosenWithCheckBoxes(FxRobot robot) {
        chooseProduct(robot, "p-tv");

        robot.clickOn("Devices…");
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox bulbB = robot.lookup(".dialog-pane .check-box").queryAllAs(CheckBox.class).stream()
                .filter(b -> "bulb-b".equals(b.getUserData())).findFirst().orElseThrow();
        robot.clickOn(bulbB).clickOn("OK");

        assertThat(product("p-tv").devices()).containsExactly("bulb-b", "tv");
    }

    @Test
    void deleteAsksFirstAndKeepsTheComponents(FxRobot robot) {
        chooseProduct(robot, "p-bulb-b");

        robot.clickOn(deleteButton(robot));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Cancel");
        assertThat(product("p-bulb-b")).isNotNull();

        chooseProduct(robot, "p-bulb-b");
        robot.clickOn(deleteButton(robot));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("OK");
        assertThat(product("p-bulb-b")).isNull();
        assertThat(editor.viewModel.getModel().component("bulb-b")).isPresent();
    }
}
