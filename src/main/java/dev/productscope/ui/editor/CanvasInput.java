package dev.productscope.ui.editor;

import dev.productscope.model.Model;
import dev.productscope.render.Rect;
import java.util.Set;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;

/**
 * The canvas gestures: click, shift-click and rubber-band selection; drag to move with live
 * feedback and one command on release; resize handles; connecting; panning and zooming;
 * keyboard nudges. Each gesture is an object with press, drag, release and feedback.
 */
final class CanvasInput {

    /** One gesture in progress, from press to release. */
    interface Gesture {
        void drag(double modelX, double modelY, MouseEvent event);

        void release(double modelX, double modelY, MouseEvent event);

        default void paint(GraphicsContext g) {
        }

        default void cancel() {
        }
    }

    private static final double HANDLE = 7;

    private final DiagramCanvas canvas;
    private final EditorViewModel viewModel;
    private final CanvasMenus menus;
    private final InlineEditor inlineEditor;
    private final PaletteDrop drop;
    private Gesture gesture;
    private boolean spaceDown;

    CanvasInput(DiagramCanvas canvas, EditorViewModel viewModel) {
        this.canvas = canvas;
        this.viewModel = viewModel;
        this.inlineEditor = new InlineEditor(canvas, viewModel);
        this.menus = new CanvasMenus(canvas, viewModel, inlineEditor);
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnMouseMoved(this::moved);
        canvas.setOnScroll(this::scrolled);
        canvas.setOnKeyPressed(this::keyPressed);
        // Space pans while the pointer is over the diagram, whatever has the keyboard focus.
        canvas.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                    if (e.getCode() == KeyCode.SPACE && canvas.isHover()) {
                        spaceDown = true;
                        e.consume();
                    }
                });
                scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
                    if (e.getCode() == KeyCode.SPACE && spaceDown) {
                        spaceDown = false;
                        e.consume();
                    }
                });
            }
        });
        // The mouse opens the menu on a secondary press; this covers the keyboard's menu key.
        canvas.setOnContextMenuRequested(e -> {
            if (e.isKeyboardTrigger()) {
                menus.show(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        drop = new PaletteDrop(canvas, viewModel, inlineEditor);
        drop.install();
    }

    CanvasMenus menus() {
        return menus;
    }

    private double tolerance() {
        return 5 / canvas.zoom();
    }

    private void pressed(MouseEvent event) {
        canvas.requestFocus();
        inlineEditor.commit();
        double x = canvas.toModelX(event.getX());
        double y = canvas.toModelY(event.getY());
        if (event.getButton() == MouseButton.MIDDLE || (event.getButton() == MouseButton.PRIMARY && spaceDown)) {
            gesture = new PanGesture(event.getX(), event.getY());
            return;
        }
        if (event.getButton() == MouseButton.SECONDARY) {
            canvas.takePlacing();
            menus.show(event.getX(), event.getY(), event.getScreenX(), event.getScreenY());
            return;
        }
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        PaletteEntry placing = canvas.takePlacing();
        if (placing != null) {
            drop.create(placing, x, y);
            return;
        }
        if (event.getClickCount() == 2) {
            HitIndex.Hit hit = canvas.hits().at(x, y, tolerance());
            if (hit != null) {
                inlineEditor.start(hit.id());
            }
            return;
        }
        String resizing = handleAt(x, y);
        if (resizing != null) {
            gesture = new ResizeGesture(canvas, viewModel, resizing, resizable(resizing), x, y);
            return;
        }
        String connecting = connectorAt(x, y);
        if (connecting != null) {
            gesture = new ConnectGesture(connecting, x, y);
            return;
        }
        HitIndex.Hit hit = canvas.hits().at(x, y, tolerance());
        if (hit == null) {
            if (!event.isShiftDown()) {
                viewModel.selection().clear();
            }
            gesture = new RubberBand(x, y, event.isShiftDown());
            return;
        }
        if (event.isShiftDown() || event.isShortcutDown()) {
            if (!viewModel.selection().remove(hit.id())) {
                viewModel.selection().add(hit.id());
            }
            return;
        }
        if (!viewModel.selection().contains(hit.id())) {
            viewModel.selection().clear();
            viewModel.selection().add(hit.id());
        }
        gesture = new MoveGesture(canvas, viewModel, x, y);
    }

    private void dragged(MouseEvent event) {
        if (gesture != null) {
            gesture.drag(canvas.toModelX(event.getX()), canvas.toModelY(event.getY()), event);
            canvas.requestRepaint();
        }
    }

    private void released(MouseEvent event) {
        if (gesture != null) {
            Gesture done = gesture;
            gesture = null;
            done.release(canvas.toModelX(event.getX()), canvas.toModelY(event.getY()), event);
            viewModel.endGesture();
            canvas.clearPreview();
        }
    }

    private void moved(MouseEvent event) {
        double x = canvas.toModelX(event.getX());
        double y = canvas.toModelY(event.getY());
        if (handleAt(x, y) != null) {
            canvas.setCursor(Cursor.SE_RESIZE);
        } else if (connectorAt(x, y) != null) {
            canvas.setCursor(Cursor.CROSSHAIR);
        } else {
            canvas.setCursor(canvas.hits().at(x, y, tolerance()) != null ? Cursor.HAND : Cursor.DEFAULT);
        }
    }

    private void scrolled(ScrollEvent event) {
        if (event.isShortcutDown()) {
            canvas.zoomAt(event.getDeltaY() > 0 ? 1.1 : 1 / 1.1, event.getX(), event.getY());
        } else {
            canvas.panBy(-event.getDeltaX(), -event.getDeltaY());
        }
        event.consume();
    }

    private void keyPressed(KeyEvent event) {
        double step = event.isShiftDown() ? canvas.grid().size() * 2 : 1;
        switch (event.getCode()) {
            case LEFT -> viewModel.nudge(-step, 0);
            case RIGHT -> viewModel.nudge(step, 0);
            case UP -> viewModel.nudge(0, -step);
            case DOWN -> viewModel.nudge(0, step);
            case ESCAPE -> {
                if (canvas.takePlacing() != null) {
                    return;
                } else if (gesture != null) {
                    gesture.cancel();
                    gesture = null;
                    canvas.clearPreview();
                } else {
                    viewModel.selection().clear();
                }
            }
            case F2 -> viewModel.selection().stream().findFirst().ifPresent(inlineEditor::start);
            case PLUS, ADD, EQUALS -> canvas.zoomBy(1.25);
            case MINUS, SUBTRACT -> canvas.zoomBy(0.8);
            default -> {
                return;
            }
        }
        event.consume();
    }

    // --- handles ---

    /** The one selected zone or component whose resize handle (bottom-right corner) is at the point. */
    private String handleAt(double x, double y) {
        for (String id : viewModel.selection()) {
            Rect bounds = resizable(id);
            if (bounds != null && Math.abs(x - bounds.maxX()) <= HANDLE / canvas.zoom()
                    && Math.abs(y - bounds.maxY()) <= HANDLE / canvas.zoom()) {
                return id;
            }
        }
        return null;
    }

    private Rect resizable(String id) {
        return resizable(id, canvas.geometry());
    }

    private Rect resizable(String id, dev.productscope.render.DiagramGeometry geometry) {
        Model model = viewModel.getModel();
        if (model.zone(id).isPresent()) {
            return geometry.zoneBounds(id).orElse(null);
        }
        return model.component(id).filter(c -> !c.isHosted())
                .flatMap(c -> geometry.componentBounds(id)).orElse(null);
    }

    /** The selected component whose connector (a dot at the middle of its right edge) is at the point. */
    private String connectorAt(double x, double y) {
        for (String id : viewModel.selection()) {
            if (viewModel.getModel().component(id).isEmpty()) {
                continue;
            }
            Rect bounds = canvas.geometry().componentBounds(id).orElse(null);
            if (bounds != null && Math.hypot(x - (bounds.maxX() + 8 / canvas.zoom()), y - bounds.centreY())
                    <= HANDLE / canvas.zoom()) {
                return id;
            }
        }
        return null;
    }

    /** Handles, rubber bands and connection lines over the diagram, in model coordinates. */
    void paintFeedback(GraphicsContext g) {
        double z = canvas.zoom();
        for (String id : viewModel.selection()) {
            Rect bounds = resizable(id, canvas.shownGeometry());
            if (bounds != null) {
                g.setFill(Color.WHITE);
                g.setStroke(Color.rgb(37, 99, 235));
                g.setLineWidth(1.5 / z);
                g.fillRect(bounds.maxX() - HANDLE / 2 / z, bounds.maxY() - HANDLE / 2 / z, HANDLE / z, HANDLE / z);
                g.strokeRect(bounds.maxX() - HANDLE / 2 / z, bounds.maxY() - HANDLE / 2 / z, HANDLE / z, HANDLE / z);
            }
            if (viewModel.getModel().component(id).isPresent()) {
                canvas.shownGeometry().componentBounds(id).ifPresent(b -> {
                    g.setFill(Color.rgb(37, 99, 235));
                    g.fillOval(b.maxX() + 8 / z - HANDLE / 2 / z, b.centreY() - HANDLE / 2 / z, HANDLE / z, HANDLE / z);
                });
            }
        }
        if (gesture != null) {
            gesture.paint(g);
        }
    }

    // --- gestures ---

    private final class PanGesture implements Gesture {
        private double lastX;
        private double lastY;

        PanGesture(double screenX, double screenY) {
            lastX = screenX;
            lastY = screenY;
            canvas.setCursor(Cursor.CLOSED_HAND);
        }

        @Override
        public void drag(double modelX, double modelY, MouseEvent event) {
            canvas.panBy(lastX - event.getX(), lastY - event.getY());
            lastX = event.getX();
            lastY = event.getY();
        }

        @Override
        public void release(double modelX, double modelY, MouseEvent event) {
            canvas.setCursor(Cursor.DEFAULT);
        }
    }

    private final class RubberBand implements Gesture {
        private final double startX;
        private final double startY;
        private final Set<String> before;
        private Rect band;

        RubberBand(double x, double y, boolean adding) {
            startX = x;
            startY = y;
            before = adding ? Set.copyOf(viewModel.selection()) : Set.of();
        }

        @Override
        public void drag(double modelX, double modelY, MouseEvent event) {
            band = new Rect(Math.min(startX, modelX), Math.min(startY, modelY), Math.abs(modelX - startX),
                    Math.abs(modelY - startY));
            viewModel.selection().retainAll(before);
            viewModel.selection().addAll(canvas.hits().inside(band));
        }

        @Override
        public void release(double modelX, double modelY, MouseEvent event) {
            band = null;
        }

        @Override
        public void paint(GraphicsContext g) {
            if (band != null) {
                g.setFill(Color.rgb(37, 99, 235, 0.08));
                g.setStroke(Color.rgb(37, 99, 235));
                g.setLineWidth(1 / canvas.zoom());
                g.fillRect(band.x(), band.y(), band.width(), band.height());
                g.strokeRect(band.x(), band.y(), band.width(), band.height());
            }
        }
    }

    /** Drags a line from a component's connector to another; the menu then asks link or flow. */
    private final class ConnectGesture implements Gesture {
        private final String from;
        private final double startX;
        private final double startY;
        private double endX;
        private double endY;

        ConnectGesture(String from, double x, double y) {
            this.from = from;
            this.startX = x;
            this.startY = y;
            this.endX = x;
            this.endY = y;
        }

        @Override
        public void drag(double modelX, double modelY, MouseEvent event) {
            endX = modelX;
            endY = modelY;
        }

        @Override
        public void release(double modelX, double modelY, MouseEvent event) {
            HitIndex.Hit hit = canvas.hits().at(modelX, modelY, tolerance());
            if (hit != null && (hit.kind() == HitIndex.Kind.COMPONENT || hit.kind() == HitIndex.Kind.TILE)
                    && !hit.id().equals(from)) {
                menus.showConnect(from, hit.id(), event.getScreenX(), event.getScreenY());
            }
        }

        @Override
        public void paint(GraphicsContext g) {
            g.setStroke(Color.rgb(37, 99, 235));
            g.setLineWidth(2 / canvas.zoom());
            g.setLineDashes(6 / canvas.zoom(), 4 / canvas.zoom());
            g.strokeLine(startX, startY, endX, endY);
            g.setLineDashes();
        }
    }

}
