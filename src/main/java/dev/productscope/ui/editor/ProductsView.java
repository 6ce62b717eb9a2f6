package dev.productscope.ui.editor;

import dev.productscope.catalog.ActivitiesProgress;
import dev.productscope.catalog.Checklist;
import dev.productscope.catalog.Progress;
import dev.productscope.edit.AddElements;
import dev.productscope.edit.DeleteElements;
import dev.productscope.edit.Ids;
import dev.productscope.edit.ReplaceElement;
import dev.productscope.model.Component;
import dev.productscope.model.ComponentKind;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import dev.productscope.model.Sector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/** The products list: show or hide each boundary, add, rename, choose devices, delete. */
final class ProductsView {

    private final EditorViewModel viewModel;
    private final ListView<Product> list;

    ProductsView(EditorViewModel viewModel, ListView<Product> list) {
        this.viewModel = viewModel;
        this.list = list;
        list.setCellFactory(view -> new Cell());
        viewModel.modelProperty().addListener((obs, old, model) -> refresh());
        viewModel.catalogProperty().addListener((obs, old, catalog) -> list.refresh());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, product) -> {
            if (product != null && !viewModel.selection().contains(product.id())) {
                viewModel.selection().clear();
                viewModel.selection().add(product.id());
            }
        });
        refresh();
    }

    private void refresh() {
        Product selected = list.getSelectionModel().getSelectedItem();
        list.getItems().setAll(viewModel.getModel().products());
        if (selected != null) {
            viewModel.getModel().product(selected.id()).ifPresent(p -> list.getSelectionModel().select(p));
        }
    }

    private final class Cell extends ListCell<Product> {
        Cell() {
            // Fit the list's width: a long name ends in an ellipsis (the tooltip has it whole)
            // instead of widening the cell behind a horizontal scroll bar.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Product product, boolean empty) {
            super.updateItem(product, empty);
            if (empty || product == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            CheckBox shown = new CheckBox();
            shown.setSelected(!viewModel.hiddenProducts().contains(product.id()));
            shown.setOnAction(e -> {
                if (shown.isSelected()) {
                    viewModel.hiddenProducts().remove(product.id());
                } else {
                    viewModel.hiddenProducts().add(product.id());
                }
            });
            shown.setTooltip(new Tooltip("Show this product's boundary on the diagram"));
            int index = viewModel.getModel().products().indexOf(product);
            Rectangle swatch = new Rectangle(12, 12, ProductColours.of(index));
            int members = viewModel.getAnalysis().product(product.id()).map(s -> s.components().size()).orElse(0);
            Label text = new Label(product.name() + "  (" + members + " components, " + product.effectiveSector().id()
                    + ")");
            Progress checked = Checklist.of(viewModel.getApplicability(), product.id()).progress();
            Progress answered = ActivitiesProgress.overall(viewModel.getCatalog(), product);
            Label progress = new Label("checklist " + checked.label() + " · activities " + answered.label());
            progress.getStyleClass().add("product-progress");
            text.setMinWidth(0);
            progress.setMinWidth(0);
            VBox lines = new VBox(1, text, progress);
            lines.setMinWidth(0);
            HBox row = new HBox(6, shown, swatch, lines);
            HBox.setHgrow(lines, Priority.ALWAYS);
            row.setMinWidth(0);
            setGraphic(row);
            setText(null);
            setTooltip(new Tooltip(text.getText() + "\n" + progress.getText()));
        }
    }

    private Optional<Product> chosen() {
        Product product = list.getSelectionModel().getSelectedItem();
        if (product == null) {
            viewModel.showMessage("Choose a product in the list first.");
        }
        return Optional.ofNullable(product);
    }

    /** A new product on the selected IoT devices, or on the first device if none is selected. */
    void add() {
        Model model = viewModel.getModel();
        List<String> devices = viewModel.selection().stream()
                .filter(id -> model.component(id).filter(c -> c.kind() == ComponentKind.IOT_DEVICE).isPresent()).toList();
        if (devices.isEmpty()) {
            devices = model.components().stream().filter(c -> c.kind() == ComponentKind.IOT_DEVICE)
                    .map(Component::id).limit(1).toList();
        }
        if (devices.isEmpty()) {
            viewModel.showMessage("A product is built on an IoT device: add one to the diagram first.");
            return;
        }
        TextInputDialog dialog = new TextInputDialog("New product");
        dialog.initOwner(list.getScene().getWindow());
        dialog.setTitle("Add product");
        dialog.setHeaderText("Product on " + String.join(", ", devices));
        dialog.setContentText("Name:");
        List<String> on = devices;
        dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty()).ifPresent(name -> {
            String id = Ids.unique(model, "p-" + name, List.of());
            if (viewModel.execute(AddElements.of("Add product '" + name + "'", new Product(id, name, on,
                    Sector.CONSUMER)))) {
                refresh();
                list.getSelectionModel().select(viewModel.getModel().product(id).orElse(null));
            }
        });
    }

    void rename() {
        chosen().ifPresent(product -> {
            TextInputDialog dialog = new TextInputDialog(product.name());
            dialog.initOwner(list.getScene().getWindow());
            dialog.setTitle("Rename product");
            dialog.setHeaderText(null);
            dialog.setContentText("Name:");
            dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty()).ifPresent(name ->
                    viewModel.execute(new ReplaceElement("Rename '" + product.id() + "'", product.withName(name))));
        });
    }

    void chooseDevices() {
        chosen().ifPresent(product -> {
            List<CheckBox> boxes = new ArrayList<>();
            for (Component component : viewModel.getModel().components()) {
                if (component.kind() == ComponentKind.IOT_DEVICE) {
                    CheckBox box = new CheckBox(component.name() + " (" + component.id() + ")");
                    box.setUserData(component.id());
                    box.setSelected(product.devices().contains(component.id()));
                    boxes.add(box);
                }
            }
            Dialog<ButtonType> dialog = new Dialog<>();
            dialog.initOwner(list.getScene().getWindow());
            dialog.setTitle("Devices of '" + product.name() + "'");
            VBox content = new VBox(6);
            content.setPadding(new Insets(8));
            content.getChildren().addAll(boxes);
            dialog.getDialogPane().setContent(content);
            dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
            if (dialog.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
                List<String> devices = boxes.stream().filter(CheckBox::isSelected)
                        .map(b -> b.getUserData().toString()).toList();
                viewModel.execute(new ReplaceElement("Change devices of '" + product.id() + "'",
                        product.withDevices(devices)));
            }
        });
    }

    void delete() {
        chosen().ifPresent(product -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Its components stay on the diagram. You can undo"
                    + " this.", ButtonType.OK, ButtonType.CANCEL);
            confirm.initOwner(list.getScene().getWindow());
            confirm.setHeaderText("Delete product '" + product.name() + "'?");
            if (confirm.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
                viewModel.execute(new DeleteElements(List.of(product.id())));
            }
        });
    }
}
