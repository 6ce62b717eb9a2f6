package dev.productscope.ui;

import dev.productscope.io.BundledExamples;
import java.io.IOException;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The editor application: one window on one model, the bundled default example at start. */
public final class ProductScopeApp extends Application {

    public static final String TITLE = "ProductScope";

    /** Starts JavaFX and opens the editor; returns when the last window closes. */
    public static void launchEditor(String[] args) {
        Application.launch(ProductScopeApp.class, args);
    }

    @Override
    public void start(Stage stage) throws IOException {
        MainViewModel viewModel = new MainViewModel();
        viewModel.open(BundledExamples.defaultExample().load());
        stage.setScene(new Scene(MainView.load(viewModel), 1200, 800));
        stage.titleProperty().bind(viewModel.windowTitleProperty());
        stage.setMinWidth(640);
        stage.setMinHeight(400);
        stage.show();
    }

    /** For tests: builds the window's content without a stage. */
    static Parent createContent(MainViewModel viewModel) throws IOException {
        return MainView.load(viewModel);
    }
}
