package dev.productscope.ui.settings;

import dev.productscope.io.export.ExportFormat;
import dev.productscope.ui.FxmlWindows;
import dev.productscope.ui.editor.CanvasGrid;
import dev.productscope.ui.export.ExportDefaults;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Controller of {@code PreferencesDialog.fxml}, over a {@link PreferencesDialogModel}. */
public final class PreferencesDialog {

    @FXML
    private ComboBox<Theme> theme;
    @FXML
    private Spinner<Integer> gridSize;
    @FXML
    private CheckBox snapToGrid;
    @FXML
    private CheckBox autosave;
    @FXML
    private Label intervalLabel;
    @FXML
    private Spinner<Integer> autosaveSeconds;
    @FXML
    private ComboBox<ExportFormat> exportFormat;
    @FXML
    private CheckBox legend;
    @FXML
    private CheckBox titleBlock;
    @FXML
    private CheckBox findingsKey;
    @FXML
    private Spinner<Double> scale;

    private final PreferencesDialogModel model;
    private Stage stage;

    private PreferencesDialog(PreferencesDialogModel model) {
        this.model = model;
    }

    /** Opens the dialog over {@code owner}, window-modal; returns at once with the dialog showing. */
    public static Stage show(Window owner, UserPreferences preferences) {
        PreferencesDialog dialog = new PreferencesDialog(new PreferencesDialogModel(preferences));
        Stage stage = FxmlWindows.create(owner, "Preferences", PreferencesDialog.class.getResource(
                "PreferencesDialog.fxml"), dialog, Modality.WINDOW_MODAL);
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        dialog.stage = stage;
        stage.show();
        return stage;
    }

    @FXML
    private void initialize() {
        theme.getItems().setAll(Theme.values());
        theme.valueProperty().bindBidirectional(model.themeProperty());
        gridSize.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(CanvasGrid.MIN_SIZE,
                CanvasGrid.MAX_SIZE, model.gridSizeProperty().get(), 5));
        follow(gridSize, model.gridSizeProperty());
        snapToGrid.selectedProperty().bindBidirectional(model.snapToGridProperty());
        autosave.selectedProperty().bindBidirectional(model.autosaveProperty());
        autosaveSeconds.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                UserPreferences.MIN_AUTOSAVE_SECONDS, UserPreferences.MAX_AUTOSAVE_SECONDS,
                model.autosaveSecondsProperty().get(), 5));
        follow(autosaveSeconds, model.autosaveSecondsProperty());
        autosaveSeconds.disableProperty().bind(autosave.selectedProperty().not());
        intervalLabel.disableProperty().bind(autosave.selectedProperty().not());
        exportFormat.getItems().setAll(ExportFormat.values());
        exportFormat.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportFormat format) {
                return format == null ? "" : format.label() + "  (" + format.id() + ")";
            }

            @Override
            public ExportFormat fromString(String text) {
                return null;
            }
        });
        exportFormat.valueProperty().bindBidirectional(model.exportFormatProperty());
        legend.selectedProperty().bindBidirectional(model.legendProperty());
        titleBlock.selectedProperty().bindBidirectional(model.titleBlockProperty());
        findingsKey.selectedProperty().bindBidirectional(model.findingsKeyProperty());
        scale.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(ExportDefaults.MIN_SCALE,
                ExportDefaults.MAX_SCALE, model.scaleProperty().get(), 1));
        scale.valueProperty().addListener((obs, old, value) -> model.scaleProperty().set(value));
        model.scaleProperty().addListener((obs, old, value) -> scale.getValueFactory().setValue(value.doubleValue()));
    }

    // Spinners commit typed text only on Enter or arrows; committing on focus loss too, so OK takes what is shown.
    private static void follow(Spinner<Integer> spinner, javafx.beans.property.IntegerProperty property) {
        spinner.valueProperty().addListener((obs, old, value) -> property.set(value));
        property.addListener((obs, old, value) -> spinner.getValueFactory().setValue(value.intValue()));
        spinner.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit(spinner);
            }
        });
    }

    private static void commit(Spinner<Integer> spinner) {
        Integer typed;
        try {
            typed = spinner.getValueFactory().getConverter().fromString(spinner.getEditor().getText().strip());
        } catch (RuntimeException notANumber) {
            typed = null;
        }
        if (typed != null) {
            spinner.getValueFactory().setValue(typed);
        }
        // Shows the value in force: the typed one kept within range, or the previous one for text that is no number.
        spinner.getEditor().setText(spinner.getValueFactory().getConverter().toString(spinner.getValue()));
    }

    @FXML
    private void restoreDefaults() {
        model.restoreDefaults();
    }

    @FXML
    private void apply() {
        commit(gridSize);
        commit(autosaveSeconds);
        model.apply();
    }

    @FXML
    private void ok() {
        apply();
        stage.close();
    }

    @FXML
    private void cancel() {
        stage.close();
    }
}
