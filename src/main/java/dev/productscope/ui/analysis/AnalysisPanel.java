package dev.productscope.ui.analysis;

import dev.productscope.edit.SetMembership;
import dev.productscope.model.MembershipToggle;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import dev.productscope.ui.ExternalLinks;
import dev.productscope.ui.editor.EditorViewModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Controller of {@code AnalysisPanel.fxml}: what the analysis and the catalog say about the
 * selected component, or about the selected product (a chosen one when nothing is selected).
 */
public final class AnalysisPanel {

    private static final String DERIVED = "Derived";
    private static final String IN = "In";
    private static final String OUT = "Out";

    private final EditorViewModel viewModel;
    /** Which sections the user folded, by title without the count, kept across refreshes. */
    private final Map<String, Boolean> folded = new HashMap<>();

    @FXML
    private Label title;
    @FXML
    private HBox productChooser;
    @FXML
    private ComboBox<Product> product;
    @FXML
    private ScrollPane scroll;
    @FXML
    private VBox content;
    @FXML
    private Label catalogs;

    public AnalysisPanel(EditorViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        product.setCellFactory(list -> new ProductCell());
        product.setButtonCell(new ProductCell());
        product.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && (old == null || !old.id().equals(chosen.id()))) {
                refresh();
            }
        });
        viewModel.applicabilityProperty().addListener((obs, old, value) -> refresh());
        viewModel.selection().addListener((javafx.collections.SetChangeListener<String>) change -> refresh());
        refresh();
    }

    /** The component or product the panel shows now, or {@code null}. */
    String subject() {
        Model model = viewModel.getModel();
        if (viewModel.selection().size() == 1) {
            String id = viewModel.selection().iterator().next();
            if (model.component(id).isPresent() || model.product(id).isPresent()) {
                return id;
            }
        }
        return product.getValue() == null ? null : product.getValue().id();
    }

    private void refresh() {
        Model model = viewModel.getModel();
        syncProducts(model);
        catalogs.setText("Catalogs: " + viewModel.getCatalog().describe());
        catalogs.setTooltip(new Tooltip(catalogs.getText()));
        boolean choosing = viewModel.selection().isEmpty();
        productChooser.setVisible(choosing);
        productChooser.setManaged(choosing);
        String id = subject();
        AnalysisReports reports = new AnalysisReports(viewModel.getApplicability());
        List<ReportSection> sections;
        if (id != null && model.component(id).isPresent()) {
            title.setText(model.component(id).get().name());
            sections = reports.component(id);
        } else if (id != null && model.product(id).isPresent() && (choosing || viewModel.selection().contains(id))) {
            title.setText(model.product(id).get().name() + " (product)");
            sections = reports.product(id);
        } else {
            title.setText(viewModel.selection().isEmpty() ? "No products" : "Select one component or product");
            sections = List.of();
        }
        double position = scroll.getVvalue();
        content.getChildren().setAll(sections.stream().map(this::section).toList());
        scroll.setVvalue(position);
    }

    private void syncProducts(Model model) {
        Product chosen = product.getValue();
        if (!product.getItems().equals(model.products())) {
            product.getItems().setAll(model.products());
        }
        Product now = chosen == null ? null : model.product(chosen.id()).orElse(null);
        if (now == null && !model.products().isEmpty()) {
            now = model.products().get(0);
        }
        if (!Objects.equals(product.getValue(), now)) {
            product.setValue(now);
        }
    }

    private Node section(ReportSection section) {
        VBox lines = new VBox(3);
        for (ReportLine line : section.lines()) {
            lines.getChildren().add(line(line));
        }
        TitledPane pane = new TitledPane(section.title(), lines);
        String key = section.title().replaceAll(" \\(\\d+\\)$", "");
        pane.setExpanded(!folded.getOrDefault(key, false));
        pane.expandedProperty().addListener((obs, old, expanded) -> folded.put(key, !expanded));
        pane.getStyleClass().add("analysis-section");
        return pane;
    }

    private Node line(ReportLine line) {
        return switch (line.kind()) {
            case FIELD -> {
                Label name = styled(new Label(line.text()), "analysis-field-name");
                name.setMinWidth(90);
                Label value = new Label(line.detail());
                value.setWrapText(true);
                yield new HBox(6, name, value);
            }
            case GROUP -> withDetail(styled(new Label(line.text()), "analysis-group"), line.detail());
            case ITEM -> withDetail(item(line), line.detail());
            case MEMBERSHIP -> withDetail(membership(line), line.detail());
            case NOTE -> withDetail(styled(wrapped(line.text()), "analysis-note"), line.detail());
            case FINDING -> styled(wrapped(line.detail() + ": " + line.text()), "analysis-finding-" + line.detail());
            case PROGRESS -> {
                ProgressBar bar = new ProgressBar(line.value());
                bar.setPrefWidth(80);
                bar.setMinWidth(50);
                Label name = styled(new Label(line.text()), "analysis-field-name");
                name.setMinWidth(90);
                yield new HBox(6, name, bar, new Label(line.detail()));
            }
            case EMPTY -> styled(wrapped(line.text()), "analysis-empty");
        };
    }

    private Node item(ReportLine line) {
        Model model = viewModel.getModel();
        if (line.url() != null) {
            Hyperlink link = new Hyperlink(line.text());
            link.setTooltip(new Tooltip(line.url()));
            link.setOnAction(e -> viewModel.showMessage(ExternalLinks.open(line.url())));
            return link;
        }
        if (line.target() != null && (model.component(line.target()).isPresent()
                || model.flow(line.target()).isPresent())) {
            Hyperlink link = new Hyperlink(line.text());
            link.setTooltip(new Tooltip("Select it on the diagram"));
            link.setOnAction(e -> {
                viewModel.selection().clear();
                viewModel.selection().add(line.target());
            });
            return link;
        }
        return wrapped(line.text());
    }

    private Node membership(ReportLine line) {
        Product product = viewModel.getModel().product(line.target()).orElseThrow();
        String componentId = subject();
        MembershipToggle toggle = product.membership().get(componentId);
        ComboBox<String> choice = new ComboBox<>();
        choice.setMinWidth(112);
        choice.getItems().setAll(DERIVED, IN, OUT);
        choice.setValue(toggle == null ? DERIVED : toggle == MembershipToggle.IN ? IN : OUT);
        choice.setTooltip(new Tooltip("Derived follows the analysis; In or Out overrides it (rule M0)"));
        choice.valueProperty().addListener((obs, old, value) -> {
            MembershipToggle next = IN.equals(value) ? MembershipToggle.IN
                    : OUT.equals(value) ? MembershipToggle.OUT : null;
            if (next != toggle) {
                viewModel.execute(new SetMembership(product.id(), componentId, next));
            }
        });
        Label name = styled(wrapped(line.text()), "analysis-membership");
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setMaxWidth(Double.MAX_VALUE);
        return new HBox(6, name, choice);
    }

    private static VBox withDetail(Node main, String detail) {
        VBox box = new VBox(1, main);
        if (detail != null && !detail.isBlank()) {
            box.getChildren().add(styled(wrapped(detail), "analysis-detail"));
        }
        return box;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private static <T extends Node> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }

    private static final class ProductCell extends ListCell<Product> {
        @Override
        protected void updateItem(Product item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name());
        }
    }
}
