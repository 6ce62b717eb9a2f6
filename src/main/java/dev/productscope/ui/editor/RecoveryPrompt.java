package dev.productscope.ui.editor;

import dev.productscope.io.ModelFileException;
import dev.productscope.io.RecoveryStore.Recovery;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** At start after a crash: offers to restore the autosaved unsaved changes. */
public final class RecoveryPrompt {

    /** What the user chose. */
    public enum Choice { RESTORE, NOT_NOW }

    static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.YES);
    static final ButtonType NOT_NOW = new ButtonType("Not Now", ButtonBar.ButtonData.NO);

    private RecoveryPrompt() {
    }

    /** The question, e.g. "... Restore the unsaved changes to 'Home' (not saved yet) from 22 Nov 2026, 06:30:12?". */
    public static String question(Recovery recovery, ZoneId zone) {
        Path file = recovery.userFile();
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .format(recovery.savedAt().atZone(zone).toLocalDateTime());
        return "ProductScope did not close properly. Restore the unsaved changes to '" + recovery.model().name()
                + "' (" + (file == null ? "not saved yet" : file.toString()) + ") from " + when + "?";
    }

    /** Asks; closing the dialog counts as Not Now, which keeps the recovery for later. */
    public static Choice ask(Window owner, Recovery recovery) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question(recovery, ZoneId.systemDefault()),
                RESTORE, NOT_NOW);
        alert.initOwner(owner);
        alert.setTitle("Restore unsaved changes");
        alert.setHeaderText("Unsaved changes were recovered");
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == RESTORE ? Choice.RESTORE : Choice.NOT_NOW;
    }

    /** The recovery file exists but does not read: say where it is; it is kept for the user to look at. */
    public static void unreadable(Window owner, ModelFileException error) {
        Dialogs.cannotOpen(owner, error);
    }
}
