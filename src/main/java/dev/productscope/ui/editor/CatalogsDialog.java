package dev.productscope.ui.editor;

import dev.productscope.ui.editor.CatalogsDialogModel.Entry;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Controller of {@code CatalogsDialog.fxml}, File > Catalogs: a thin view over {@link CatalogsDialogModel}. */
final class CatalogsDialog {

    @FXML
    private TableView<Entry> table;
    @FXML
    private TableColumn<Entry, String> titleColumn;
    @FXML
    private TableColumn<Entry, String> idColumn;
    @FXML
    private TableColumn<Entry, String> versionColumn;
    @FXML
    private TableColumn<Entry, String> originColumn;
    @FXML
    private Button removeButton;
    @FXML
    private Button upButton;
    @FXML
    private Button downButton;
    @FXML
    private TextArea problems;

    private final CatalogsDialogModel model;
    private Path lastFolder;

    private CatalogsDialog(CatalogsDialogModel model) {
        this.model = model;
    }

    /** Shows the dialog; OK puts the listed catalogs in force, or keeps it open with the problems listed. */
    static void show(Window owner, EditorViewModel viewModel) {
        CatalogsDialog controller = new CatalogsDialog(new CatalogsDialogModel(viewModel));
        Parent content;
        try {
            FXMLLoader loader = new FXMLLoader(CatalogsDialog.class.getResource("CatalogsDialog.fxml"));
            loader.setControllerFactory(type -> controller);
            content = loader.load();
        } catch (IOException e) {
            Dialogs.failed(owner, "Catalogs", "The catalogs dialog could not be shown.", e);
            return;
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Catalogs");
        dialog.setHeaderText("Catalogs in force");
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().add(CatalogsDialog.class.getResource("editor.css").toExternalForm());
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, event -> {
            if (!controller.model.apply()) {
                event.consume();
            }
        });
        // The problem area appears under the table: grow the window instead of squeezing the table.
        controller.model.problems().addListener((ListChangeListener<String>) change -> {
            if (dialog.getDialogPane().getScene() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        dialog.showAndWait();
    }

    @FXML
    private void initialize() {
        table.setItems(model.entries());
        column(titleColumn, Entry::title);
        column(idColumn, Entry::id);
        column(versionColumn, Entry::version);
        column(originColumn, Entry::origin);
        table.setRowFactory(t -> new EntryRow());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> updateButtons());
        model.entries().addListener((ListChangeListener<Entry>) change -> updateButtons());
        problems.textProperty().bind(model.problemsText());
        problems.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        updateButtons();
    }

    private static void column(TableColumn<Entry, String> column, Function<Entry, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    private Entry selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private void updateButtons() {
        removeButton.setDisable(!model.canRemove(selected()));
        upButton.setDisable(!model.canMoveUp(selected()));
        downButton.setDisable(!model.canMoveDown(selected()));
    }

    @FXML
    private void add() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add catalog file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("ProductScope catalogs (*.json)", "*.json"));
        if (lastFolder != null) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        File file = chooser.showOpenDialog(table.getScene().getWindow());
        if (file != null) {
            lastFolder = file.toPath().toAbsolutePath().getParent();
            table.getSelectionModel().select(model.add(file.toPath()));
        }
    }

    @FXML
    private void remove() {
        model.remove(selected());
    }

    @FXML
    private void moveUp() {
        Entry entry = selected();
        model.moveUp(entry);
        table.getSelectionModel().select(entry);
    }

    @FXML
    private void moveDown() {
        Entry entry = selected();
        model.moveDown(entry);
        table.getSelectionModel().select(entry);
    }

    /** The bundled catalog's row says why it cannot be removed or moved. */
    private static final class EntryRow extends TableRow<Entry> {

        private static final PseudoClass BUNDLED_ROW = PseudoClass.getPseudoClass("bundled");
        private static final Tooltip BUNDLED = new Tooltip("Ships with ProductScope: always first, not removable");

        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            boolean bundled = !empty && entry != null && entry.isBundled();
            setTooltip(bundled ? BUNDLED : entry == null || empty ? null : new Tooltip(entry.origin()));
            pseudoClassStateChanged(BUNDLED_ROW, bundled);
        }
    }
}
