package dev.productscope.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.io.BundledExamples;
import dev.productscope.ui.settings.Theme;
import dev.productscope.ui.settings.ThemeSwitcher;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real editor in a stage, on the default example, with preferences of its own; for TestFX tests. */
public final class EditorHarness {

    public final EditorViewModel viewModel;
    final DiagramCanvas canvas;
    private final EditorView view;
    private final Preferences preferences;

    private EditorHarness(EditorViewModel viewModel, EditorView view, Preferences preferences) {
        this.viewModel = viewModel;
        this.view = view;
        this.canvas = view.canvas();
        this.preferences = preferences;
    }

    /** The editor with the bottom dock folded away, so the diagram has the room the gesture tests expect. */
    static EditorHarness open(Stage stage, double width, double height) throws Exception {
        return open(stage, width, height, false);
    }

    /** The editor as a user first sees it, findings, checklist and activities below the diagram. */
    public static EditorHarness openWithDock(Stage stage, double width, double height) throws Exception {
        return open(stage, width, height, true);
    }

    private static EditorHarness open(Stage stage, double width, double height, boolean dock) throws Exception {
        // The gesture tests measure positions in JavaFX's own look, whatever theme a test before left on.
        ThemeSwitcher.apply(Theme.CLASSIC);
        Preferences preferences = Preferences.userRoot().node("dev/productscope-test/test-" + System.nanoTime());
        EditorViewModel viewModel = new EditorViewModel(BundledExamples.defaultExample().load(),
                new RecentFiles(preferences));
        EditorView[] view = new EditorView[1];
        stage.setScene(new Scene(EditorView.load(viewModel, loaded -> view[0] = loaded), width, height));
        view[0].attach(stage);
        view[0].showDock(dock);
        stage.show();
        return new EditorHarness(viewModel, view[0], preferences);
    }

    /** The window's controller, for tests that wire it as the application does. */
    public EditorView view() {
        return view;
    }

    /** Preferences of this harness alone, removed by {@link #close()}. */
    public Preferences preferences() {
        return preferences;
    }

    /** Hides a menu a test left open and forgets the preferences. */
    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            if (canvas.openMenu() != null) {
                canvas.openMenu().hide();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        preferences.removeNode();
    }

    /** Chooses an item of the open context menu by its path of labels, as a click would. */
    void choose(FxRobot robot, String... path) {
        WaitForAsyncUtils.waitForFxEvents();
        ContextMenu menu = canvas.openMenu();
        assertThat(menu).as("a context menu is open for " + String.join(" > ", path)).isNotNull();
        List<MenuItem> items = menu.getItems();
        MenuItem found = null;
        for (String label : path) {
            found = items.stream().filter(i -> label.equals(i.getText())).findFirst()
                    .orElseThrow(() -> new AssertionError("no menu item '" + label + "'"));
            if (found instanceof Menu submenu) {
                items = submenu.getItems();
            }
        }
        MenuItem item = found;
        robot.interact(() -> {
            item.fire();
            menu.hide();
        });
    }
}
