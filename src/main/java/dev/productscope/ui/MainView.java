package dev.productscope.ui;

import java.io.IOException;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Label;

/** Controller of {@code MainView.fxml}: binds the labels to the view model, nothing more. */
public final class MainView {

    @FXML
    private Label modelName;
    @FXML
    private Label modelDescription;
    @FXML
    private Label summary;

    private final MainViewModel viewModel;

    private MainView(MainViewModel viewModel) {
        this.viewModel = viewModel;
    }

    static Parent load(MainViewModel viewModel) throws IOException {
        FXMLLoader loader = new FXMLLoader(MainView.class.getResource("MainView.fxml"));
        loader.setControllerFactory(type -> new MainView(viewModel));
        return loader.load();
    }

    @FXML
    private void initialize() {
        modelName.textProperty().bind(viewModel.modelNameProperty());
        modelDescription.textProperty().bind(viewModel.modelDescriptionProperty());
        summary.textProperty().bind(viewModel.summaryProperty());
    }

    @FXML
    private void quit() {
        Platform.exit();
    }
}
