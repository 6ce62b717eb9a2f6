package dev.productscope.ui.editor;

import dev.productscope.io.ModelFileException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** New, Open, Save and Save As over the {@link EditorViewModel}, with their file choosers and the save-changes prompt. */
final class FileActions {

    private final EditorViewModel viewModel;
    private final DiagramCanvas canvas;
    private final Supplier<Window> window;

    FileActions(EditorViewModel viewModel, DiagramCanvas canvas, Supplier<Window> window) {
        this.viewModel = viewModel;
        this.canvas = canvas;
        this.window = window;
    }

    /** Whether the open document may be replaced: saved, or the user agreed. */
    boolean mayDiscard() {
        if (!viewModel.dirtyProperty().get()) {
            return true;
        }
        Optional<ButtonType> answer = Dialogs.askToSave(window.get(), viewModel.getModel().name());
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        return answer.get() != Dialogs.SAVE || saveOrAsk();
    }

    /** Opens {@code file}; one that does not load is explained and the editor stays as it is. */
    void openFile(Path file) {
        try {
            viewModel.open(file);
            canvas.fit();
        } catch (ModelFileException e) {
            Dialogs.cannotOpen(window.get(), e);
        }
    }

    void open() {
        if (mayDiscard()) {
            File file = chooser("Open model").showOpenDialog(window.get());
            if (file != null) {
                openFile(file.toPath());
            }
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("ProductScope models (*.json, *.productscope)",
                "*.json", "*.productscope"));
        Path current = viewModel.fileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        return chooser;
    }

    /** Saves to the document's file, or asks for one; false when nothing was saved. */
    boolean saveOrAsk() {
        try {
            return viewModel.save() || saveAsOrCancel();
        } catch (IOException e) {
            Dialogs.failed(window.get(), "Save failed", "The model was not saved; the file on disk is unchanged.", e);
            return false;
        }
    }

    boolean saveAsOrCancel() {
        FileChooser chooser = chooser("Save model as");
        chooser.setInitialFileName(viewModel.getModel().name().replaceAll("[^A-Za-z0-9._-]+", "-") + ".json");
        File file = chooser.showSaveDialog(window.get());
        if (file == null) {
            return false;
        }
        try {
            viewModel.saveAs(file.toPath());
            return true;
        } catch (IOException e) {
            Dialogs.failed(window.get(), "Save failed", "The model was not saved; the file on disk is unchanged.", e);
            return false;
        }
    }
}
