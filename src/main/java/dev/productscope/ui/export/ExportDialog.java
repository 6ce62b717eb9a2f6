package dev.productscope.ui.export;

import dev.productscope.io.export.ExportCancelledException;
import dev.productscope.io.export.ExportException;
import dev.productscope.io.export.ExportFormat;
import dev.productscope.io.export.ExportProgress;
import dev.productscope.model.Product;
import dev.productscope.ui.FxmlWindows;
import dev.productscope.ui.editor.EditorViewModel;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.CheckListView;

/**
 * Controller of {@code ExportDialog.fxml}, File > Export: a thin view over {@link ExportDialogModel}.
 * The export runs on a background thread with a progress bar; Cancel stops it and writes nothing.
 */
public final class ExportDialog {

    private final ExportDialogModel model;
    private final EditorViewModel editor;
    private Stage stage;
    private Task<Void> running;

    @FXML
    private ComboBox<ExportFormat> format;
    @FXML
    private ComboBox<Product> product;
    @FXML
    private TextField file;
    @FXML
    private VBox diagramOptions;
    @FXML
    private CheckBox legend;
    @FXML
    private CheckBox titleBlock;
    @FXML
    private CheckBox findingsKey;
    @FXML
    private Label scaleLabel;
    @FXML
    private Spinner<Double> scale;
    @FXML
    private CheckListView<Product> boundaries;
    @FXML
    private Label problem;
    @FXML
    private ProgressBar progress;
    @FXML
    private Label step;
    @FXML
    private Button cancel;
    @FXML
    private Button export;

    private ExportDialog(ExportDialogModel model, EditorViewModel editor) {
        this.model = model;
        this.editor = editor;
    }

    /** Opens the dialog over {@code owner}; returns its controller once shown, for tests. */
    public static ExportDialog show(Window owner, EditorViewModel editor, ExportDialogModel model) {
        ExportDialog dialog = new ExportDialog(model, editor);
        Stage stage = FxmlWindows.create(owner, "Export", ExportDialog.class.getResource("ExportDialog.fxml"), dialog,
                Modality.WINDOW_MODAL);
        stage.setOnCloseRequest(e -> dialog.cancel());
        dialog.stage = stage;
        stage.show();
        return dialog;
    }

