package dev.productscope.ui.checklist;

import dev.productscope.catalog.Question;
import dev.productscope.edit.SetActivityAnswer;
import dev.productscope.model.ActivityAnswer;
import dev.productscope.model.AnswerStatus;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import dev.productscope.ui.editor.EditorViewModel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;

/**
 * The NISTIR 8259 activities questionnaire of one product, as the Activities tab shows it: which
 * product, how far its answers have come, the filtered questions and the edits, each one
 * {@link SetActivityAnswer} through the editor's command stack. Tested without a window.
 */
public final class ActivitiesViewModel {

    private final EditorViewModel editor;
    private final ObservableList<ProductChoice> products = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper productId = new ReadOnlyStringWrapper(this, "productId");
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyObjectWrapper<Questionnaire> questionnaire = new ReadOnlyObjectWrapper<>(this,
            "questionnaire", Questionnaire.none(""));
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");

    public ActivitiesViewModel(EditorViewModel editor) {
        this.editor = editor;
        // Applicability is replaced after every model change and every catalog change: one trigger for both.
        editor.applicabilityProperty().addListener((obs, old, now) -> refresh());
        editor.selection().addListener((SetChangeListener<String>) change -> followSelection());
        filter.addListener((obs, old, now) -> refresh());
        refresh();
        followSelection();
    }

    /** The status shown while {@code typed} is not committed yet: typing into an open question answers it. */
    public static AnswerStatus statusWhileTyping(Questionnaire.Row stored, String typed) {
        String text = typed == null ? "" : typed;
        if (text.equals(stored.text()) || text.isBlank()) {
            return stored.status();
        }
        return stored.status() == AnswerStatus.OPEN ? AnswerStatus.ANSWERED : stored.status();
    }

    /** Shows {@code id}'s answers, if the model has that product. */
    public void chooseProduct(String id) {
        if (id != null && editor.getModel().product(id).isPresent() && !id.equals(productId.get())) {
            productId.set(id);
            refresh();
        }
    }

    /**
     * Commits typed answer text; an open question becomes answered when the text is not empty.
     * Returns whether the model changed.
     */
    public boolean commitText(String forProduct, String questionId, String text) {
        Optional<Product> product = editor.getModel().product(forProduct);
        Optional<Question> question = question(questionId);
        if (product.isEmpty() || question.isEmpty()) {
            return false;
        }
        ActivityAnswer old = product.get().activities().get(questionId);
        AnswerStatus stored = old == null ? AnswerStatus.OPEN : old.status();
        ActivityAnswer typed = new ActivityAnswer(stored, text, old == null ? null : old.extensions());
        if (Objects.equals(typed.text(), old == null ? null : old.text())) {
            return false;
        }
        AnswerStatus status = stored == AnswerStatus.OPEN && typed.text() != null ? AnswerStatus.ANSWERED : stored;
        return execute(forProduct, question.get(), new ActivityAnswer(status, typed.text(), typed.extensions()));
    }

    /** Sets the status, together with the answer text as typed so far. Returns whether the model changed. */
    public boolean setStatus(String forProduct, String questionId, AnswerStatus status, String text) {
        Optional<Product> product = editor.getModel().product(forProduct);
        Optional<Question> question = question(questionId);
        if (product.isEmpty() || question.isEmpty() || status == null) {
            return false;
        }
        ActivityAnswer old = product.get().activities().get(questionId);
        ActivityAnswer next = new ActivityAnswer(status, text, old == null ? null : old.extensions());
        if (next.equals(old) || old == null && next.isEmpty()) {
            return false;
        }
        return execute(forProduct, question.get(), next);
    }

    /** The editor's undo, for the answer fields, which would otherwise undo only their own typing. */
    public void undo() {
        editor.undo();
    }

    public void redo() {
        editor.redo();
    }

    private boolean execute(String forProduct, Question question, ActivityAnswer answer) {
        return editor.execute(new SetActivityAnswer(forProduct, question.id(), answer, "'" + question.topic() + "'"));
    }

    private Optional<Question> question(String questionId) {
        return editor.getCatalog().questions().stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    private void followSelection() {
        editor.selectedProduct().ifPresent(this::chooseProduct);
    }

    private void refresh() {
        Model model = editor.getModel();
        List<ProductChoice> choices = model.products().stream().map(p -> new ProductChoice(p.id(), p.name())).toList();
        if (!choices.equals(products)) {
            products.setAll(choices);
        }
        String id = productId.get();
        if (id == null || model.product(id).isEmpty()) {
            id = choices.isEmpty() ? null : choices.get(0).id();
        }
        productId.set(id);
        Optional<Product> product = id == null ? Optional.empty() : model.product(id);
        Questionnaire next = product.map(p -> Questionnaire.of(editor.getCatalog(), p, filter.get()))
                .orElseGet(() -> Questionnaire.none(filter.get()));
        if (!next.equals(questionnaire.get())) {
            questionnaire.set(next);
        }
        if (product.isEmpty()) {
            summary.set("No products");
        } else if (next.overall().total() == 0) {
            summary.set("The catalogs in force have no activities");
        } else {
            summary.set("Activities " + next.overall().done() + "/" + next.overall().total() + " answered");
        }
        progress.set(product.isEmpty() ? 0 : next.overall().fraction());
    }

    public ObservableList<ProductChoice> products() {
        return products;
    }

    /** The product shown; {@code null} when the model has none. */
    public String getProductId() {
        return productId.get();
    }

    public ReadOnlyStringProperty productIdProperty() {
        return productId.getReadOnlyProperty();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public Questionnaire getQuestionnaire() {
        return questionnaire.get();
    }

    public ReadOnlyObjectProperty<Questionnaire> questionnaireProperty() {
        return questionnaire.getReadOnlyProperty();
    }

    /** "Activities 12/63 answered", or "No products". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
