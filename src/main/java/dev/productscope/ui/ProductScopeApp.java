package dev.productscope.ui;

import dev.productscope.io.BundledExamples;
import dev.productscope.io.ModelFileException;
import dev.productscope.io.RecoverySlots;
import dev.productscope.io.RecoveryStore;
import dev.productscope.ui.editor.Autosaver;
import dev.productscope.ui.editor.EditorView;
import dev.productscope.ui.editor.EditorViewModel;
import dev.productscope.ui.editor.RecentFiles;
import dev.productscope.ui.editor.RecoveryPrompt;
import dev.productscope.ui.editor.UserCatalogs;
import dev.productscope.ui.settings.EditorSettings;
import dev.productscope.ui.settings.ThemeSwitcher;
import dev.productscope.ui.settings.UserPreferences;
import dev.productscope.ui.settings.WindowState;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** The editor application: one window on one model, the bundled default example at start. */
public final class ProductScopeApp extends Application {

    public ProductScopeApp() {
        this(null);
    }

    /** An application that sees {@code arguments} as its command line, for tests that call start() themselves. */
    ProductScopeApp(List<String> arguments) {
        this.arguments = arguments == null ? null : List.copyOf(arguments);
    }

    /** Starts JavaFX and opens the editor; returns when the last window closes. */
    public static void launchEditor(String[] args) {
        Application.launch(ProductScopeApp.class, args);
    }

    /** The command line when a test starts the application itself; null under launch(). */
    private final List<String> arguments;
    private EditorViewModel editor;
    private Runnable onExit = () -> { };

    @Override
    public void start(Stage stage) throws IOException {
        ExternalLinks.install(getHostServices());
        UserPreferences preferences = UserPreferences.forUser();
        // Before the first dialog (the recovery prompt), so that it already has the user's theme.
        ThemeSwitcher.apply(preferences.themeProperty().get());
        UserCatalogs catalogs = UserCatalogs.forUser();
        List<String> catalogProblems = new ArrayList<>();
        EditorViewModel viewModel = new EditorViewModel(BundledExamples.defaultExample().load(),
                RecentFiles.forUser(), catalogs.load(catalogProblems), catalogs);
        editor = viewModel;
        if (!catalogProblems.isEmpty()) {
            viewModel.showMessage("A catalog file was left out because it does not read: " + catalogProblems.get(0));
        }
        // A slot of this session's own: a second window neither overwrites nor clears the first one's recovery.
        RecoverySlots.Claim slot = RecoverySlots.forUser().claim();
        RecoveryStore recoveryStore = slot.store();
        Autosaver autosaver = new Autosaver(viewModel, recoveryStore);
        try {
            Optional<RecoveryStore.Recovery> recovery = recoveryStore.find();
            if (recovery.isPresent()) {
                RecoveryStore.Recovery found = recovery.get();
                if (RecoveryPrompt.ask(null, found) == RecoveryPrompt.Choice.RESTORE) {
                    viewModel.restoreRecovered(found.model(), found.userFile());
                } else {
                    autosaver.keepExisting();
                }
            }
        } catch (ModelFileException e) {
            RecoveryPrompt.unreadable(null, e);
            autosaver.keepExisting();
        }
        EditorView[] view = new EditorView[1];
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(1400, screen.getWidth());
        double height = Math.min(900, screen.getHeight());
        stage.setScene(new Scene(EditorView.load(viewModel, loaded -> view[0] = loaded), width, height));
        view[0].attach(stage);
        EditorSettings.bind(view[0], preferences, autosaver);
        WindowState windowState = WindowState.forUser();
        if (!windowState.restore(stage, view[0].splitPanes())) {
            stage.centerOnScreen();
        }
        // On closing the window, and on Quit, which exits without closing it: each step may run twice.
        onExit = () -> {
            windowState.remember(stage, view[0].splitPanes());
            autosaver.stop();
            slot.close();
        };
        for (int size : new int[] {64, 128, 256}) {
            var icon = ProductScopeApp.class.getResource("icons/productscope-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm()));
            }
        }
        stage.setMinWidth(Math.min(800, width));
        stage.setMinHeight(Math.min(500, height));
        // Hidden only after the close request was not refused: the user saved or chose Don't Save.
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> onExit.run());
        stage.show();
        autosaver.start();
        // No parameters when a test calls start itself rather than through launch.
        List<String> raw = arguments != null ? arguments
                : getParameters() == null ? List.of() : getParameters().getRaw();
        boolean restored = viewModel.dirtyProperty().get();
        if (raw.size() == 1 && !restored) {
            // After show, so a file that does not load gets its explanation over the window, which stays usable.
            Platform.runLater(() -> view[0].openFromCommandLine(java.nio.file.Path.of(raw.get(0))));
        } else {
            if (raw.size() == 1) {
                viewModel.showMessage("Restored the unsaved changes; " + raw.get(0) + " was not opened");
            }
            Platform.runLater(view[0].canvas()::fitUntilTouched);
        }
    }

    /** The open document's view model, once {@link #start} has made it; for tests. */
    EditorViewModel editor() {
        return editor;
    }

    /** Quit (Platform.exit) closes no window: the window's place is remembered, and the autosave stopped, here too. */
    @Override
    public void stop() {
        onExit.run();
    }
}
