package dev.productscope.ui.editor;

import dev.productscope.edit.ReplaceElement;
import dev.productscope.model.Component;
import dev.productscope.model.Model;
import dev.productscope.model.Zone;
import dev.productscope.render.Rect;
import javafx.scene.input.MouseEvent;

/** Drags the bottom-right handle of a zone or component; one command on release. */
final class ResizeGesture implements CanvasInput.Gesture {

    private final DiagramCanvas canvas;
    private final EditorViewModel viewModel;
    private final String id;
    private final Rect start;
    private final double startX;
    private final double startY;

    ResizeGesture(DiagramCanvas canvas, EditorViewModel viewModel, String id, Rect start, double x, double y) {
        this.canvas = canvas;
        this.viewModel = viewModel;
        this.id = id;
        this.start = start;
        this.startX = x;
        this.startY = y;
    }

    private Object resized(double modelX, double modelY) {
        double width = Math.max(20, start.width() + modelX - startX);
        double height = Math.max(20, start.height() + modelY - startY);
        if (canvas.snaps()) {
            CanvasGrid grid = canvas.grid();
            width = Math.max(grid.size(), grid.snap(width));
            height = Math.max(grid.size(), grid.snap(height));
        }
        Model model = viewModel.getModel();
        Zone zone = model.zone(id).orElse(null);
        if (zone != null) {
            return zone.withBounds(zone.x(), zone.y(), width, height);
        }
        Component component = model.component(id).orElseThrow();
        double w = width;
        double h = height;
        // Components are centred on x, y: growing to the bottom-right moves the centre half as far.
        return component.withSize(w, h).withPosition(start.x() + w / 2, start.y() + h / 2);
    }

    @Override
    public void drag(double modelX, double modelY, MouseEvent event) {
        canvas.showPreview(() -> new ReplaceElement("Resize", resized(modelX, modelY)).apply(viewModel.getModel()));
    }

    @Override
    public void release(double modelX, double modelY, MouseEvent event) {
        viewModel.execute(new ReplaceElement("Resize '" + id + "'", resized(modelX, modelY)));
    }
}
