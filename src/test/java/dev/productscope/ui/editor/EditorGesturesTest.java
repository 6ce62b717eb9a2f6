package dev.productscope.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.model.Component;
import dev.productscope.model.ComponentKind;
import dev.productscope.model.MembershipToggle;
import dev.productscope.render.Rect;
import javafx.geometry.Point2D;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real editor headless, with mouse and keyboard, as a person would. */
@ExtendWith(ApplicationExtension.class)
class EditorGesturesTest {

    private EditorHarness editor;
    private EditorViewModel viewModel;
    private DiagramCanvas canvas;

    @Start
    void start(Stage stage) throws Exception {
        editor = EditorHarness.open(stage, 1260, 780);
        viewModel = editor.viewModel;
        canvas = editor.canvas;
        canvas.zoomActual();
    }

    @AfterEach
    void forget() throws Exception {
        editor.close();
    }

    /** The centre of a component on screen, scrolled into view first. */
    private Point2D centreOf(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        Rect bounds = canvas.geometry().componentBounds(id).orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> canvas.reveal(bounds.padded(60)));
        WaitForAsyncUtils.waitForFxEvents();
        return canvas.screenPointOf(bounds.centreX(), bounds.centreY());
    }

    private Point2D at(double modelX, double modelY) {
        return canvas.screenPointOf(modelX, modelY);
    }

    private Component component(String id) {
        return viewModel.getModel().component(id).orElseThrow();
    }

    @Test
    void clickSelectsShiftClickAddsAndEscapeClears(FxRobot robot) {
        robot.clickOn(centreOf("router"));
        assertThat(viewModel.selection()).containsExactly("router");

        robot.press(KeyCode.SHIFT).clickOn(centreOf("bulb-b")).release(KeyCode.SHIFT);
        assertThat(viewModel.selection()).containsExactly("router", "bulb-b");

        robot.type(KeyCode.ESCAPE);
        assertThat(viewModel.selection()).isEmpty();
    }

    @Test
    void draggingMovesWithOneUndoStepAndSnapsToTheGrid(FxRobot robot) {
        Component before = component("router");

        int partial = canvas.dirtyRepaints();
        robot.drag(centreOf("router"), MouseButton.PRIMARY).moveBy(20, 10).moveBy(10, 8).moveBy(13, 9).drop();

        assertThat(canvas.dirtyRepaints()).as("frames repainted only where the drag changed them")
                .isGreaterThan(partial);

        Component after = component("router");
        assertThat(after.x() - before.x()).isBetween(35.0, 50.0);
        assertThat(after.x() % canvas.grid().size()).isZero();
        assertThat(viewModel.undoTextProperty().get()).isEqualTo("Undo Move 'router'");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(component("router")).isEqualTo(before);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertThat(component("router")).isEqualTo(after);
    }

    @Test
    void arrowKeysNudgeAndConsecutiveNudgesAreOneStep(FxRobot robot) {
        Component before = component("pc");
        robot.clickOn(centreOf("pc"));

        robot.type(KeyCode.RIGHT, 3).type(KeyCode.DOWN);

        assertThat(component("pc").x()).isEqualTo(before.x() + 3);
        assertThat(component("pc").y()).isEqualTo(before.y() + 1);
        robot.interact(viewModel::undo);
        assertThat(component("pc")).isEqualTo(before);
    }

    @Test
    void rubberBandSelectsWhatItEncloses(FxRobot robot) {
        centreOf("tv");
        Rect tv = canvas.geometry().componentBounds("tv").orElseThrow();

        robot.drag(at(tv.x() - 15, tv.y() - 15), MouseButton.PRIMARY).moveTo(at(tv.maxX() + 15, tv.maxY() + 25)).drop();

        assertThat(viewModel.selection()).contains("tv").doesNotContain("router");
    }

    @Test
    void deleteRemovesTheSelectionAndUndoBringsItBack(FxRobot robot) {
        robot.clickOn(centreOf("pc"));

        robot.type(KeyCode.DELETE);

        assertThat(viewModel.getModel().component("pc")).isEmpty();
        assertThat(viewModel.getModel().component("bulb-b-app")).isEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(viewModel.getModel().component("bulb-b-app")).isPresent();
    }

    @Test
    void doubleClickRenamesInPlace(FxRobot robot) {
        TextField field = robot.lookup(".inline-editor").queryAs(TextField.class);
        // On a loaded machine the robot's two clicks can fall outside the double-click interval
        // and count as two single clicks; a broken double-click fails all three tries.
        for (int attempt = 0; attempt < 3 && !field.isVisible(); attempt++) {
            robot.doubleClickOn(centreOf("router"));
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(field.isVisible()).isTrue();

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("Home gateway").type(KeyCode.ENTER);

        assertThat(component("router").name()).isEqualTo("Home gateway");
        assertThat(viewModel.undoTextProperty().get()).isEqualTo("Undo Rename 'router'");
    }

    @Test
    void clickingAPaletteEntryThenTheDiagramPlacesItInTheZoneUnderThePointer(FxRobot robot) {
        centreOf("tv");
        Rect tv = canvas.geometry().componentBounds("tv").orElseThrow();
        @SuppressWarnings("unchecked")
        ListView<PaletteEntry> palette = robot.lookup(".list-view").queryAllAs(ListView.class).stream()
                .filter(l -> !l.getItems().isEmpty() && l.getItems().get(0) instanceof PaletteEntry)
                .findFirst().orElseThrow();
        robot.interact(() -> palette.scrollTo(3));
        robot.clickOn(robot.lookup(".palette-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> cell && cell.getItem() instanceof PaletteEntry e
                        && e.component() == ComponentKind.IOT_DEVICE).findFirst().orElseThrow());

        robot.clickOn(at(tv.maxX() + 60, tv.centreY()));
        robot.write("Smart plug").type(KeyCode.ENTER);

        Component plug = component("iot-device");
        assertThat(plug.name()).isEqualTo("Smart plug");
        assertThat(plug.zone()).isEqualTo(component("tv").zone());
        assertThat(viewModel.selection()).containsExactly("iot-device");
    }

    @Test
    void connectingTwoComponentsOffersALinkOrAFlow(FxRobot robot) {
        robot.clickOn(centreOf("tv"));
        Rect tv = canvas.geometry().componentBounds("tv").orElseThrow();
        Point2D connector = at(tv.maxX() + 8, tv.centreY());

        robot.drag(connector, MouseButton.PRIMARY).moveTo(centreOf("pc")).drop();
        editor.choose(robot, "Link tv – pc", "ethernet");

        assertThat(viewModel.getModel().links()).anyMatch(l -> l.a().equals("tv") && l.b().equals("pc"));
    }

    @Test
    void theContextMenuTogglesMembershipAndShowsTheDerivedDecision(FxRobot robot) {
        robot.rightClickOn(centreOf("router"));
        editor.choose(robot, "'Smart TV (manufacturer backend)': out (M4)", "In the product");

        assertThat(viewModel.getModel().product("p-tv").orElseThrow().membership())
                .containsEntry("router", MembershipToggle.IN);
        assertThat(viewModel.getAnalysis().productsOf("router")).contains("p-tv");

        robot.rightClickOn(centreOf("router"));
        editor.choose(robot, "'Smart TV (manufacturer backend)': in (set by hand)", "Derived: out (M4)");
        assertThat(viewModel.getModel().product("p-tv").orElseThrow().membership()).doesNotContainKey("router");
    }

    @Test
    void theMiddleButtonPansAndCtrlWheelZooms(FxRobot robot) {
        Point2D router = centreOf("router");

        robot.drag(router, MouseButton.MIDDLE).moveBy(-40, -30).moveBy(-40, -30).drop();

        assertThat(centreOf("router").getX()).isCloseTo(router.getX() - 80, org.assertj.core.data.Offset.offset(2.0));
        double before = canvas.zoom();
        robot.moveTo(centreOf("router")).press(KeyCode.CONTROL).scroll(2, javafx.geometry.VerticalDirection.UP)
                .release(KeyCode.CONTROL);
        assertThat(canvas.zoom()).isNotEqualTo(before);
    }

    @Test
    void spaceAndDragPansWithoutMovingAnything(FxRobot robot) {
        Point2D router = centreOf("router");
        Component before = component("router");

        robot.moveTo(router).press(KeyCode.SPACE);
        robot.drag(router, MouseButton.PRIMARY).moveBy(30, 0).moveBy(30, 0).drop();
        robot.release(KeyCode.SPACE);

        assertThat(component("router")).isEqualTo(before);
        Rect bounds = canvas.geometry().componentBounds("router").orElseThrow();
        assertThat(at(bounds.centreX(), bounds.centreY()).getX())
                .isCloseTo(router.getX() + 60, org.assertj.core.data.Offset.offset(2.0));
    }

    @Test
    void hidingAProductHidesItsBoundaryOnly(FxRobot robot) {
        javafx.scene.control.CheckBox shown = robot.lookup(".list-cell .check-box")
                .queryAllAs(javafx.scene.control.CheckBox.class).iterator().next();

        robot.clickOn(shown);

        assertThat(viewModel.hiddenProducts()).containsExactly("p-bulb-a");
        assertThat(canvas.renderOptions().hiddenProducts()).containsExactly("p-bulb-a");
        assertThat(viewModel.getModel().product("p-bulb-a")).isPresent();
        robot.clickOn(robot.lookup(".list-cell .check-box").queryAllAs(javafx.scene.control.CheckBox.class)
                .iterator().next());
        assertThat(viewModel.hiddenProducts()).isEmpty();
    }

    @Test
    void theHandleOfASelectedComponentResizesIt(FxRobot robot) {
        robot.clickOn(centreOf("tv"));
        Rect bounds = canvas.geometry().componentBounds("tv").orElseThrow();

        robot.drag(at(bounds.maxX(), bounds.maxY()), MouseButton.PRIMARY).moveBy(20, 10).moveBy(20, 10).drop();

        Component tv = component("tv");
        assertThat(tv.width()).isGreaterThan(bounds.width() + 20);
        assertThat(tv.height()).isGreaterThan(bounds.height() + 10);
        assertThat(viewModel.undoTextProperty().get()).isEqualTo("Undo Resize 'tv'");
    }

    @Test
    void clipboardShortcutsCopyPasteAndDuplicate(FxRobot robot) {
        robot.clickOn(centreOf("tv"));

        robot.press(KeyCode.CONTROL).type(KeyCode.C).type(KeyCode.V).release(KeyCode.CONTROL);
        assertThat(viewModel.selection()).containsExactly("tv-2");
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        assertThat(viewModel.selection()).containsExactly("tv-3");
        robot.press(KeyCode.CONTROL).type(KeyCode.X).release(KeyCode.CONTROL);
        assertThat(viewModel.getModel().component("tv-3")).isEmpty();
        assertThat(component("tv-2").x()).isEqualTo(component("tv").x() + 20);
    }

    @Test
    void selectAllFitAndTheScrollBars(FxRobot robot) {
        robot.clickOn(centreOf("router"));

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        assertThat(viewModel.selection()).contains("router", "tv", "home", "f-tv-backend", "l-tv-router");

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Rect all = canvas.geometry().bounds();
        Point2D topLeft = at(all.x(), all.y());
        Point2D bottomRight = at(all.maxX(), all.maxY());
        javafx.geometry.Bounds visible = canvas.canvas().localToScreen(canvas.canvas().getBoundsInLocal());
        assertThat(visible.contains(topLeft) && visible.contains(bottomRight)).as("the whole diagram is in view").isTrue();

        javafx.scene.control.ScrollBar horizontal = robot.lookup(".scroll-bar:horizontal")
                .queryAllAs(javafx.scene.control.ScrollBar.class).stream()
                .filter(b -> b.getParent() == canvas).findFirst().orElseThrow();
        Point2D router = at(600, 390);
        robot.interact(() -> horizontal.setValue(horizontal.getValue() + 50));
        assertThat(at(600, 390).getX()).isCloseTo(router.getX() - 50 * canvas.zoom(),
                org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void zoomKeysChangeTheScale(FxRobot robot) {
        robot.clickOn(centreOf("router"));
        double before = canvas.zoom();

        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);

        assertThat(canvas.zoom()).isGreaterThan(before);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        assertThat(canvas.zoom()).isEqualTo(1.0);
    }
}
