package dev.productscope.ui.editor;

import dev.productscope.catalog.Catalog;
import dev.productscope.catalog.CatalogInfo;
import dev.productscope.io.CatalogReader;
import dev.productscope.io.FileProblem;
import dev.productscope.io.ModelFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What File > Catalogs edits: the bundled catalog, always first, then the user's catalog files in
 * the order they are laid over it. Nothing is in force until {@link #apply()}. Tested without a window.
 */
final class CatalogsDialogModel {

    /**
     * One row of the dialog.
     *
     * @param file {@code null} for the bundled catalog
     * @param info {@code null} for a file that has not been read successfully
     */
    record Entry(Path file, CatalogInfo info) {

        boolean isBundled() {
            return file == null;
        }

        String title() {
            return info != null ? info.title() : file.getFileName() + " (not read)";
        }

        String id() {
            return info == null ? "—" : info.id();
        }

        String version() {
            return info == null ? "—" : info.catalogVersion();
        }

        /** "bundled", or the file's full path, which tells two files of the same name apart. */
        String origin() {
            return file == null ? "bundled" : file.toString();
        }
    }

    private final EditorViewModel viewModel;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final StringBinding problemsText = Bindings.createStringBinding(this::describeProblems, problems);

    CatalogsDialogModel(EditorViewModel viewModel) {
        this.viewModel = viewModel;
        List<CatalogInfo> layers = viewModel.getCatalog().layers();
        entries.add(new Entry(null, layers.get(0)));
        int next = 1;
        for (Path file : viewModel.userCatalogFiles()) {
            // A file left out at start (it did not read) has no layer: it shows as not read.
            CatalogInfo info = null;
            if (next < layers.size() && layers.get(next).origin().equals(String.valueOf(file.getFileName()))) {
                info = layers.get(next++);
            }
            entries.add(new Entry(file, info));
        }
    }

    ObservableList<Entry> entries() {
        return entries;
    }

    /** Each problem as "file:line:column: JSON path: message"; empty when there are none. */
    ObservableList<String> problems() {
        return problems;
    }

    /** What the dialog's problem area says: what happens now, then each problem on a paragraph of its own. */
    StringBinding problemsText() {
        return problemsText;
    }

    private String describeProblems() {
        if (problems.isEmpty()) {
            return "";
        }
        String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return "The catalogs in force stay as they were: " + count + " to fix, or remove the file, before OK.\n\n"
                + String.join("\n\n", problems);
    }

    /** The user's files in order, without the bundled catalog. */
    List<Path> files() {
        return entries.stream().filter(e -> !e.isBundled()).map(Entry::file).toList();
    }

    /**
     * Adds {@code file} at the end, or returns the entry that already lists it. The list is read
     * at once so the row can show the catalog's title and any problem shows before OK.
     */
    Entry add(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        Optional<Entry> listed = entries.stream().filter(e -> normal.equals(e.file())).findFirst();
        if (listed.isPresent()) {
            return listed.get();
        }
        List<Path> files = new ArrayList<>(files());
        files.add(normal);
        CatalogInfo info = null;
        try {
            Catalog preview = CatalogReader.withUserCatalogs(files);
            info = preview.layers().get(preview.layers().size() - 1);
            problems.clear();
        } catch (ModelFileException e) {
            problems.setAll(e.problems().stream().map(FileProblem::toString).toList());
        }
        Entry entry = new Entry(normal, info);
        entries.add(entry);
        return entry;
    }

    boolean canRemove(Entry entry) {
        return entry != null && !entry.isBundled();
    }

    boolean canMoveUp(Entry entry) {
        return canRemove(entry) && entries.indexOf(entry) > 1;
    }

    boolean canMoveDown(Entry entry) {
        int index = entries.indexOf(entry);
        return canRemove(entry) && index >= 0 && index < entries.size() - 1;
    }

    void remove(Entry entry) {
        if (canRemove(entry)) {
            entries.remove(entry);
            problems.clear();
        }
    }

    void moveUp(Entry entry) {
        if (canMoveUp(entry)) {
            swap(entries.indexOf(entry), entries.indexOf(entry) - 1);
        }
    }

    void moveDown(Entry entry) {
        if (canMoveDown(entry)) {
            swap(entries.indexOf(entry), entries.indexOf(entry) + 1);
        }
    }

    private void swap(int from, int to) {
        Entry moved = entries.get(from);
        entries.set(from, entries.get(to));
        entries.set(to, moved);
        problems.clear();
    }

    /**
     * Puts the listed catalogs in force and remembers the list. When a file does not read, the
     * catalogs in force stay as they were, the problems are listed and the result is false.
     */
    boolean apply() {
        problems.setAll(viewModel.useCatalogFiles(files()));
        return problems.isEmpty();
    }
}
