package dev.productscope.ui.analysis;

import dev.productscope.analysis.Finding;
import dev.productscope.analysis.Severity;
import dev.productscope.model.Model;
import dev.productscope.ui.editor.EditorViewModel;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

/** Controller of {@code FindingsView.fxml}: every finding, filtered; choosing one selects and reveals its subjects. */
public final class FindingsView {

    private static final String ALL = "All severities";

    private final EditorViewModel viewModel;
    private final ObservableList<Finding> all = FXCollections.observableArrayList();
    private final FilteredList<Finding> shown = new FilteredList<>(all);
    private Consumer<Collection<String>> revealer = ids -> { };

    @FXML
    private TextField filter;
    @FXML
    private ComboBox<String> severity;
    @FXML
    private Label count;
    @FXML
    private TableView<Finding> table;
    @FXML
    private TableColumn<Finding, String> severityColumn;
    @FXML
    private TableColumn<Finding, String> ruleColumn;
    @FXML
    private TableColumn<Finding, String> messageColumn;
    @FXML
    private TableColumn<Finding, String> subjectsColumn;

    public FindingsView(EditorViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        severity.getItems().add(ALL);
        for (Severity level : Severity.values()) {
            severity.getItems().add(level.id());
        }
        severity.getSelectionModel().select(ALL);
        table.setItems(shown);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        severityColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().severity().id()));
        ruleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().rule()));
        messageColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
        subjectsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(subjects(c.getValue())));
        table.setRowFactory(t -> new FindingRow());
        table.setOnMouseClicked(e -> choose(table.getSelectionModel().getSelectedItem()));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                choose(table.getSelectionModel().getSelectedItem());
            }
        });
        filter.textProperty().addListener((obs, old, text) -> applyFilter());
        severity.valueProperty().addListener((obs, old, value) -> applyFilter());
        viewModel.analysisProperty().addListener((obs, old, analysis) -> refresh());
        refresh();
    }

    /** How the editor scrolls the canvas to a finding's subjects. */
    public void setRevealer(Consumer<Collection<String>> revealer) {
        this.revealer = revealer;
    }

    public void focusFilter() {
        filter.requestFocus();
    }

    /** Selects the finding's subjects on the canvas and scrolls them into view. */
    void choose(Finding finding) {
        if (finding == null) {
            return;
        }
        Model model = viewModel.getModel();
        List<String> present = finding.subjects().stream().filter(model::containsId).toList();
        viewModel.selection().clear();
        viewModel.selection().addAll(present);
        revealer.accept(present);
        viewModel.showMessage(finding.rule() + ": " + finding.message());
    }

    private void refresh() {
        all.setAll(viewModel.getAnalysis().findings());
        applyFilter();
    }

    private void applyFilter() {
        String text = filter.getText() == null ? "" : filter.getText().trim().toLowerCase(Locale.ROOT);
        String level = severity.getValue();
        shown.setPredicate(f -> (level == null || ALL.equals(level) || f.severity().id().equals(level))
                && (text.isEmpty() || matches(f, text)));
        int total = all.size();
        count.setText(shown.size() == total ? total + " findings" : shown.size() + " of " + total + " findings");
    }

    private boolean matches(Finding finding, String text) {
        return finding.rule().toLowerCase(Locale.ROOT).contains(text)
                || finding.message().toLowerCase(Locale.ROOT).contains(text)
                || subjects(finding).toLowerCase(Locale.ROOT).contains(text);
    }

    /** The subjects by name, as the user knows them. */
    private String subjects(Finding finding) {
        Model model = viewModel.getModel();
        return String.join(", ", finding.subjects().stream().map(id -> model.component(id).map(c -> c.name())
                .or(() -> model.product(id).map(p -> p.name())).or(() -> model.zone(id).map(z -> z.name()))
                .or(() -> model.flow(id).map(f -> f.label() == null ? f.id() : f.label()))
                .orElse(id)).toList());
    }

    /** Colours a row by severity and shows the whole message on hover. */
    private static final class FindingRow extends TableRow<Finding> {
        @Override
        protected void updateItem(Finding finding, boolean empty) {
            super.updateItem(finding, empty);
            getStyleClass().removeAll("finding-error", "finding-warning", "finding-info");
            if (empty || finding == null) {
                setTooltip(null);
                return;
            }
            getStyleClass().add("finding-" + finding.severity().id());
            setTooltip(new Tooltip(finding.message()));
        }
    }
}
