package dev.productscope.ui.checklist;

import dev.productscope.catalog.Applicability;
import dev.productscope.catalog.Checklist;
import dev.productscope.catalog.ChecklistItem;
import dev.productscope.catalog.Progress;
import dev.productscope.edit.SetChecklistEntry;
import dev.productscope.model.ChecklistEntry;
import dev.productscope.model.ChecklistStatus;
import dev.productscope.model.Model;
import dev.productscope.model.OwnerRole;
import dev.productscope.ui.editor.EditorViewModel;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The checklist of the product chosen: its items, filtered, with progress, and the edits of an
 * item's status, owner, justification and evidence as undoable commands. Tested without a window.
 */
public final class ChecklistViewModel {

    /** Which items to show. */
    public enum Show {
        ALL("All items"), OPEN("Not assessed"), NEEDS_JUSTIFICATION("Needs a justification"),
        ASSESSED("Assessed"), ORPHANED("Orphaned");

        private final String label;

        Show(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final EditorViewModel editor;
    private final ObservableList<ProductChoice> products = FXCollections.observableArrayList();
    private final StringProperty productId = new SimpleStringProperty(this, "productId");
    private final ObservableList<ChecklistItem> items = FXCollections.observableArrayList();
    private final FilteredList<ChecklistItem> shown = new FilteredList<>(items);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<Show> show = new SimpleObjectProperty<>(this, "show", Show.ALL);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private Checklist checklist;

    public ChecklistViewModel(EditorViewModel editor) {
        this.editor = editor;
        editor.applicabilityProperty().addListener((obs, old, applicability) -> refresh());
        editor.selection().addListener((javafx.collections.SetChangeListener<String>) change ->
                editor.selectedProduct().ifPresent(productId::set));
        productId.addListener((obs, old, id) -> refresh());
        filter.addListener((obs, old, text) -> applyFilter());
        show.addListener((obs, old, value) -> applyFilter());
        refresh();
    }

    public ObservableList<ProductChoice> products() {
        return products;
    }

    public StringProperty productIdProperty() {
        return productId;
    }

    /** The items the filter lets through, component by component, product-wide items after, orphans last. */
    public ObservableList<ChecklistItem> shownItems() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<Show> showProperty() {
        return show;
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The whole checklist of the chosen product, or {@code null} when the model has no products. */
    public Checklist checklist() {
        return checklist;
    }

    private void refresh() {
        Model model = editor.getModel();
        List<ProductChoice> choices = model.products().stream().map(p -> new ProductChoice(p.id(), p.name())).toList();
        if (!products.equals(choices)) {
            products.setAll(choices);
        }
        String id = productId.get();
        if (id == null || model.product(id).isEmpty()) {
            String fallback = editor.selectedProduct().orElse(model.products().isEmpty() ? null
                    : model.products().get(0).id());
            if (!Objects.equals(fallback, id)) {
                productId.set(fallback);
                return;
            }
        }
        Applicability applicability = editor.getApplicability();
        checklist = id == null || model.product(id).isEmpty() ? null : Checklist.of(applicability, id);
        items.setAll(checklist == null ? List.of() : checklist.items());
        Progress done = checklist == null ? Progress.NONE : checklist.progress();
        int unjustified = checklist == null ? 0 : checklist.unjustified().size();
        int orphans = checklist == null ? 0 : checklist.orphans().size();
        progress.set(done.fraction());
        progressText.set(checklist == null ? "No products" : "Assessed " + done.label()
                + (unjustified > 0 ? " · " + unjustified + " need a justification" : "")
                + (orphans > 0 ? " · " + orphans + " orphaned" : ""));
        applyFilter();
    }

    private void applyFilter() {
        String text = filter.get() == null ? "" : filter.get().trim().toLowerCase(Locale.ROOT);
        Show which = show.get() == null ? Show.ALL : show.get();
        shown.setPredicate(item -> passes(item, which) && (text.isEmpty() || matches(item, text)));
    }

    private static boolean passes(ChecklistItem item, Show which) {
        return switch (which) {
            case ALL -> true;
            case OPEN -> !item.isOrphaned() && item.entry().status() == ChecklistStatus.NOT_ASSESSED;
            case NEEDS_JUSTIFICATION -> !item.isOrphaned() && item.entry().lacksJustification();
            case ASSESSED -> !item.isOrphaned() && item.entry().isComplete();
            case ORPHANED -> item.isOrphaned();
        };
    }

    private static boolean matches(ChecklistItem item, String text) {
        ChecklistEntry entry = item.entry();
        return contains(item.label(), text) || contains(item.subject(), text) || contains(item.key(), text)
                || contains(entry.status().label(), text) || contains(entry.justification(), text)
                || contains(entry.evidence(), text) || entry.owner() != null && contains(entry.owner().label(), text);
    }

    private static boolean contains(String value, String text) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(text);
    }

    public boolean setStatus(ChecklistItem item, ChecklistStatus status) {
        boolean done = change(item, e -> e.withStatus(status));
        if (done && status.needsJustification() && item.entry().justification() == null) {
            editor.showMessage("\"" + status.label() + "\" needs a justification (ETSI EN 303 645 provision 4-1):"
                    + " the item counts as assessed once one is written");
        }
        return done;
    }

    public boolean setOwner(ChecklistItem item, OwnerRole owner) {
        return change(item, e -> e.withOwner(owner));
    }

    public boolean setJustification(ChecklistItem item, String text) {
        return change(item, e -> e.withJustification(text));
    }

    public boolean setEvidence(ChecklistItem item, String text) {
        return change(item, e -> e.withEvidence(text));
    }

    private boolean change(ChecklistItem item, UnaryOperator<ChecklistEntry> edit) {
        String id = productId.get();
        if (id == null) {
            return false;
        }
        ChecklistEntry current = editor.getModel().product(id).map(p -> p.checklist().get(item.key()))
                .orElse(item.entry());
        ChecklistEntry next = edit.apply(current == null ? item.entry() : current);
        if (next.equals(current) || current == null && next.isEmpty()) {
            return false;
        }
        String label = item.outcome() == null ? item.outcomeId() : item.outcome().code();
        return editor.execute(new SetChecklistEntry(id, item.key(), next,
                label + (item.componentId() == null ? "" : " on " + item.subject())));
    }
}
