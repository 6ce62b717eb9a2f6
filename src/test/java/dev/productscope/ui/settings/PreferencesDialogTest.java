package dev.productscope.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import dev.productscope.ui.editor.EditorHarness;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Edit > Preferences on the real editor: the theme and the grid change at once, and Cancel changes nothing. */
@ExtendWith(ApplicationExtension.class)
class PreferencesDialogTest {

    private EditorHarness editor;
    private UserPreferences preferences;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        editor = EditorHarness.openWithDock(stage, 1280, 800);
        preferences = new UserPreferences(editor.preferences());
        preferences.themeProperty().set(Theme.CLASSIC);
        EditorSettings.bind(editor.view(), preferences, null);
    }

    @AfterEach
    void classicAgain() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            dialog().ifPresent(Stage::close);
            ThemeSwitcher.apply(Theme.CLASSIC);
        }).get();
        editor.close();
    }

    private static Optional<Stage> dialog() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && "Preferences".equals(s.getTitle()))
                .map(Stage.class::cast).findFirst();
    }

    private void openPreferences(FxRobot robot) throws Exception {
        robot.clickOn(".diagram-canvas");
        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dialog().isPresent());
    }

    private static double brightness(FxRobot robot, String query) {
        Region region = robot.lookup(query).queryAs(Region.class);
        region.applyCss();
        Color fill = (Color) region.getBackground().getFills().get(0).getFill();
        return fill.getBrightness();
    }

    @Test
    void choosingDarkRestylesTheOpenWindowAndChoosingClassicUndoesIt(FxRobot robot) throws Exception {
        double lightPane = brightness(robot, ".side-pane");
        openPreferences(robot);

        robot.clickOn("#theme").clickOn("Dark");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog()).as("OK closes the dialog").isEmpty();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        assertThat(stage.getScene().getRoot().getStyleClass()).contains(ThemeSwitcher.DARK_CLASS);
        assertThat(brightness(robot, ".side-pane")).as("side panes turn dark").isLessThan(0.3);
        assertThat(lightPane).isGreaterThan(0.9);
        assertThat(preferences.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(new UserPreferences(editor.preferences()).themeProperty().get()).as("stored").isEqualTo(Theme.DARK);

        openPreferences(robot);
        robot.clickOn("#theme").clickOn("Classic (JavaFX Modena)");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Application.getUserAgentStylesheet()).isNull();
        assertThat(stage.getScene().getRoot().getStyleClass()).doesNotContain(ThemeSwitcher.DARK_CLASS);
        assertThat(brightness(robot, ".side-pane")).isGreaterThan(0.9);
    }

    @Test
    void aTypedGridSizeIsTakenByApplyAndTheCanvasSnapsToIt(FxRobot robot) throws Exception {
        openPreferences(robot);
        Spinner<?> grid = robot.lookup("#gridSize").queryAs(Spinner.class);

        robot.doubleClickOn(grid.getEditor()).eraseText(4).write("25");
        robot.clickOn("Apply");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog()).as("Apply keeps the dialog open").isPresent();
        assertThat(editor.view().canvas().gridSizeProperty().get()).isEqualTo(25);
        assertThat(preferences.gridSizeProperty().get()).isEqualTo(25);

        robot.doubleClickOn(grid.getEditor()).eraseText(4).write("500");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.view().canvas().gridSizeProperty().get()).as("kept within range").isEqualTo(100);
    }

    @Test
    void escapeAndCancelLeaveEverythingAsItWas(FxRobot robot) throws Exception {
        openPreferences(robot);
        robot.clickOn("#theme").clickOn("Dark");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        if (dialog().isPresent()) {
            // The first Escape may only close the combo box's list.
            robot.type(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
        }

        assertThat(dialog()).isEmpty();
        assertThat(Application.getUserAgentStylesheet()).isNull();
        assertThat(preferences.themeProperty().get()).isEqualTo(Theme.CLASSIC);

        openPreferences(robot);
        robot.clickOn("#autosave");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(preferences.autosaveSecondsProperty().get()).isEqualTo(UserPreferences.DEFAULT_AUTOSAVE_SECONDS);
    }

    @Test
    void snapToGridInTheViewMenuIsThePreference(FxRobot robot) throws Exception {
        CheckMenuItem snap = editor.view().snapToGridProperty().getBean() instanceof CheckMenuItem item ? item : null;
        assertThat(snap).isNotNull();

        WaitForAsyncUtils.asyncFx(() -> snap.setSelected(false)).get();
        assertThat(preferences.snapToGridProperty().get()).isFalse();
        assertThat(editor.view().canvas().snapToGridProperty().get()).isFalse();

        WaitForAsyncUtils.asyncFx(() -> preferences.snapToGridProperty().set(true)).get();
        assertThat(snap.isSelected()).isTrue();
        assertThat(editor.view().canvas().snapToGridProperty().get()).isTrue();
    }
}
