package dev.productscope.ui.help;

import dev.productscope.ui.FxmlWindows;
import dev.productscope.ui.help.KeyboardShortcuts.Group;
import dev.productscope.ui.help.KeyboardShortcuts.Shortcut;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Controller of {@code ShortcutsDialog.fxml}, Help > Keyboard Shortcuts: the menus' accelerators
 * and the canvas's own keys, grouped by menu, with a filter. It stays open beside the editor.
 */
public final class ShortcutsDialog {

    /** One line of the table: a group's heading, or a shortcut under it. */
    record Row(String action, String keys, boolean heading) {
    }

    private static Stage open;

    @FXML
    private TextField filter;
    @FXML
    private TreeTableView<Row> table;
    @FXML
    private TreeTableColumn<Row, String> actionColumn;
    @FXML
    private TreeTableColumn<Row, String> keysColumn;
    @FXML
    private Label count;
    @FXML
    private Button close;

    private final List<Group> groups;

    private ShortcutsDialog(List<Group> groups) {
        this.groups = groups;
    }

    /** Opens the window over {@code owner}, or brings the open one to the front; returns its stage. */
    public static Stage show(Window owner, MenuBar menuBar) {
        if (FxmlWindows.raise(open)) {
            return open;
        }
        List<Shortcut> shortcuts = new ArrayList<>(KeyboardShortcuts.fromMenus(menuBar.getMenus()));
        shortcuts.addAll(KeyboardShortcuts.withoutMenus());
        ShortcutsDialog controller = new ShortcutsDialog(KeyboardShortcuts.groups(shortcuts));
        Stage stage = FxmlWindows.create(owner, "Keyboard Shortcuts",
                ShortcutsDialog.class.getResource("ShortcutsDialog.fxml"), controller, Modality.NONE);
        open = stage;
        stage.setOnHidden(e -> open = null);
        stage.show();
        controller.filter.requestFocus();
        return stage;
    }

    @FXML
    private void initialize() {
        table.setRoot(new TreeItem<>());
        actionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue().action()));
        keysColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue().keys()));
        table.setRowFactory(t -> new HeadingRow());
        table.setPlaceholder(new Label("No shortcut matches the filter"));
        filter.textProperty().addListener((obs, old, text) -> show(text));
        show("");
    }

    private void show(String text) {
        List<Group> shown = KeyboardShortcuts.filter(groups, text);
        List<TreeItem<Row>> items = new ArrayList<>();
        int shortcuts = 0;
        for (Group group : shown) {
            TreeItem<Row> heading = new TreeItem<>(new Row(group.name(), "", true));
            for (Shortcut shortcut : group.shortcuts()) {
                heading.getChildren().add(new TreeItem<>(new Row(shortcut.action(), shortcut.keys(), false)));
            }
            heading.setExpanded(true);
            items.add(heading);
            shortcuts += group.shortcuts().size();
        }
        table.getRoot().getChildren().setAll(items);
        count.setText(shortcuts == 1 ? "1 shortcut" : shortcuts + " shortcuts");
    }

    @FXML
    private void close() {
        close.getScene().getWindow().hide();
    }

    /** A group's heading row, bold through the {@code :heading} pseudo class. */
    private static final class HeadingRow extends TreeTableRow<Row> {
        private static final PseudoClass HEADING = PseudoClass.getPseudoClass("heading");

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            pseudoClassStateChanged(HEADING, !empty && row != null && row.heading());
        }
    }
}
