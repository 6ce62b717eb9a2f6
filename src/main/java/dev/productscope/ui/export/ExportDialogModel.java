package dev.productscope.ui.export;

import dev.productscope.catalog.Applicability;
import dev.productscope.io.export.ExportContext;
import dev.productscope.io.export.ExportFiles;
import dev.productscope.io.export.ExportFormat;
import dev.productscope.io.export.ExportOptions;
import dev.productscope.io.export.ExportProgress;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import dev.productscope.ui.editor.EditorViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * File > Export: the format, the product, the diagram options and the file, remembered between
 * exports; {@link #prepare()} turns them into a job that can run off the UI thread. Tested without a window.
 */
public final class ExportDialogModel {

    private final EditorViewModel editor;
    private final Preferences preferences;
    private final Clock clock;
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format");
    /** The product a per-product export is limited to; {@code null} for every product. */
    private final StringProperty productId = new SimpleStringProperty(this, "productId");
    private final BooleanProperty legend = new SimpleBooleanProperty(this, "legend");
    private final BooleanProperty titleBlock = new SimpleBooleanProperty(this, "titleBlock");
    private final BooleanProperty findingsKey = new SimpleBooleanProperty(this, "findingsKey");
    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale");
    private final Set<String> hiddenBoundaries = new LinkedHashSet<>();
    private final ObjectProperty<Path> target = new SimpleObjectProperty<>(this, "target");

    public ExportDialogModel(EditorViewModel editor, Preferences preferences, Clock clock) {
        this.editor = editor;
        this.preferences = preferences;
        this.clock = clock;
        ExportDefaults defaults = ExportDefaults.load(preferences);
        format.set(defaults.format());
        legend.set(defaults.legend());
        titleBlock.set(defaults.titleBlock());
        findingsKey.set(defaults.findingsKey());
        scale.set(defaults.scale());
        hiddenBoundaries.addAll(editor.hiddenProducts());
        productId.set(editor.selectedProduct().orElse(null));
        format.addListener((obs, old, now) -> retarget());
        retarget();
    }

    public static ExportDialogModel forUser(EditorViewModel editor) {
        return new ExportDialogModel(editor, dev.productscope.ui.UserNodes.node("export"), Clock.systemUTC());
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public StringProperty productIdProperty() {
        return productId;
    }

    public BooleanProperty legendProperty() {
        return legend;
    }

    public BooleanProperty titleBlockProperty() {
        return titleBlock;
    }

    public BooleanProperty findingsKeyProperty() {
        return findingsKey;
    }

    public DoubleProperty scaleProperty() {
        return scale;
    }

    public ObjectProperty<Path> targetProperty() {
        return target;
    }

    /** Products whose boundaries the diagram leaves out; the canvas's hidden products to begin with. */
    public Set<String> hiddenBoundaries() {
        return hiddenBoundaries;
    }

    /** The folder of the last export, or the folder of the model file, or the user's home. */
    public Path folder() {
        String last = preferences.get("folder", null);
        if (last != null) {
            return Path.of(last);
        }
        Path file = editor.fileProperty().get();
        return file != null && file.toAbsolutePath().getParent() != null ? file.toAbsolutePath().getParent()
                : Path.of(System.getProperty("user.home"));
    }

    /** A file name from the model's name and the format's ending, e.g. {@code Remote-backends.cdx.json}. */
    public String suggestedFileName() {
        String base = editor.getModel().name().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return (base.isEmpty() ? "model" : base) + (productId.get() == null ? "" : "-" + productId.get())
                + format.get().defaultExtension();
    }

    // Keeps the chosen file's ending in step with the format, so that the file says what it holds.
    private void retarget() {
        Path current = target.get();
        if (current != null && ExportFormat.forFile(current).orElse(null) != format.get()) {
            String name = current.getFileName().toString();
            String stem = ExportFormat.forFile(current).map(f -> name.substring(0, name.length() - f.extension().length()))
                    .orElse(name);
            Path parent = current.toAbsolutePath().getParent();
            target.set(parent.resolve(stem + format.get().defaultExtension()));
        }
    }

    /** What stops the export from running, for the dialog to show; empty when it can run. */
    public Optional<String> problem() {
        Model model = editor.getModel();
        if (target.get() == null) {
            return Optional.of("Choose the file to write.");
        }
        if (format.get() == ExportFormat.CYCLONEDX && productId.get() == null && model.products().size() != 1) {
            return Optional.of("A CycloneDX BOM is made for one product: choose the product.");
        }
        if (productId.get() != null && model.product(productId.get()).isEmpty()) {
            return Optional.of("The product '" + productId.get() + "' is no longer in the model.");
        }
        return Optional.empty();
    }

    /**
     * The export as a job for a background thread: it works on its own copy of what applies (the
     * model and analysis are immutable), so the editor can go on while it runs.
     */
    public Job prepare() {
        String why = problem().orElse(null);
        if (why != null) {
            throw new IllegalStateException(why);
        }
        remember();
        Set<String> hidden = new LinkedHashSet<>(hiddenBoundaries);
        hidden.retainAll(editor.getModel().products().stream().map(Product::id).toList());
        ExportOptions options = new ExportOptions(hidden, legend.get(), titleBlock.get(), findingsKey.get(),
                scale.get());
        Applicability applicability = new Applicability(editor.getCatalog(), editor.getAnalysis());
        ExportContext context = new ExportContext(applicability, options, productId.get(), clock.instant(), null,
                null);
        return new Job(format.get(), target.get(), context);
    }

    private void remember() {
        new ExportDefaults(format.get(), legend.get(), titleBlock.get(), findingsKey.get(), scale.get()).store(preferences);
        Path parent = target.get().toAbsolutePath().getParent();
        if (parent != null) {
            preferences.put("folder", parent.toString());
        }
    }

    /** One export to run: safe to run on any thread. */
    public record Job(ExportFormat format, Path target, ExportContext context) {

        /** Writes the file whole, or leaves none; throws ExportException (or ExportCancelledException) saying why. */
        public void run(ExportProgress progress) {
            ExportFiles.write(target, format, context.withProgress(progress));
        }
    }
}
