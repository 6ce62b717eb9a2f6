package dev.productscope.ui.checklist;

import dev.productscope.catalog.ChecklistItem;
import dev.productscope.catalog.Reason;
import dev.productscope.model.ChecklistStatus;
import dev.productscope.model.OwnerRole;
import dev.productscope.ui.editor.EditorViewModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.StringConverter;

/** Controller of {@code ChecklistView.fxml}: the chosen product's checklist as an editable table. */
public final class ChecklistView {

    /** Stands for "no owner named" in the owner column. */
    private static final String NOBODY = "—";

    private final ChecklistViewModel viewModel;

    @FXML
    private ComboBox<ProductChoice> product;
    @FXML
    private ComboBox<ChecklistViewModel.Show> show;
    @FXML
    private TextField filter;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private Label progressLabel;
    @FXML
    private TableView<ChecklistItem> table;
    @FXML
    private TableColumn<ChecklistItem, String> subjectColumn;
    @FXML
    private TableColumn<ChecklistItem, String> outcomeColumn;
    @FXML
    private TableColumn<ChecklistItem, ChecklistStatus> statusColumn;
    @FXML
    private TableColumn<ChecklistItem, String> ownerColumn;
    @FXML
    private TableColumn<ChecklistItem, String> justificationColumn;
    @FXML
    private TableColumn<ChecklistItem, String> evidenceColumn;
    @FXML
    private TableColumn<ChecklistItem, String> noteColumn;

    public ChecklistView(EditorViewModel editor) {
        this.viewModel = new ChecklistViewModel(editor);
    }

    ChecklistViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        product.setItems(viewModel.products());
        product.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && !chosen.id().equals(viewModel.productIdProperty().get())) {
                viewModel.productIdProperty().set(chosen.id());
            }
        });
        viewModel.productIdProperty().addListener((obs, old, id) -> syncProduct());
        viewModel.products().addListener((javafx.collections.ListChangeListener<ProductChoice>) c -> syncProduct());
        syncProduct();
        show.getItems().setAll(ChecklistViewModel.Show.values());
        show.valueProperty().bindBidirectional(viewModel.showProperty());
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressLabel.textProperty().bind(viewModel.progressTextProperty());
        table.setItems(viewModel.shownItems());
        table.setRowFactory(t -> new ItemRow());
        subjectColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().subject()));
        subjectColumn.setCellFactory(column -> new SubjectCell());
        outcomeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().entry().status()));
        statusColumn.setCellFactory(ComboBoxTableCell.forTableColumn(new StatusLabels(), ChecklistStatus.values()));
        statusColumn.setOnEditCommit(e -> viewModel.setStatus(e.getRowValue(), e.getNewValue()));
        ownerColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(ownerLabel(c.getValue().entry().owner())));
        ownerColumn.setCellFactory(ComboBoxTableCell.forTableColumn(owners()));
        ownerColumn.setOnEditCommit(e -> viewModel.setOwner(e.getRowValue(), owner(e.getNewValue())));
        justificationColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().entry().justification()));
        justificationColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        justificationColumn.setOnEditCommit(e -> viewModel.setJustification(e.getRowValue(), e.getNewValue()));
        evidenceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().entry().evidence()));
        evidenceColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        evidenceColumn.setOnEditCommit(e -> viewModel.setEvidence(e.getRowValue(), e.getNewValue()));
        noteColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(note(c.getValue())));
        justificationColumn.setGraphic(headerHint("Justification",
                "Why an item is not applicable or not met. Double-click to edit; Enter keeps it, Esc cancels."));
        justificationColumn.setText(null);
    }

    private void syncProduct() {
        String id = viewModel.productIdProperty().get();
        ProductChoice chosen = viewModel.products().stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
        if (!Objects.equals(product.getValue(), chosen)) {
            product.setValue(chosen);
        }
    }

    private static Label headerHint(String text, String hint) {
        Label label = new Label(text);
        label.setTooltip(new Tooltip(hint));
        return label;
    }

    private static String note(ChecklistItem item) {
        if (item.isOrphaned()) {
            return "Orphaned: " + item.orphanReason();
        }
        if (item.entry().lacksJustification()) {
            return "Needs a justification";
        }
        return "";
    }

    private static String[] owners() {
        List<String> labels = new ArrayList<>();
        labels.add(NOBODY);
        Arrays.stream(OwnerRole.values()).map(OwnerRole::label).forEach(labels::add);
        return labels.toArray(String[]::new);
    }

    private static String ownerLabel(OwnerRole owner) {
        return owner == null ? NOBODY : owner.label();
    }

    private static OwnerRole owner(String label) {
        return Arrays.stream(OwnerRole.values()).filter(o -> o.label().equals(label)).findFirst().orElse(null);
    }

    /** Why the item is on the list, from the catalog's rules, with the outcome's own words. */
    static String explain(ChecklistItem item) {
        StringBuilder text = new StringBuilder(item.label());
        if (item.outcome() != null && item.outcome().summary() != null) {
            text.append("\n").append(item.outcome().summary());
        }
        for (Reason reason : item.reasons()) {
            text.append("\n• ").append(reason.why()).append(" (").append(reason.source().document()).append(", ")
                    .append(reason.source().section()).append("; rule ").append(reason.rule()).append(")");
        }
        if (item.isOrphaned()) {
            text.append("\nOrphaned: ").append(item.orphanReason()).append(". Kept so that nothing is lost.");
        }
        return text.toString();
    }

    private static final class StatusLabels extends StringConverter<ChecklistStatus> {
        @Override
        public String toString(ChecklistStatus status) {
            return status == null ? "" : status.label();
        }

        @Override
        public ChecklistStatus fromString(String text) {
            return Arrays.stream(ChecklistStatus.values()).filter(s -> s.label().equals(text)).findFirst()
                    .orElse(ChecklistStatus.NOT_ASSESSED);
        }
    }

    /** Names the component on its first row only, so the rows read as one group per component. */
    private static final class SubjectCell extends javafx.scene.control.TableCell<ChecklistItem, String> {
        @Override
        protected void updateItem(String subject, boolean empty) {
            super.updateItem(subject, empty);
            int index = getIndex();
            boolean repeated = !empty && index > 0 && index < getTableView().getItems().size()
                    && subject != null && subject.equals(getTableView().getItems().get(index - 1).subject());
            setText(empty ? null : repeated ? "〃" : subject);
            getStyleClass().remove("checklist-repeated");
            if (repeated) {
                getStyleClass().add("checklist-repeated");
            }
        }
    }

    /** Marks orphaned and unjustified items and explains each item on hover. */
    private static final class ItemRow extends TableRow<ChecklistItem> {
        @Override
        protected void updateItem(ChecklistItem item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("checklist-orphan", "checklist-unjustified", "checklist-done");
            if (empty || item == null) {
                setTooltip(null);
                return;
            }
            if (item.isOrphaned()) {
                getStyleClass().add("checklist-orphan");
            } else if (item.entry().lacksJustification()) {
                getStyleClass().add("checklist-unjustified");
            } else if (item.entry().isComplete()) {
                getStyleClass().add("checklist-done");
            }
            Tooltip tip = new Tooltip(explain(item));
            tip.setWrapText(true);
            tip.setMaxWidth(520);
            setTooltip(tip);
        }
    }
}
