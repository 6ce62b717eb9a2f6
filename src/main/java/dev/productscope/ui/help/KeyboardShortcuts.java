package dev.productscope.ui.help;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The keyboard shortcuts Help > Keyboard Shortcuts lists: those of the menus, read from the menu
 * items' accelerators so they cannot drift from the menus, then the canvas's own keys and
 * gestures, which no menu shows. Tested without a window.
 */
final class KeyboardShortcuts {

    static final String CANVAS = "Canvas";
    static final String PANELS = "Panels";

    /**
     * One shortcut.
     *
     * @param group the top menu ("Edit"), or {@link #CANVAS} or {@link #PANELS}
     * @param path the menu path, "Edit > Undo", or what the gesture does, "Canvas > Pan"
     * @param keys as the platform writes them, "Ctrl+Z" on Linux and Windows, "⌘Z" on a Mac
     */
    record Shortcut(String group, String path, String keys) {

        /** The path below the group: "Undo", "Open Recent > model.json". */
        String action() {
            return path.startsWith(group + SEPARATOR) ? path.substring(group.length() + SEPARATOR.length()) : path;
        }

        boolean matches(String filter) {
            String wanted = filter.strip().toLowerCase(Locale.ROOT);
            return wanted.isEmpty() || path.toLowerCase(Locale.ROOT).contains(wanted)
                    || keys.toLowerCase(Locale.ROOT).contains(wanted);
        }
    }

    /** The shortcuts of one group, in menu order. */
    record Group(String name, List<Shortcut> shortcuts) {

        Group {
            shortcuts = List.copyOf(shortcuts);
        }
    }

    static final String SEPARATOR = " > ";

    private KeyboardShortcuts() {
    }

    /** Every menu item with an accelerator, menus and submenus walked in order; hidden items left out. */
    static List<Shortcut> fromMenus(List<Menu> menus) {
        List<Shortcut> shortcuts = new ArrayList<>();
        for (Menu menu : menus) {
            if (menu.isVisible()) {
                String group = plainText(menu);
                collect(menu, group, group, shortcuts);
            }
        }
        return shortcuts;
    }

    private static void collect(Menu menu, String group, String path, List<Shortcut> into) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof SeparatorMenuItem || !item.isVisible()) {
                continue;
            }
            String itemPath = path + SEPARATOR + plainText(item);
            if (item.getAccelerator() != null) {
                into.add(new Shortcut(group, itemPath, item.getAccelerator().getDisplayText()));
            }
            if (item instanceof Menu submenu) {
                collect(submenu, group, itemPath, into);
            }
        }
    }

    /** The item's text as the menu shows it: mnemonic underscores dropped, a doubled one kept as one. */
    static String plainText(MenuItem item) {
        String text = item.getText() == null ? "" : item.getText();
        if (!item.isMnemonicParsing()) {
            return text;
        }
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '_') {
                    plain.append('_');
                    i++;
                }
                continue;
            }
            plain.append(c);
        }
        return plain.toString();
    }

    /**
     * The keys and gestures the canvas and panels handle themselves (CanvasInput, InlineEditor,
     * EditorView's scene accelerators, PaletteView, FindingsView, AnswerEditor): keep in step with them.
     */
    static List<Shortcut> withoutMenus() {
        String shortcut = modifierName(KeyCombination.SHORTCUT_DOWN);
        String redo = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN).getDisplayText();
        String backspace = new KeyCodeCombination(KeyCode.BACK_SPACE).getDisplayText();
        String shift = modifierName(KeyCombination.SHIFT_DOWN);
        return List.of(
                canvas("Pan", "Space+drag or middle-button drag"),
                canvas("Scroll", "Mouse wheel"),
                canvas("Zoom at the pointer", shortcut + "+mouse wheel"),
                canvas("Zoom in", "+ or ="),
                canvas("Zoom out", "-"),
                canvas("Nudge the selection by 1 px", "Arrow keys"),
                canvas("Nudge the selection by two grid steps", shift + "+arrow keys"),
                canvas("Add to or remove from the selection", shift + "+click or " + shortcut + "+click"),
                canvas("Select with a rubber band", "Drag on empty space"),
                canvas("Add a rubber band to the selection", shift + "+drag on empty space"),
                canvas("Delete the selection, as Delete does", backspace),
                canvas("Redo", redo),
                canvas("Rename the selected element", "F2 or double-click"),
                canvas("Keep or cancel a rename", "Enter / Esc"),
                canvas("Cancel placing or dragging, else clear the selection", "Esc"),
                canvas("Connect the selected component to another", "Drag from its dot"),
                canvas("Open the canvas menu", "Right-click or Menu key"),
                new Shortcut(PANELS, PANELS + SEPARATOR + "Palette: place the chosen element at the next click",
                        "Enter"),
                new Shortcut(PANELS, PANELS + SEPARATOR + "Findings: select the finding's subjects", "Enter"),
                new Shortcut(PANELS, PANELS + SEPARATOR + "Activities: keep the answer", shortcut + "+Enter"),
                new Shortcut(PANELS, PANELS + SEPARATOR + "Activities: drop the typing in an answer", "Esc"));
    }

    private static Shortcut canvas(String what, String keys) {
        return new Shortcut(CANVAS, CANVAS + SEPARATOR + what, keys);
    }

    /** "Ctrl" or "Shift" on Linux and Windows, "⌘" or "⇧" on a Mac: the platform's own way of writing it. */
    private static String modifierName(KeyCombination.Modifier modifier) {
        String text = new KeyCodeCombination(KeyCode.A, modifier).getDisplayText();
        String name = text.substring(0, text.length() - 1);
        return name.endsWith("+") ? name.substring(0, name.length() - 1) : name;
    }

    /** The menus' shortcuts then the others, grouped; groups in order of first appearance. */
    static List<Group> groups(List<Shortcut> shortcuts) {
        Map<String, List<Shortcut>> byGroup = new LinkedHashMap<>();
        for (Shortcut s : shortcuts) {
            byGroup.computeIfAbsent(s.group(), g -> new ArrayList<>()).add(s);
        }
        return byGroup.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
    }

    /** The groups keeping only shortcuts whose path or keys contain {@code filter}, ignoring case; empty groups dropped. */
    static List<Group> filter(List<Group> groups, String filter) {
        String wanted = filter == null ? "" : filter;
        return groups.stream()
                .map(g -> new Group(g.name(), g.shortcuts().stream().filter(s -> s.matches(wanted)).toList()))
                .filter(g -> !g.shortcuts().isEmpty())
                .toList();
    }
}
