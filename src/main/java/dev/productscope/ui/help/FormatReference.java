package dev.productscope.ui.help;

import dev.productscope.ui.ExternalLinks;
import dev.productscope.ui.FxmlWindows;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Controller of {@code FormatReference.fxml}, Help > File Format Reference: the README's "File
 * format" section, the JSON schema to save, and the section as a page in the browser. It stays
 * open beside the editor.
 */
public final class FormatReference {

    private static Stage open;

    @FXML
    private ScrollPane page;
    @FXML
    private Label status;
    @FXML
    private Button close;

    private final FormatReferenceModel model;
    private Path lastFolder;

    private FormatReference(FormatReferenceModel model) {
        this.model = model;
    }

    /** Opens the window over {@code owner}, or brings the open one to the front; returns its stage. */
    public static Stage show(Window owner) {
        if (FxmlWindows.raise(open)) {
            return open;
        }
        FormatReference controller = new FormatReference(FormatReferenceModel.bundled());
        Stage stage = FxmlWindows.create(owner, "File Format Reference",
                FormatReference.class.getResource("FormatReference.fxml"), controller, Modality.NONE);
        open = stage;
        stage.setOnHidden(e -> open = null);
        stage.show();
        return stage;
    }

    @FXML
    private void initialize() {
        // Links into the source tree became text; a web link opens in the browser.
        page.setContent(MarkdownView.render(model.document(), url -> status.setText(ExternalLinks.open(url))));
    }

    @FXML
    private void saveSchema() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save JSON schema");
        chooser.setInitialFileName(FormatReferenceModel.SCHEMA_FILE_NAME);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON schema (*.json)", "*.json"));
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        File file = chooser.showSaveDialog(window());
        if (file == null) {
            return;
        }
        Path target = file.toPath().toAbsolutePath();
        lastFolder = target.getParent();
        try {
            model.saveSchema(target);
            status.setText("Saved the schema to " + target);
        } catch (IOException | RuntimeException e) {
            status.setText("The schema could not be saved to " + target + ": " + e.getMessage());
        }
    }

    @FXML
    private void openInBrowser() {
        try {
            Path folder = Files.createTempDirectory("productscope-help");
            Path page = model.writeHtml(folder);
            // Deleted in the reverse order of registration: the page, then its folder.
            folder.toFile().deleteOnExit();
            page.toFile().deleteOnExit();
            status.setText(ExternalLinks.open(page.toUri().toString()));
        } catch (IOException | RuntimeException e) {
            status.setText("The page could not be written: " + e.getMessage());
        }
    }

    @FXML
    private void close() {
        window().hide();
    }

    private Window window() {
        return close.getScene().getWindow();
    }
}
