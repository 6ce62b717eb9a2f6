package dev.productscope.ui.checklist;

import dev.productscope.catalog.Activity;
import dev.productscope.catalog.Progress;
import dev.productscope.ui.editor.EditorViewModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Controller of {@code ActivitiesView.fxml}: the NISTIR 8259 activities questionnaire of one
 * product. Rows are rebuilt only when the questions shown change; otherwise each row takes its
 * new answer in place, so focus, caret and scroll position stay where the user left them.
 */
public final class ActivitiesView {

    private record Header(Label label, ProgressBar bar) {
    }

    @FXML
    private ComboBox<ProductChoice> product;
    @FXML
    private Label summary;
    @FXML
    private ProgressBar progress;
    @FXML
    private TextField filter;
    @FXML
    private Label shown;
    @FXML
    private ScrollPane scroll;
    @FXML
    private VBox content;

    private final ActivitiesViewModel model;
    private final Map<String, AnswerEditor> editors = new LinkedHashMap<>();
    private final Map<String, Header> headers = new HashMap<>();
    private Node orphans;
    private Questionnaire drawn;
    private boolean syncing;

    public ActivitiesView(EditorViewModel viewModel) {
        this.model = new ActivitiesViewModel(viewModel);
    }

    @FXML
    private void initialize() {
        product.setItems(model.products());
        product.setButtonCell(new ChoiceCell());
        product.valueProperty().addListener((obs, old, chosen) -> {
            if (!syncing && chosen != null) {
                model.chooseProduct(chosen.id());
            }
        });
        model.productIdProperty().addListener(obs -> syncProduct());
        model.products().addListener((ListChangeListener<ProductChoice>) change -> syncProduct());
        summary.textProperty().bind(model.summaryProperty());
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.productIdProperty().isNotNull());
        filter.textProperty().bindBidirectional(model.filterProperty());
        shown.visibleProperty().bind(shown.textProperty().isNotEmpty());
        shown.managedProperty().bind(shown.visibleProperty());
        model.questionnaireProperty().addListener((obs, old, next) -> show(next));
        syncProduct();
        show(model.getQuestionnaire());
    }

    private void syncProduct() {
        syncing = true;
        product.setValue(model.products().stream().filter(c -> c.id().equals(model.getProductId())).findFirst()
                .orElse(null));
        product.setDisable(model.products().isEmpty());
        syncing = false;
    }

    private void show(Questionnaire next) {
        if (next.sameLayout(drawn)) {
            update(next);
        } else {
            rebuild(next);
        }
        drawn = next;
        shown.setText(next.productId() == null ? "" : next.shownLabel());
    }

    private void update(Questionnaire next) {
        for (Questionnaire.Block block : next.activities()) {
            Header header = headers.get(block.activity().id());
            header.label().setText(block.progress().label());
            header.bar().setProgress(block.progress().fraction());
            block.rows().forEach(row -> editors.get(row.question().id()).show(row));
        }
        if (!next.orphans().equals(drawn.orphans())) {
            content.getChildren().remove(orphans);
            orphans = orphansNode(next.orphans());
            if (orphans != null) {
                content.getChildren().add(orphans);
            }
        }
    }

    private void rebuild(Questionnaire next) {
        boolean sameView = drawn != null && Objects.equals(drawn.productId(), next.productId())
                && Objects.equals(drawn.filter(), next.filter());
        double scrolled = scroll.getVvalue();
        String focused = editors.values().stream().filter(AnswerEditor::hasFocus).map(AnswerEditor::questionId)
                .findFirst().orElse(null);
        editors.values().forEach(AnswerEditor::detach);
        editors.clear();
        headers.clear();
        List<Node> nodes = new ArrayList<>();
        if (next.productId() == null) {
            nodes.add(placeholder("No products yet: add one in the Products pane to answer the NISTIR 8259"
                    + " activities for it."));
        } else if (next.activities().isEmpty()) {
            nodes.add(placeholder(next.filter() == null || next.filter().isBlank()
                    ? "The catalogs in force have no activities." : "No question matches \"" + next.filter().trim()
                    + "\"."));
        }
        for (Questionnaire.Block block : next.activities()) {
            nodes.add(blockNode(next.productId(), block));
        }
        orphans = orphansNode(next.orphans());
        if (orphans != null) {
            nodes.add(orphans);
        }
        content.getChildren().setAll(nodes);
        if (sameView) {
            scroll.layout();
            scroll.setVvalue(scrolled);
            if (focused != null && editors.containsKey(focused)) {
                editors.get(focused).focus();
            }
        } else {
            scroll.setVvalue(0);
        }
    }

    private Node blockNode(String productId, Questionnaire.Block block) {
        Activity activity = block.activity();
        Label number = new Label(String.valueOf(activity.number()));
        number.getStyleClass().add("activity-number");
        number.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label(activity.title());
        title.setWrapText(true);
        title.getStyleClass().add("activity-title");
        Label meta = new Label("Section " + activity.section() + " · " + activity.phase());
        meta.getStyleClass().add("activity-meta");
        VBox about = new VBox(1, title, meta);
        HBox.setHgrow(about, Priority.ALWAYS);
        Progress done = block.progress();
        Label count = new Label(done.label());
        count.getStyleClass().add("activity-progress");
        count.setMinWidth(Region.USE_PREF_SIZE);
        ProgressBar bar = new ProgressBar(done.fraction());
        bar.setPrefWidth(90);
        bar.setMinWidth(60);
        headers.put(activity.id(), new Header(count, bar));
        HBox header = new HBox(10, number, about, count, bar);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("activity-header");
        VBox node = new VBox(header);
        node.getStyleClass().add("activity-block");
        for (Questionnaire.Row row : block.rows()) {
            AnswerEditor editor = new AnswerEditor(model, productId, row);
            editors.put(row.question().id(), editor);
            node.getChildren().add(editor.node());
        }
        return node;
    }

    /** The answers no catalog question owns: read-only, so they stay in the file as they are. */
    private static Node orphansNode(List<Questionnaire.Orphan> orphaned) {
        if (orphaned.isEmpty()) {
            return null;
        }
        Label title = new Label("Answers to questions the catalogs in force do not have (kept in the file, not"
                + " counted)");
        title.setWrapText(true);
        title.getStyleClass().add("activity-orphans-title");
        VBox box = new VBox(4, title);
        box.getStyleClass().add("activity-orphans");
        for (Questionnaire.Orphan orphan : orphaned) {
            String text = orphan.answer().text() == null ? "" : ": " + orphan.answer().text();
            Label line = new Label(orphan.questionId() + " · " + orphan.answer().status().label() + text);
            line.setWrapText(true);
            line.getStyleClass().add("activity-orphan");
            line.setUserData(orphan.questionId());
            box.getChildren().add(line);
        }
        return box;
    }

    private static Node placeholder(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("activities-placeholder");
        return label;
    }

    /** Shows the prompt again once the products are gone, which the default button cell forgets to do. */
    private final class ChoiceCell extends ListCell<ProductChoice> {

        @Override
        protected void updateItem(ProductChoice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? product.getPromptText() : item.name());
        }
    }
}
