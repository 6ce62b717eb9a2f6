package dev.productscope.ui.editor;

import dev.productscope.analysis.Analysis;
import dev.productscope.analysis.Analyzer;
import dev.productscope.analysis.Finding;
import dev.productscope.analysis.Severity;
import dev.productscope.catalog.Applicability;
import dev.productscope.catalog.Catalog;
import dev.productscope.edit.Command;
import dev.productscope.edit.CommandException;
import dev.productscope.edit.CommandStack;
import dev.productscope.edit.DeleteElements;
import dev.productscope.edit.MoveElements;
import dev.productscope.io.CatalogReader;
import dev.productscope.io.ModelFileException;
import dev.productscope.io.ModelReader;
import dev.productscope.io.ModelWriter;
import dev.productscope.model.Model;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The open document and everything the editor shows of it, as properties the views bind to.
 * Every change goes through the command stack; the analysis reruns after each one. Tested
 * without a window.
 */
public final class EditorViewModel {

    public static final String APP = "ProductScope";

    private final CommandStack stack;
    private final RecentFiles recent;
    private final UserCatalogs userCatalogs;
    private final ReadOnlyObjectWrapper<Model> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP);
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private final ReadOnlyStringWrapper findingSummary = new ReadOnlyStringWrapper(this, "findingSummary", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableSet<String> selection = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableSet<String> hiddenProducts = FXCollections.observableSet(new LinkedHashSet<>());
    private final ReadOnlyObjectWrapper<Catalog> catalog = new ReadOnlyObjectWrapper<>(this, "catalog");
    private final ReadOnlyObjectWrapper<Applicability> applicability = new ReadOnlyObjectWrapper<>(this,
            "applicability");
    /** The document as of the last change; read through these so listeners see model and analysis agree. */
    private Model currentModel;
    private Analysis currentAnalysis;
    private final ClipboardActions clipboard = new ClipboardActions(this);

    public EditorViewModel(Model initial, RecentFiles recent) {
        this(initial, recent, CatalogReader.bundled());
    }

    public EditorViewModel(Model initial, RecentFiles recent, Catalog catalog) {
        this(initial, recent, catalog, null);
    }

    /** @param userCatalogs where File > Catalogs keeps the user's catalog files; {@code null}: nowhere */
    public EditorViewModel(Model initial, RecentFiles recent, Catalog catalog, UserCatalogs userCatalogs) {
        this.stack = new CommandStack(initial);
        this.recent = recent;
        this.userCatalogs = userCatalogs;
        this.catalog.set(catalog);
        stack.addListener(s -> refresh());
        refresh();
    }

    private void refresh() {
        Model current = stack.model();
        if (current != currentModel) {
            currentModel = current;
            currentAnalysis = Analyzer.analyze(current);
            selection.removeIf(id -> !current.containsId(id));
            hiddenProducts.removeIf(id -> current.product(id).isEmpty());
            analysis.set(currentAnalysis);
            applicability.set(new Applicability(catalog.get(), currentAnalysis));
            model.set(current);
        }
        dirty.set(stack.isDirty());
        canUndo.set(stack.canUndo());
        canRedo.set(stack.canRedo());
        undoText.set(stack.canUndo() ? "Undo " + stack.undoName() : "Undo");
        redoText.set(stack.canRedo() ? "Redo " + stack.redoName() : "Redo");
        title.set((dirty.get() ? "*" : "") + current.name() + " — " + APP);
        counts.set(current.zones().size() + " zones · " + current.components().size() + " components · "
                + current.links().size() + " links · " + current.flows().size() + " flows · "
                + current.products().size() + " products");
        long errors = count(Severity.ERROR);
        long warnings = count(Severity.WARNING);
        long info = count(Severity.INFO);
        findingSummary.set(errors + " errors · " + warnings + " warnings · " + info + " info");
    }

    private long count(Severity severity) {
        return currentAnalysis.findings().stream().map(Finding::severity).filter(severity::equals).count();
    }

    // --- documents ---

    /** Replaces the document; the caller has asked about unsaved changes first. */
    public void newModel() {
        file.set(null);
        selection.clear();
        stack.reset(Model.empty("Untitled"));
    }

    public void open(Path path) throws ModelFileException {
        Model loaded = new ModelReader().read(path);
        selection.clear();
        file.set(path);
        stack.reset(loaded);
        recent.add(path);
        message.set("Opened " + path);
    }

    /** Opens a model that has no file yet, such as a bundled example. */
    public void openUnsaved(Model loaded) {
        selection.clear();
        file.set(null);
        stack.reset(loaded);
    }

    /** Saves to the current file; false when there is none yet (the caller asks for one). */
    public boolean save() throws IOException {
        if (file.get() == null) {
            return false;
        }
        saveAs(file.get());
        return true;
    }

    public void saveAs(Path path) throws IOException {
        new ModelWriter().save(stack.model(), path);
        file.set(path);
        stack.markSaved();
        recent.add(path);
        message.set("Saved " + path);
    }

    public List<Path> recentFiles() {
        return recent.list();
    }

    // --- editing ---

    /** Runs a command; a refusal shows its message instead. Returns whether the model changed. */
    public boolean execute(Command command) {
        Model before = stack.model();
        try {
            stack.execute(command);
            message.set("");
        } catch (CommandException refused) {
            message.set(refused.getMessage());
        }
        return stack.model() != before;
    }

    /** Ends a gesture: its commands will not merge with the next. */
    public void endGesture() {
        stack.closeMerge();
    }

    public void undo() {
        stack.undo();
    }

    public void redo() {
        stack.redo();
    }

    public void deleteSelection() {
        if (!selection.isEmpty()) {
            execute(new DeleteElements(new ArrayList<>(selection)));
        }
    }

    /** Moves the selected zones and components; successive nudges are one undo step. */
    public void nudge(double dx, double dy) {
        List<String> movable = selection.stream()
                .filter(id -> currentModel.zone(id).isPresent() || currentModel.component(id).isPresent()).toList();
        if (!movable.isEmpty()) {
            execute(new MoveElements(movable, dx, dy));
        }
    }

    public void selectAll() {
        Model current = currentModel;
        selection.clear();
        current.zones().forEach(z -> selection.add(z.id()));
        current.components().forEach(c -> selection.add(c.id()));
        current.links().forEach(l -> selection.add(l.id()));
        current.flows().forEach(f -> selection.add(f.id()));
    }

    /** Cut, copy, paste and duplicate of the selection. */
    public ClipboardActions clipboard() {
        return clipboard;
    }

    // --- properties ---

    public CommandStack stack() {
        return stack;
    }

    public Model getModel() {
        return currentModel;
    }

    public ReadOnlyObjectProperty<Model> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public Analysis getAnalysis() {
        return currentAnalysis;
    }

    public ReadOnlyObjectProperty<Analysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty findingSummaryProperty() {
        return findingSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void showMessage(String text) {
        message.set(text);
    }

    public ObservableSet<String> selection() {
        return selection;
    }

    public ObservableSet<String> hiddenProducts() {
        return hiddenProducts;
    }

    public Catalog getCatalog() {
        return catalog.get();
    }

    public ReadOnlyObjectProperty<Catalog> catalogProperty() {
        return catalog.getReadOnlyProperty();
    }

    /** Puts another catalog in force; what applies is worked out again (views follow the applicability), the model is untouched. */
    public void setCatalog(Catalog newCatalog) {
        catalog.set(newCatalog);
        applicability.set(new Applicability(newCatalog, currentAnalysis));
    }

    /** The user's catalog files laid over the bundled catalog, as File > Catalogs lists them. */
    public List<Path> userCatalogFiles() {
        return userCatalogs == null ? List.of() : userCatalogs.list();
    }

    /**
     * Puts the bundled catalog with {@code files} laid over it in force and remembers the list;
     * when a file does not read, nothing changes and the problems come back for the user.
     */
    public List<String> useCatalogFiles(List<Path> files) {
        try {
            Catalog loaded = CatalogReader.withUserCatalogs(files);
            if (userCatalogs != null) {
                userCatalogs.set(files);
            }
            setCatalog(loaded);
            showMessage("Catalogs in force: " + loaded.describe());
            return List.of();
        } catch (ModelFileException e) {
            return e.problems().stream().map(Object::toString).toList();
        }
    }

    /** What the catalog says applies, for the current model; changes with the model and the catalog. */
    public Applicability getApplicability() {
        return applicability.get();
    }

    public ReadOnlyObjectProperty<Applicability> applicabilityProperty() {
        return applicability.getReadOnlyProperty();
    }

    /** The product the selection is about: a selected product, or the first product of a selected member. */
    public java.util.Optional<String> selectedProduct() {
        for (String id : selection) {
            if (currentModel.product(id).isPresent()) {
                return java.util.Optional.of(id);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Opens an autosaved model recovered after a crash as unsaved changes to {@code userFile}
     * (nullable: never saved): Save writes there, and Undo goes back to what the file holds.
     */
    public void restoreRecovered(Model recovered, Path userFile) {
        Model base = Model.empty(recovered.name());
        String note = "Restored unsaved changes";
        if (userFile != null) {
            try {
                base = new ModelReader().read(userFile);
            } catch (ModelFileException e) {
                note = "Restored unsaved changes; " + userFile + " itself does not read";
            }
        }
        selection.clear();
        file.set(userFile);
        stack.reset(base);
        execute(new Command() {
            @Override
            public String name() {
                return "Restore Unsaved Changes";
            }

            @Override
            public Model apply(Model model) {
                return recovered;
            }
        });
        stack.closeMerge();
        message.set(note);
    }
}
