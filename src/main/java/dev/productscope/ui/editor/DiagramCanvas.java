package dev.productscope.ui.editor;

import dev.productscope.analysis.Analysis;
import dev.productscope.model.Model;
import dev.productscope.render.DiagramGeometry;
import dev.productscope.render.DiagramRenderer;
import dev.productscope.render.Rect;
import dev.productscope.render.RenderOptions;
import dev.productscope.ui.FxPainter;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.collections.SetChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;

/**
 * The diagram: a canvas the size of the visible area, painted by the shared
 * {@link DiagramRenderer} through {@link FxPainter}, with zoom, scroll bars and the editing
 * gestures of {@link CanvasInput}. Paints at most once a frame, and only what is visible.
 */
public final class DiagramCanvas extends Region {

    private static final double MIN_ZOOM = 0.1;
    private static final double MAX_ZOOM = 4;

    private final EditorViewModel viewModel;
    private final Canvas canvas = new Canvas();
    private final ScrollBar horizontal = new ScrollBar();
    private final ScrollBar vertical = new ScrollBar();
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final CanvasGrid grid = new CanvasGrid();
    private final CanvasInput input;
    private double originX;
    private double originY;
    private DiagramGeometry geometry;
    private HitIndex hits;
    private boolean repaintRequested;
    private PaletteEntry placing;
    private boolean syncingScrollBars;
    private boolean fitUntilTouched;

    private final GesturePreview preview = new GesturePreview();

