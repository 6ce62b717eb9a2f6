package dev.productscope.ui;

import dev.productscope.io.BundledExamples;
import dev.productscope.ui.editor.EditorView;
import dev.productscope.ui.editor.EditorViewModel;
import dev.productscope.ui.editor.RecentFiles;
import dev.productscope.ui.editor.UserCatalogs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The editor application: one window on one model, the bundled default example at start. */
public final class ProductScopeApp extends Application {

    /** Starts JavaFX and opens the editor; returns when the last window closes. */
    public static void launchEditor(String[] args) {
        Application.launch(ProductScopeApp.class, args);
    }

    @Override
    public void start(Stage stage) throws IOException {
        ExternalLinks.install(getHostServices());
        UserCatalogs catalogs = UserCatalogs.forUser();
        List<String> catalogProblems = new ArrayList<>();
        EditorViewModel viewModel = new EditorViewModel(BundledExamples.defaultExample().load(),
                RecentFiles.forUser(), catalogs.load(catalogProblems), catalogs);
        if (!catalogProblems.isEmpty()) {
            viewModel.showMessage("A catalog file was left out because it does not read: " + catalogProblems.get(0));
        }
        EditorView[] view = new EditorView[1];
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(1400, screen.getWidth());
        double height = Math.min(900, screen.getHeight());
        stage.setScene(new Scene(EditorView.load(viewModel, loaded -> view[0] = loaded), width, height));
        view[0].attach(stage);
        stage.setMinWidth(Math.min(800, width));
        stage.setMinHeight(Math.min(500, height));
        stage.show();
        Platform.runLater(view[0].canvas()::fit);
    }
}
