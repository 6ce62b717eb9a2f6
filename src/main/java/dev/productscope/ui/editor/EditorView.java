package dev.productscope.ui.editor;

import dev.productscope.ui.analysis.FindingsView;
import dev.productscope.ui.export.ExportDialog;
import dev.productscope.ui.export.ExportDialogModel;
import java.io.IOException;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.PropertySheet;

/** Controller of {@code EditorView.fxml}: menus, files and dialogs over the {@link EditorViewModel}. */
public final class EditorView {

    @FXML
    private Parent root;
    @FXML
    private Menu examplesMenu;
    @FXML
    private Menu recentMenu;
    @FXML
    private MenuItem undoItem;
    @FXML
    private MenuItem redoItem;
    @FXML
    private Button undoButton;
    @FXML
    private Button redoButton;
    @FXML
    private CheckMenuItem snapItem;
    @FXML
    private ListView<dev.productscope.ui.editor.PaletteEntry> palette;
    @FXML
    private StackPane canvasHost;
    @FXML
    private PropertySheet properties;
    @FXML
    private Label propertiesTitle;
    @FXML
    private ListView<dev.productscope.model.Product> products;
    @FXML
    private Label zoomLabel;
    @FXML
    private Label countsLabel;
    @FXML
    private Label findingsLabel;
    @FXML
    private Label messageLabel;
    @FXML
    private TabPane sideTabs;
    @FXML
    private Tab analysisTab;
    @FXML
    private SplitPane centerSplit;
    @FXML
    private SplitPane sideSplit;
    @FXML
    private javafx.scene.control.MenuBar menuBar;
    @FXML
    private TabPane bottomTabs;
    @FXML
    private Tab findingsTab;
    @FXML
    private Tab checklistTab;
    @FXML
    private Tab activitiesTab;
    @FXML
    private FindingsView findingsController;

    private final EditorViewModel viewModel;
    private DiagramCanvas canvas;
    private ProductsView productsView;
    private FileActions files;
    private Runnable onPreferences = () -> { };