    public DiagramCanvas(EditorViewModel viewModel) {
        this.viewModel = viewModel;
        vertical.setOrientation(Orientation.VERTICAL);
        getChildren().addAll(canvas, horizontal, vertical);
        getStyleClass().add("diagram-canvas");
        setFocusTraversable(true);
        setMinSize(100, 100);
        viewModel.analysisProperty().addListener((obs, old, analysis) -> rebuild());
        viewModel.selection().addListener((SetChangeListener<String>) change -> requestRepaint());
        viewModel.hiddenProducts().addListener((SetChangeListener<String>) change -> requestRepaint());
        grid.sizeProperty().addListener((obs, old, now) -> requestRepaint());
        horizontal.valueProperty().addListener((obs, old, value) -> scrolled());
        vertical.valueProperty().addListener((obs, old, value) -> scrolled());
        input = new CanvasInput(this, viewModel);
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> fitUntilTouched = false);
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (repaintRequested) {
                    repaintRequested = false;
                    preview.make(viewModel.getAnalysis());
                    paint();
                }
            }
        }.start();
        rebuild();
    }

    private void rebuild() {
        geometry = DiagramGeometry.of(viewModel.getModel(), viewModel.getAnalysis());
        hits = new HitIndex(geometry);
        updateScrollBars();
        requestRepaint();
    }

    /** Arms a palette entry: the next click on the diagram creates it there. */
    void startPlacing(PaletteEntry entry) {
        placing = entry;
        setCursor(javafx.scene.Cursor.CROSSHAIR);
        viewModel.showMessage("Click on the diagram to place a " + entry.label() + " (Esc cancels).");
        requestFocus();
    }

    /** The armed palette entry, taken (so it is placed once), or null. */
    PaletteEntry takePlacing() {
        PaletteEntry entry = placing;
        placing = null;
        if (entry != null) {
            setCursor(javafx.scene.Cursor.DEFAULT);
            viewModel.showMessage("");
        }
        return entry;
    }

    public void requestRepaint() {
        repaintRequested = true;
    }

    /** The context menu on screen, if any. */
    javafx.scene.control.ContextMenu openMenu() {
        return input.menus().openMenu();
    }

    /** The layout on screen: a gesture's preview while there is one, else the document's. */
    DiagramGeometry shownGeometry() {
        return preview.showing() ? preview.geometry() : geometry;
    }

    DiagramGeometry geometry() {
        return geometry;
    }

    HitIndex hits() {
        return hits;
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public double zoom() {
        return zoom.get();
    }

    public BooleanProperty snapToGridProperty() {
        return grid.snapProperty();
    }

    /** The grid's spacing in model units; the dots and snapping follow it at once. */
    public javafx.beans.property.IntegerProperty gridSizeProperty() {
        return grid.sizeProperty();
    }

    CanvasGrid grid() {
        return grid;
    }

    boolean snaps() {
        return grid.snaps();
    }

    public RenderOptions renderOptions() {
        return RenderOptions.defaults().withSelection(Set.copyOf(viewModel.selection()))
                .withHiddenProducts(Set.copyOf(viewModel.hiddenProducts()));
    }

    // --- coordinates ---

    /** Model x of a point on the canvas. */
    double toModelX(double screenX) {
        return originX + screenX / zoom.get();
    }

    double toModelY(double screenY) {
        return originY + screenY / zoom.get();
    }

    double toScreenX(double modelX) {
        return (modelX - originX) * zoom.get();
    }

    double toScreenY(double modelY) {
        return (modelY - originY) * zoom.get();
    }

    /** Where a model point is on the screen, for tests that drive the canvas like a person. */
    javafx.geometry.Point2D screenPointOf(double modelX, double modelY) {
        return canvas.localToScreen(toScreenX(modelX), toScreenY(modelY));
    }

    /** Shows the model from a top-left point at a zoom; for tests and "go to" commands. */
    void showFrom(double modelX, double modelY, double scale) {
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, scale)));
        originX = modelX;
        originY = modelY;
        updateScrollBars();
        requestRepaint();
    }

    /** Moves the view by a distance in screen pixels. */
    void panBy(double dx, double dy) {
        fitUntilTouched = false;
        originX += dx / zoom.get();
        originY += dy / zoom.get();
        updateScrollBars();
        requestRepaint();
    }

    public void zoomBy(double factor) {
        zoomAt(factor, canvas.getWidth() / 2, canvas.getHeight() / 2);
    }

    /** Zooms keeping the model point under the screen point where it is. */
    void zoomAt(double factor, double screenX, double screenY) {
        fitUntilTouched = false;
        double modelX = toModelX(screenX);
        double modelY = toModelY(screenY);
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom.get() * factor)));
        originX = modelX - screenX / zoom.get();
        originY = modelY - screenY / zoom.get();
        updateScrollBars();
        requestRepaint();
    }

    public void zoomActual() {
        fitUntilTouched = false;
        zoom.set(1);
        Rect bounds = geometry.bounds();
        originX = bounds.x() - 20;
        originY = bounds.y() - 20;
        updateScrollBars();
        requestRepaint();
    }

    /**
     * Shows the whole diagram, and again each time the canvas changes size until the user clicks,
     * scrolls or zooms: a new window's layout settles over several passes, restored dividers included.
     */
    public void fitUntilTouched() {
        fitUntilTouched = true;
        fit();
    }

    /** Shows the whole diagram. */
    public void fit() {
        Rect bounds = geometry.bounds();
        double width = Math.max(1, canvas.getWidth() > 0 ? canvas.getWidth() : getWidth());
        double height = Math.max(1, canvas.getHeight() > 0 ? canvas.getHeight() : getHeight());
        double factor = Math.min((width - 40) / Math.max(1, bounds.width()), (height - 40) / Math.max(1, bounds.height()));
        zoom.set(Math.max(MIN_ZOOM, Math.min(1.5, factor)));
        originX = bounds.centreX() - width / 2 / zoom.get();
        originY = bounds.centreY() - height / 2 / zoom.get();
        updateScrollBars();
        requestRepaint();
    }

    /** Scrolls so that the zones, components and flows with these ids are in view, together where they fit. */
    public void revealIds(java.util.Collection<String> ids) {
        geometry.boundsOf(ids).ifPresent(this::reveal);
    }

    /** Scrolls so that the rectangle (model coordinates) is in view. */
    public void reveal(Rect rect) {
        fitUntilTouched = false;
        double width = canvas.getWidth() / zoom.get();
        double height = canvas.getHeight() / zoom.get();
        if (rect.x() < originX || rect.maxX() > originX + width) {
            originX = rect.centreX() - width / 2;
        }
        if (rect.y() < originY || rect.maxY() > originY + height) {
            originY = rect.centreY() - height / 2;
        }
        updateScrollBars();
        requestRepaint();
    }

    private void updateScrollBars() {
        if (geometry == null) {
            return;
        }
        syncingScrollBars = true;
        Rect bounds = geometry.bounds().padded(200);
        double visibleWidth = Math.max(1, canvas.getWidth() / zoom.get());
        double visibleHeight = Math.max(1, canvas.getHeight() / zoom.get());
        ScrollBars.show(horizontal, bounds.x(), bounds.maxX(), visibleWidth, originX);
        ScrollBars.show(vertical, bounds.y(), bounds.maxY(), visibleHeight, originY);
        syncingScrollBars = false;
    }

    private void scrolled() {
        if (!syncingScrollBars) {
            fitUntilTouched = false;
            originX = horizontal.getValue();
            originY = vertical.getValue();
            requestRepaint();
        }
    }

    // --- previews ---

    /** Shows the model a gesture would produce, without touching the document; see {@link GesturePreview}. */
    void showPreview(java.util.function.Supplier<Model> make) {
        preview.request(make);
        requestRepaint();
    }

    void clearPreview() {
        preview.clear();
        requestRepaint();
    }

    // --- layout and painting ---

    @Override
    protected void layoutChildren() {
        double bar = 14;
        double width = Math.max(0, getWidth() - bar);
        double height = Math.max(0, getHeight() - bar);
        canvas.setWidth(width);
        canvas.setHeight(height);
        horizontal.resizeRelocate(0, height, width, bar);
        vertical.resizeRelocate(width, 0, bar, height);
        updateScrollBars();
        if (fitUntilTouched) {
            fit();
        }
        requestRepaint();
    }

    Canvas canvas() {
        return canvas;
    }

    /** Puts a control over the diagram, such as the in-place rename field. */
    void addOverlay(javafx.scene.Node node) {
        getChildren().add(node);
    }

    /** Paints now; normally called once per frame after a change. */
    void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        Model model = preview.showing() ? preview.model() : viewModel.getModel();
        Analysis analysis = preview.showing() ? preview.analysis() : viewModel.getAnalysis();
        DiagramGeometry shown = preview.showing() ? preview.geometry() : geometry;
        Rect visible = new Rect(originX, originY, canvas.getWidth() / zoom.get(), canvas.getHeight() / zoom.get());
        String view = originX + "," + originY + "," + zoom.get() + "," + canvas.getWidth() + "," + canvas.getHeight();
        // While a drag previews, only the region whose shapes changed since the last frame is repainted.
        Rect region = visible;
        if (preview.showing() && paintedPreview && view.equals(paintedView) && painted != null) {
            Rect changed = GeometryDiff.changed(painted, shown);
            if (changed == null) {
                return;
            }
            region = changed.padded(16 + 16 / zoom.get());
            dirtyRepaints++;
        }
        FxPainter painter = painter(g);
        painter.save();
        g.setTransform(new Affine());
        if (region != visible) {
            g.beginPath();
            g.rect(toScreenX(region.x()), toScreenY(region.y()), region.width() * zoom.get(),
                    region.height() * zoom.get());
            g.clip();
        }
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        grid.paint(g, zoom.get(), originX, originY, canvas.getWidth(), canvas.getHeight());
        g.setTransform(new Affine(zoom.get(), 0, -originX * zoom.get(), 0, zoom.get(), -originY * zoom.get()));
        new DiagramRenderer().paint(painter, model, analysis, shown, renderOptions().withView(region, zoom.get()));
        input.paintFeedback(g);
        painter.restore();
        painted = shown;
        paintedPreview = preview.showing();
        paintedView = view;
    }

    /** Frames painted only in part, for tests of the drag repaint. */
    int dirtyRepaints() {
        return dirtyRepaints;
    }

    private DiagramGeometry painted;
    private boolean paintedPreview;
    private String paintedView;
    private int dirtyRepaints;

    // One painter for the canvas's lifetime, so its text measurements are reused frame to frame.
    private FxPainter painter;

    private FxPainter painter(GraphicsContext g) {
        if (painter == null) {
            painter = new FxPainter(g);
        }
        return painter;
    }
}
