package dev.productscope.ui.editor;

import dev.productscope.io.BundledExamples;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/** The File menu's lists: Open Example with every bundled example, and Open Recent, refilled each time it opens. */
final class FileMenus {

    private FileMenus() {
    }

    static void fillExamples(Menu menu, Consumer<BundledExamples.Example> open) {
        for (BundledExamples.Example example : BundledExamples.all()) {
            MenuItem item = new MenuItem(example.title());
            item.setOnAction(e -> open.accept(example));
            menu.getItems().add(item);
        }
    }

    /** Keeps {@code menu} listing {@code files}, newest first; empty, it is disabled. */
    static void followRecent(Menu menu, Supplier<List<Path>> files, Consumer<Path> open) {
        menu.setOnShowing(e -> fillRecent(menu, files.get(), open));
        fillRecent(menu, files.get(), open);
    }

    private static void fillRecent(Menu menu, List<Path> files, Consumer<Path> open) {
        menu.getItems().clear();
        for (Path file : files) {
            MenuItem item = new MenuItem(file.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open.accept(file));
            menu.getItems().add(item);
        }
        menu.setDisable(files.isEmpty());
    }
}
