package dev.productscope.ui.editor;

import dev.productscope.io.ModelFileException;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** The editor's message boxes: never a stack trace, always what happened and where. */
final class Dialogs {

    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);

    private Dialogs() {
    }

    /** Save, Don't Save or Cancel before unsaved changes would be lost. */
    static Optional<ButtonType> askToSave(Window owner, String modelName) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Your changes will be lost if you don't save them.",
                SAVE, DISCARD, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to \"" + modelName + "\"?");
        return alert.showAndWait();
    }

    static void cannotOpen(Window owner, ModelFileException error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Cannot open model");
        int count = error.problems().size();
        alert.setHeaderText("\"" + error.file() + "\" cannot be opened: " + count
                + (count == 1 ? " problem." : " problems."));
        String details = error.problems().stream()
                .map(p -> (p.hasLocation() ? "line " + p.line() + ", column " + p.column() + "  " : "") + p.path()
                        + "\n    " + p.message())
                .collect(Collectors.joining("\n"));
        TextArea area = new TextArea(details);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(Math.min(12, 2 * count + 1));
        alert.getDialogPane().setContent(area);
        alert.showAndWait();
    }

    static void failed(Window owner, String title, String what, Exception error) {
        Alert alert = new Alert(Alert.AlertType.ERROR, error.getMessage() == null ? error.toString()
                : error.getMessage());
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(what);
        alert.showAndWait();
    }
}
