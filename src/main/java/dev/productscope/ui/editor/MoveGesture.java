package dev.productscope.ui.editor;

import dev.productscope.edit.Command;
import dev.productscope.edit.CompositeCommand;
import dev.productscope.edit.MoveElements;
import dev.productscope.edit.ReplaceElement;
import dev.productscope.model.Model;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.MouseEvent;

/** Moves the selected zones and components; components dropped into another zone join it. */
final class MoveGesture implements CanvasInput.Gesture {

    private final DiagramCanvas canvas;
    private final EditorViewModel viewModel;
    private final double startX;
    private final double startY;
    private final List<String> moving;
    private double dx;
    private double dy;

    MoveGesture(DiagramCanvas canvas, EditorViewModel viewModel, double x, double y) {
        this.canvas = canvas;
        this.viewModel = viewModel;
        startX = x;
        startY = y;
        Model model = viewModel.getModel();
        moving = viewModel.selection().stream().filter(id -> model.zone(id).isPresent()
                || model.component(id).filter(c -> !c.isHosted()).isPresent()).toList();
    }

    private Command command(double modelX, double modelY) {
        dx = modelX - startX;
        dy = modelY - startY;
        if (canvas.snaps() && !moving.isEmpty()) {
            double[] anchor = anchor(moving.get(0));
            dx = canvas.grid().snap(anchor[0] + dx) - anchor[0];
            dy = canvas.grid().snap(anchor[1] + dy) - anchor[1];
        }
        List<Command> steps = new ArrayList<>();
        steps.add(new MoveElements(moving, dx, dy));
        Model model = viewModel.getModel();
        for (String id : moving) {
            model.component(id).filter(c -> !c.kind().standsBetweenZones()).ifPresent(c -> {
                String zone = canvas.hits().zoneAt(c.x() + dx, c.y() + dy);
                if (zone != null && !zone.equals(c.zone()) && !moving.contains(zone)) {
                    steps.add(new ReplaceElement("Move into zone", c.withPosition(c.x() + dx, c.y() + dy)
                            .withZone(zone)));
                }
            });
        }
        return steps.size() == 1 ? steps.get(0)
                : new CompositeCommand(new MoveElements(moving, dx, dy).name(), steps);
    }

    private double[] anchor(String id) {
        Model model = viewModel.getModel();
        return model.zone(id).map(z -> new double[] {z.x(), z.y()})
                .orElseGet(() -> model.component(id).map(c -> new double[] {c.x(), c.y()}).orElse(new double[2]));
    }

    @Override
    public void drag(double modelX, double modelY, MouseEvent event) {
        if (moving.isEmpty()) {
            return;
        }
        canvas.showPreview(() -> command(modelX, modelY).apply(viewModel.getModel()));
    }

    @Override
    public void release(double modelX, double modelY, MouseEvent event) {
        if (!moving.isEmpty() && (modelX != startX || modelY != startY)) {
            viewModel.execute(command(modelX, modelY));
        }
    }
}
