package dev.productscope.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The program's own windows and dialogs: an FXML layout with its controller on a stage of its own over the editor. */
public final class FxmlWindows {

    private FxmlWindows() {
    }

    /** A resizable stage over {@code owner} (which may be null) showing {@code fxml}, not yet shown. */
    public static Stage create(Window owner, String title, URL fxml, Object controller, Modality modality) {
        Parent root;
        try {
            FXMLLoader loader = new FXMLLoader(fxml);
            loader.setControllerFactory(type -> controller);
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Scene scene = new Scene(root);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            // Stylesheets set on the editor's scene (a theme, a font size) apply here too.
            if (owner.getScene() != null) {
                scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            }
            if (owner instanceof Stage ownerStage) {
                stage.getIcons().setAll(ownerStage.getIcons());
            }
        }
        stage.initModality(modality);
        stage.setTitle(title);
        stage.setResizable(true);
        stage.setScene(scene);
        return stage;
    }

    /** Brings {@code stage} to the front when it is still open; false when it is null or closed. */
    public static boolean raise(Stage stage) {
        if (stage == null || !stage.isShowing()) {
            return false;
        }
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
        return true;
    }
}
