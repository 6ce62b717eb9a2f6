package dev.productscope.ui.editor;

import dev.productscope.edit.ReplaceElement;
import dev.productscope.model.Flow;
import dev.productscope.model.Model;
import dev.productscope.render.Rect;
import java.util.Optional;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/** Renames an element in place: a text field over its label; Enter commits, Escape cancels. */
final class InlineEditor {

    private final DiagramCanvas canvas;
    private final EditorViewModel viewModel;
    private final TextField field = new TextField();
    private String editing;

    InlineEditor(DiagramCanvas canvas, EditorViewModel viewModel) {
        this.canvas = canvas;
        this.viewModel = viewModel;
        field.setManaged(false);
        field.setVisible(false);
        field.getStyleClass().add("inline-editor");
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commit();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                cancel();
                e.consume();
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
        canvas.addOverlay(field);
    }

    boolean isEditing() {
        return editing != null;
    }

    void start(String id) {
        Model model = viewModel.getModel();
        Optional<String> text = currentText(model, id);
        Optional<Rect> where = labelArea(id);
        if (text.isEmpty() || where.isEmpty()) {
            return;
        }
        editing = id;
        Rect area = where.get();
        double width = Math.max(140, area.width() * canvas.zoom());
        field.setText(text.get());
        field.resizeRelocate(canvas.toScreenX(area.centreX()) - width / 2, canvas.toScreenY(area.y()), width, 26);
        field.setVisible(true);
        field.requestFocus();
        field.selectAll();
    }

    private Optional<String> currentText(Model model, String id) {
        return model.component(id).map(c -> c.name())
                .or(() -> model.zone(id).map(z -> z.name()))
                .or(() -> model.flow(id).map(f -> f.label() == null ? "" : f.label()))
                .or(() -> model.product(id).map(p -> p.name()));
    }

    private Optional<Rect> labelArea(String id) {
        return canvas.geometry().component(id).map(c -> c.label())
                .or(() -> canvas.geometry().zone(id).map(z -> z.label()))
                .or(() -> canvas.geometry().flowLabel(id));
    }

    void commit() {
        if (editing == null) {
            return;
        }
        String id = editing;
        String text = field.getText().strip();
        editing = null;
        field.setVisible(false);
        canvas.requestFocus();
        Model model = viewModel.getModel();
        if (text.isEmpty() && model.flow(id).isEmpty()) {
            viewModel.showMessage("A name cannot be empty; the old name is kept.");
            return;
        }
        model.component(id).filter(c -> !c.name().equals(text))
                .ifPresent(c -> viewModel.execute(new ReplaceElement("Rename '" + id + "'", c.withName(text))));
        model.zone(id).filter(z -> !z.name().equals(text))
                .ifPresent(z -> viewModel.execute(new ReplaceElement("Rename '" + id + "'", z.withName(text))));
        model.flow(id).ifPresent(f -> viewModel.execute(new ReplaceElement("Rename '" + id + "'", new Flow(f.id(),
                f.from(), f.to(), text.isEmpty() ? null : text, f.bidirectional(), f.data(), f.protection(), f.via(),
                f.extensions()))));
        viewModel.endGesture();
    }

    void cancel() {
        editing = null;
        field.setVisible(false);
        canvas.requestFocus();
    }

}
