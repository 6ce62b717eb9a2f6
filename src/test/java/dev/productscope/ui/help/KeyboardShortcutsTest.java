package dev.productscope.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.ui.help.KeyboardShortcuts.Group;
import dev.productscope.ui.help.KeyboardShortcuts.Shortcut;
import java.util.List;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Help > Keyboard Shortcuts without a window: the rows read from a menu bar, and the filter. */
class KeyboardShortcutsTest {

    private static final String UNDO = keys(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final String SAVE_AS = keys(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static String keys(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers).getDisplayText();
    }

    private static MenuItem item(String text, KeyCombination accelerator) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(accelerator);
        return item;
    }

    /** A menu bar like the editor's: mnemonics, separators, a submenu two deep, items without keys. */
    private static MenuBar menuBar() throws Exception {
        return FxToolkit.setupFixture(() -> {
            Menu recent = new Menu("Open _Recent", null, new MenuItem("old.json"),
                    item("_Pinned", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN)));
            Menu more = new Menu("_More", null, new Menu("_Deeper", null,
                    item("Deep__est", new KeyCodeCombination(KeyCode.F7))));
            MenuItem hidden = item("_Hidden", new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN));
            hidden.setVisible(false);
            CheckMenuItem snap = new CheckMenuItem("_Snap to Grid");
            snap.setAccelerator(new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN));
            Menu file = new Menu("_File", null,
                    item("_Save As…", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
                            KeyCombination.SHIFT_DOWN)),
                    recent, new SeparatorMenuItem(), new MenuItem("_Catalogs…"), hidden, more);
            Menu edit = new Menu("_Edit", null, item("_Undo", new KeyCodeCombination(KeyCode.Z,
                    KeyCombination.SHORTCUT_DOWN)), snap);
            Menu empty = new Menu("_Window", null, new MenuItem("Nothing with a key"));
            return new MenuBar(file, edit, empty);
        });
    }

    @Test
    void readsEveryAcceleratorWithItsMenuPath() throws Exception {
        List<Shortcut> shortcuts = KeyboardShortcuts.fromMenus(menuBar().getMenus());

        assertThat(shortcuts).containsExactly(
                new Shortcut("File", "File > Save As…", SAVE_AS),
                new Shortcut("File", "File > Open Recent > Pinned", keys(KeyCode.R, KeyCombination.SHORTCUT_DOWN)),
                new Shortcut("File", "File > More > Deeper > Deep_est", keys(KeyCode.F7)),
                new Shortcut("Edit", "Edit > Undo", UNDO),
                new Shortcut("Edit", "Edit > Snap to Grid", keys(KeyCode.G, KeyCombination.SHORTCUT_DOWN)));
        assertThat(shortcuts.get(1).action()).isEqualTo("Open Recent > Pinned");
        assertThat(UNDO).as("the platform's own writing").isIn("Ctrl+Z", "⌘Z");
    }

    @Test
    void groupsByMenuThenTheKeysNoMenuShows() throws Exception {
        List<Shortcut> all = new java.util.ArrayList<>(KeyboardShortcuts.fromMenus(menuBar().getMenus()));
        all.addAll(KeyboardShortcuts.withoutMenus());

        List<Group> groups = KeyboardShortcuts.groups(all);

        assertThat(groups).extracting(Group::name).containsExactly("File", "Edit", KeyboardShortcuts.CANVAS,
                KeyboardShortcuts.PANELS);
        assertThat(groups.get(1).shortcuts()).extracting(Shortcut::action).containsExactly("Undo", "Snap to Grid");
        Group canvas = groups.get(2);
        assertThat(canvas.shortcuts()).extracting(Shortcut::keys).contains(
                keys(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), keys(KeyCode.BACK_SPACE), "F2 or double-click",
                "Esc", "Arrow keys");
        assertThat(canvas.shortcuts()).anySatisfy(s -> assertThat(s.keys()).startsWith("Space+drag"));
    }

    @Test
    void theFilterKeepsMatchingRowsByActionOrKey() throws Exception {
        List<Group> groups = KeyboardShortcuts.groups(KeyboardShortcuts.fromMenus(menuBar().getMenus()));

        assertThat(KeyboardShortcuts.filter(groups, "  UNDO ")).singleElement().satisfies(g -> {
            assertThat(g.name()).isEqualTo("Edit");
            assertThat(g.shortcuts()).extracting(Shortcut::action).containsExactly("Undo");
        });
        assertThat(KeyboardShortcuts.filter(groups, "f7")).flatExtracting(Group::shortcuts)
                .extracting(Shortcut::action).containsExactly("More > Deeper > Deep_est");
        assertThat(KeyboardShortcuts.filter(groups, "recent")).flatExtracting(Group::shortcuts)
                .extracting(Shortcut::action).containsExactly("Open Recent > Pinned");
        assertThat(KeyboardShortcuts.filter(groups, "edit")).extracting(Group::name).containsExactly("Edit");
        assertThat(KeyboardShortcuts.filter(groups, "no such thing")).isEmpty();
        assertThat(KeyboardShortcuts.filter(groups, "")).isEqualTo(groups);
        assertThat(KeyboardShortcuts.filter(groups, null)).isEqualTo(groups);
    }

    @Test
    void plainTextDropsMnemonicMarks() {
        assertThat(KeyboardShortcuts.plainText(new MenuItem("Save _As…"))).isEqualTo("Save As…");
        assertThat(KeyboardShortcuts.plainText(new MenuItem("snake__case"))).isEqualTo("snake_case");
        MenuItem literal = new MenuItem("keep_this");
        literal.setMnemonicParsing(false);
        assertThat(KeyboardShortcuts.plainText(literal)).isEqualTo("keep_this");
        assertThat(KeyboardShortcuts.plainText(new MenuItem())).isEmpty();
    }
}