    @FXML
    private void initialize() {
        format.getItems().setAll(ExportFormat.values());
        format.setCellFactory(list -> new FormatCell());
        format.setButtonCell(new FormatCell());
        format.valueProperty().bindBidirectional(model.formatProperty());
        product.getItems().add(null);
        product.getItems().addAll(editor.getModel().products());
        product.setCellFactory(list -> new ProductCell());
        product.setButtonCell(new ProductCell());
        product.setValue(editor.getModel().product(Objects.requireNonNullElse(model.productIdProperty().get(), ""))
                .orElse(null));
        product.valueProperty().addListener((obs, old, chosen) -> {
            model.productIdProperty().set(chosen == null ? null : chosen.id());
            refresh();
        });
        if (model.targetProperty().get() == null) {
            model.targetProperty().set(model.folder().resolve(model.suggestedFileName()));
        }
        file.setText(model.targetProperty().get().toString());
        model.targetProperty().addListener((obs, old, path) -> {
            if (path != null && !path.toString().equals(file.getText())) {
                file.setText(path.toString());
            }
        });
        file.textProperty().addListener((obs, old, text) -> {
            model.targetProperty().set(text == null || text.isBlank() ? null : Path.of(text.trim()));
            refresh();
        });
        legend.selectedProperty().bindBidirectional(model.legendProperty());
        titleBlock.selectedProperty().bindBidirectional(model.titleBlockProperty());
        findingsKey.selectedProperty().bindBidirectional(model.findingsKeyProperty());
        scale.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(1, 4, model.scaleProperty().get(), 1));
        scale.valueProperty().addListener((obs, old, value) -> model.scaleProperty().set(value));
        boundaries.getItems().setAll(editor.getModel().products());
        boundaries.setCellFactory(list -> new javafx.scene.control.cell.CheckBoxListCell<>(
                boundaries::getItemBooleanProperty, new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(Product p) {
                        return p == null ? "" : p.name();
                    }

                    @Override
                    public Product fromString(String text) {
                        return null;
                    }
                }));
        for (Product p : editor.getModel().products()) {
            if (!model.hiddenBoundaries().contains(p.id())) {
                boundaries.getCheckModel().check(p);
            }
        }
        boundaries.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<Product>) c -> {
            model.hiddenBoundaries().clear();
            editor.getModel().products().stream().filter(p -> !boundaries.getCheckModel().isChecked(p))
                    .forEach(p -> model.hiddenBoundaries().add(p.id()));
        });
        model.formatProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        ExportFormat chosen = model.formatProperty().get();
        boolean diagram = chosen.kind() != ExportFormat.Kind.INTEROPERABILITY
                && chosen.kind() != ExportFormat.Kind.CHECKLIST;
        diagramOptions.setDisable(!diagram);
        scale.setDisable(chosen != ExportFormat.PNG);
        scaleLabel.setDisable(chosen != ExportFormat.PNG);
        String why = model.problem().orElse(null);
        problem.setText(why == null ? "" : why);
        export.setDisable(why != null || running != null);
    }

    @FXML
    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + model.formatProperty().get().label());
        ExportFormat chosen = model.formatProperty().get();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(chosen.label(), "*"
                + chosen.defaultExtension()));
        Path current = model.targetProperty().get();
        Path folder = current != null && current.toAbsolutePath().getParent() != null
                && Files.isDirectory(current.toAbsolutePath().getParent()) ? current.toAbsolutePath().getParent()
                : model.folder();
        if (Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(current != null ? current.getFileName().toString() : model.suggestedFileName());
        File picked = chooser.showSaveDialog(stage);
        if (picked != null) {
            model.targetProperty().set(picked.toPath());
        }
    }

    @FXML
    void export() {
        if (running != null || model.problem().isPresent()) {
            return;
        }
        ExportDialogModel.Job job = model.prepare();
        running = new ExportTask(job);
        progress.setVisible(true);
        progress.progressProperty().bind(running.progressProperty());
        step.textProperty().bind(running.messageProperty());
        running.setOnSucceeded(e -> finished(null));
        running.setOnFailed(e -> finished(running.getException()));
        running.setOnCancelled(e -> finished(new ExportCancelledException()));
        refresh();
        Thread thread = new Thread(running, "ProductScope export");
        thread.setDaemon(true);
        thread.start();
    }

    private void finished(Throwable failure) {
        Path target = model.targetProperty().get();
        progress.progressProperty().unbind();
        step.textProperty().unbind();
        progress.setVisible(false);
        step.setText("");
        running = null;
        if (failure == null) {
            editor.showMessage("Exported " + model.formatProperty().get().label() + " to " + target);
            stage.close();
            return;
        }
        String message = failure instanceof ExportException ? failure.getMessage()
                : "the export failed: " + failure;
        refresh();
        // After refresh, which shows only what stops an export from starting.
        problem.setText("Not exported: " + message + ". No file was written.");
    }

    @FXML
    void cancel() {
        if (running != null) {
            running.cancel();
            return;
        }
        if (stage != null) {
            stage.close();
        }
    }

    /** Whether an export is running, for tests. */
    boolean isRunning() {
        return running != null;
    }

    /** Runs one export off the UI thread, passing progress up and cancellation down. */
    private static final class ExportTask extends Task<Void> {

        private final ExportDialogModel.Job job;

        ExportTask(ExportDialogModel.Job job) {
            this.job = job;
        }

        @Override
        protected Void call() {
            job.run(new ExportProgress() {
                @Override
                public void report(double fraction, String text) {
                    updateProgress(fraction, 1);
                    updateMessage(text);
                }

                @Override
                public boolean isCancelled() {
                    return ExportTask.this.isCancelled();
                }
            });
            return null;
        }
    }

    private static final class FormatCell extends ListCell<ExportFormat> {
        @Override
        protected void updateItem(ExportFormat item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label() + "  (" + item.id() + ")");
        }
    }

    private static final class ProductCell extends ListCell<Product> {
        @Override
        protected void updateItem(Product item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? "All products" : item.name());
        }
    }
}