    private EditorView(EditorViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Loads the window's content; the controller is returned through {@code loaded}. */
    public static Parent load(EditorViewModel viewModel, java.util.function.Consumer<EditorView> loaded)
            throws IOException {
        FXMLLoader loader = new FXMLLoader(EditorView.class.getResource("EditorView.fxml"));
        loader.setControllerFactory(type -> type == EditorView.class ? new EditorView(viewModel)
                : PanelControllers.create(type, viewModel));
        Parent parent = loader.load();
        loaded.accept(loader.getController());
        return parent;
    }

    @FXML
    private void initialize() {
        canvas = new DiagramCanvas(viewModel);
        files = new FileActions(viewModel, canvas, this::window);
        canvas.snapToGridProperty().bind(snapItem.selectedProperty());
        canvasHost.getChildren().add(canvas);
        PaletteView.install(palette, canvas::startPlacing);
        new PropertiesView(viewModel, properties, propertiesTitle);
        productsView = new ProductsView(viewModel, products);
        findingsController.setRevealer(ids -> canvas.revealIds(ids));
        undoItem.textProperty().bind(viewModel.undoTextProperty());
        redoItem.textProperty().bind(viewModel.redoTextProperty());
        undoItem.disableProperty().bind(viewModel.canUndoProperty().not());
        redoItem.disableProperty().bind(viewModel.canRedoProperty().not());
        undoButton.disableProperty().bind(viewModel.canUndoProperty().not());
        redoButton.disableProperty().bind(viewModel.canRedoProperty().not());
        zoomLabel.textProperty().bind(canvas.zoomProperty().multiply(100).asString("%.0f%%"));
        countsLabel.textProperty().bind(viewModel.countsProperty());
        findingsLabel.textProperty().bind(viewModel.findingSummaryProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        javafx.scene.control.Tooltip messageTip = new javafx.scene.control.Tooltip();
        messageTip.textProperty().bind(viewModel.messageProperty());
        messageTip.setWrapText(true);
        messageTip.setMaxWidth(600);
        messageLabel.setTooltip(messageTip);
        FileMenus.fillExamples(examplesMenu, example -> {
            if (mayDiscard()) {
                viewModel.openUnsaved(example.load());
                canvas.fit();
            }
        });
        FileMenus.followRecent(recentMenu, viewModel::recentFiles, file -> {
            if (mayDiscard()) {
                files.openFile(file);
            }
        });
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN),
                        viewModel::redo);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.BACK_SPACE), viewModel::deleteSelection);
            }
        });
    }

    /** Wires the window: its title and the prompt before closing over unsaved changes. */
    public void attach(Stage stage) {
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setOnCloseRequest(event -> {
            if (!mayDiscard()) {
                event.consume();
            }
        });
    }

    public DiagramCanvas canvas() {
        return canvas;
    }

    /** View > Snap to Grid, which the canvas follows. */
    public javafx.beans.property.BooleanProperty snapToGridProperty() {
        return snapItem.selectedProperty();
    }

    /** The window's split panes by the names their dividers are remembered under. */
    public java.util.Map<String, SplitPane> splitPanes() {
        java.util.Map<String, SplitPane> splits = new java.util.LinkedHashMap<>();
        splits.put("center", centerSplit);
        splits.put("side", sideSplit);
        return splits;
    }

    /** What Edit > Preferences does; the application supplies it, as it owns the settings. */
    public void setOnPreferences(Runnable action) {
        onPreferences = action;
    }

    @FXML
    private void preferences() {
        onPreferences.run();
    }

    @FXML
    private void showShortcuts() {
        dev.productscope.ui.help.ShortcutsDialog.show(window(), menuBar);
    }

    @FXML
    private void showFormatReference() {
        dev.productscope.ui.help.FormatReference.show(window());
    }

    @FXML
    private void showAbout() {
        dev.productscope.ui.help.AboutDialog.show(window(), viewModel.getCatalog().layers());
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    boolean mayDiscard() {
        return files.mayDiscard();
    }

    /** Opens the file named on the command line; one that does not load is explained and the editor stays as it is. */
    public void openFromCommandLine(Path file) {
        files.openFile(file);
        canvas.fitUntilTouched();
    }

    @FXML
    private void showCatalogs() {
        CatalogsDialog.show(window(), viewModel);
    }

    @FXML
    private void showAnalysis() {
        sideTabs.getSelectionModel().select(analysisTab);
    }

    /** Shows the findings, checklist and activities below the diagram, or gives the diagram all the room. */
    public void showDock(boolean shown) {
        centerSplit.setDividerPositions(shown ? 0.66 : 1.0);
    }

    /** Gives the bottom dock room to work in when the user asks for one of its tabs. */
    private void raiseDock() {
        if (centerSplit.getDividerPositions()[0] > 0.5) {
            centerSplit.setDividerPositions(0.45);
        }
    }

    @FXML
    private void showFindings() {
        raiseDock();
        bottomTabs.getSelectionModel().select(findingsTab);
        findingsController.focusFilter();
    }

    @FXML
    private void showChecklist() {
        raiseDock();
        bottomTabs.getSelectionModel().select(checklistTab);
    }

    @FXML
    private void showActivities() {
        raiseDock();
        bottomTabs.getSelectionModel().select(activitiesTab);
    }

    @FXML
    private void newModel() {
        if (mayDiscard()) {
            viewModel.newModel();
            canvas.zoomActual();
        }
    }

    @FXML
    private void open() {
        files.open();
    }

    @FXML
    private void save() {
        files.saveOrAsk();
    }

    @FXML
    private void saveAs() {
        files.saveAsOrCancel();
    }

    @FXML
    private void export() {
        ExportDialog.show(window(), viewModel, ExportDialogModel.forUser(viewModel));
    }

    @FXML
    private void quit() {
        if (mayDiscard()) {
            Platform.exit();
        }
    }

    @FXML
    private void undo() {
        viewModel.undo();
    }

    @FXML
    private void redo() {
        viewModel.redo();
    }

    @FXML
    private void cut() {
        viewModel.clipboard().cut();
    }

    @FXML
    private void copy() {
        viewModel.clipboard().copy();
    }

    @FXML
    private void paste() {
        viewModel.clipboard().paste();
    }

    @FXML
    private void duplicate() {
        viewModel.clipboard().duplicate();
    }

    @FXML
    private void delete() {
        viewModel.deleteSelection();
    }

    @FXML
    private void selectAll() {
        viewModel.selectAll();
    }

    @FXML
    private void zoomIn() {
        canvas.zoomBy(1.25);
    }

    @FXML
    private void zoomOut() {
        canvas.zoomBy(0.8);
    }

    @FXML
    private void zoomFit() {
        canvas.fit();
    }

    @FXML
    private void zoomActual() {
        canvas.zoomActual();
    }

    @FXML
    private void addProduct() {
        productsView.add();
    }

    @FXML
    private void renameProduct() {
        productsView.rename();
    }

    @FXML
    private void chooseDevices() {
        productsView.chooseDevices();
    }

    @FXML
    private void deleteProduct() {
        productsView.delete();
    }
}
