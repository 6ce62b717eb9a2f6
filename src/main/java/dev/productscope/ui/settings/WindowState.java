package dev.productscope.ui.settings;

import dev.productscope.ui.UserNodes;
import java.util.Map;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The editor window's place, size, maximised state and split-pane dividers, kept between runs.
 * A place that is no longer on any screen (a monitor was unplugged) is not restored.
 */
public final class WindowState {

    private static final System.Logger LOG = System.getLogger(WindowState.class.getName());
    private static final double MIN_VISIBLE = 48;

    private final Preferences node;
    /** The last bounds the window had while neither maximised nor iconified: what restores it. */
    private Rectangle2D normalBounds;

    public WindowState(Preferences node) {
        this.node = node;
    }

    public static WindowState forUser() {
        return new WindowState(UserNodes.node("window"));
    }

    /** The stored bounds, if there are any and enough of them is on a screen to grab the title bar. */
    public java.util.Optional<Rectangle2D> storedBounds() {
        double x = node.getDouble("x", Double.NaN);
        double y = node.getDouble("y", Double.NaN);
        double width = node.getDouble("width", Double.NaN);
        double height = node.getDouble("height", Double.NaN);
        if (Double.isNaN(x) || Double.isNaN(y) || !(width >= 200) || !(height >= 150)) {
            return java.util.Optional.empty();
        }
        Rectangle2D titleBar = new Rectangle2D(x + MIN_VISIBLE, y, Math.max(1, width - 2 * MIN_VISIBLE), MIN_VISIBLE);
        boolean onScreen = Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(titleBar));
        return onScreen ? java.util.Optional.of(new Rectangle2D(x, y, width, height)) : java.util.Optional.empty();
    }

    /**
     * Puts an unshown stage where it was last time and sets the dividers; returns whether there was
     * a place to restore. Call before {@code show()}. Then follows the stage to remember its normal bounds.
     */
    public boolean restore(Stage stage, Map<String, SplitPane> splits) {
        splits.forEach((name, split) -> {
            double[] positions = split.getDividerPositions();
            for (int i = 0; i < positions.length; i++) {
                double stored = node.getDouble("split." + name + "." + i, Double.NaN);
                if (stored >= 0 && stored <= 1) {
                    split.setDividerPosition(i, stored);
                }
            }
        });
        java.util.Optional<Rectangle2D> bounds = storedBounds();
        bounds.ifPresent(b -> {
            stage.setX(b.getMinX());
            stage.setY(b.getMinY());
            stage.setWidth(b.getWidth());
            stage.setHeight(b.getHeight());
            normalBounds = b;
        });
        if (bounds.isPresent() && node.getBoolean("maximized", false)) {
            stage.setMaximized(true);
        }
        follow(stage);
        return bounds.isPresent();
    }

    private void follow(Stage stage) {
        javafx.beans.InvalidationListener moved = obs -> {
            if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen() && stage.isShowing()) {
                normalBounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        };
        stage.xProperty().addListener(moved);
        stage.yProperty().addListener(moved);
        stage.widthProperty().addListener(moved);
        stage.heightProperty().addListener(moved);
        stage.showingProperty().addListener(moved);
    }

    /** Writes the stage's normal bounds, whether it is maximised, and the dividers. */
    public void remember(Stage stage, Map<String, SplitPane> splits) {
        try {
            store(stage, splits);
        } catch (IllegalStateException removed) {
            // The node was removed under us (preferences reset): there is nowhere left to remember to.
            LOG.log(System.Logger.Level.WARNING, "Could not store the window's place: " + removed.getMessage());
        }
    }

    private void store(Stage stage, Map<String, SplitPane> splits) {
        Rectangle2D bounds = normalBounds != null ? normalBounds
                : new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        if (bounds.getWidth() > 0 && bounds.getHeight() > 0) {
            node.putDouble("x", bounds.getMinX());
            node.putDouble("y", bounds.getMinY());
            node.putDouble("width", bounds.getWidth());
            node.putDouble("height", bounds.getHeight());
        }
        node.putBoolean("maximized", stage.isMaximized());
        splits.forEach((name, split) -> {
            double[] positions = split.getDividerPositions();
            for (int i = 0; i < positions.length; i++) {
                node.putDouble("split." + name + "." + i, positions[i]);
            }
        });
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not store the window's place: " + e.getMessage());
        }
    }
}
