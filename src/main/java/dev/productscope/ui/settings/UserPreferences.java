package dev.productscope.ui.settings;

import dev.productscope.ui.UserNodes;
import dev.productscope.ui.editor.CanvasGrid;
import dev.productscope.ui.export.ExportDefaults;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The user's settings, live: the theme, the grid, snapping and the autosave interval, each a
 * property the running windows follow and each written through to the user's preferences as it
 * changes; and the export defaults, in the node File > Export shares. Stored values that are
 * missing, unreadable or out of range read as the defaults.
 */
public final class UserPreferences {

    public static final Theme DEFAULT_THEME = Theme.LIGHT;
    public static final int DEFAULT_AUTOSAVE_SECONDS = 30;
    /** The shortest autosave interval but off (0), and the longest. */
    public static final int MIN_AUTOSAVE_SECONDS = 5;
    public static final int MAX_AUTOSAVE_SECONDS = 3600;

    static final String THEME = "theme";
    static final String GRID_SIZE = "gridSize";
    static final String SNAP = "snapToGrid";
    static final String AUTOSAVE = "autosaveSeconds";

    private static final System.Logger LOG = System.getLogger(UserPreferences.class.getName());

    private final Preferences node;
    private final Preferences exportNode;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, THEME);
    private final IntegerProperty gridSize = new SimpleIntegerProperty(this, GRID_SIZE);
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(this, SNAP);
    private final IntegerProperty autosaveSeconds = new SimpleIntegerProperty(this, AUTOSAVE);

    /** Settings under {@code root}: {@code root/preferences} and {@code root/export}. */
    public UserPreferences(Preferences root) {
        this.node = root.node("preferences");
        this.exportNode = root.node("export");
        theme.set(Theme.byId(node.get(THEME, "")).orElse(DEFAULT_THEME));
        gridSize.set(gridSize(node.getInt(GRID_SIZE, CanvasGrid.DEFAULT_SIZE)));
        snapToGrid.set(node.getBoolean(SNAP, true));
        autosaveSeconds.set(autosaveSeconds(node.getInt(AUTOSAVE, DEFAULT_AUTOSAVE_SECONDS)));
        theme.addListener((obs, old, now) -> {
            theme.set(now == null ? DEFAULT_THEME : now);
            write(THEME, theme.get().id());
        });
        gridSize.addListener((obs, old, now) -> {
            gridSize.set(gridSize(now.intValue()));
            write(GRID_SIZE, Integer.toString(gridSize.get()));
        });
        snapToGrid.addListener((obs, old, now) -> write(SNAP, Boolean.toString(now)));
        autosaveSeconds.addListener((obs, old, now) -> {
            autosaveSeconds.set(autosaveSeconds(now.intValue()));
            write(AUTOSAVE, Integer.toString(autosaveSeconds.get()));
        });
    }

    public static UserPreferences forUser() {
        return new UserPreferences(UserNodes.root());
    }

    /** A grid spacing within the range the canvas draws. */
    public static int gridSize(int size) {
        return Math.max(CanvasGrid.MIN_SIZE, Math.min(CanvasGrid.MAX_SIZE, size));
    }

    /** 0 (off), or an interval within {@link #MIN_AUTOSAVE_SECONDS}..{@link #MAX_AUTOSAVE_SECONDS}. */
    public static int autosaveSeconds(int seconds) {
        return seconds <= 0 ? 0 : Math.max(MIN_AUTOSAVE_SECONDS, Math.min(MAX_AUTOSAVE_SECONDS, seconds));
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public IntegerProperty gridSizeProperty() {
        return gridSize;
    }

    public BooleanProperty snapToGridProperty() {
        return snapToGrid;
    }

    /** Seconds between autosaves of unsaved changes; 0 turns autosave off. */
    public IntegerProperty autosaveSecondsProperty() {
        return autosaveSeconds;
    }

    public ExportDefaults exportDefaults() {
        return ExportDefaults.load(exportNode);
    }

    public void setExportDefaults(ExportDefaults defaults) {
        defaults.store(exportNode);
        flush(exportNode);
    }

    private void write(String key, String value) {
        if (!value.equals(node.get(key, null))) {
            node.put(key, value);
            flush(node);
        }
    }

    // Written at once, so a setting survives a crash; a store that cannot be written is not worth a dialog.
    private static void flush(Preferences preferences) {
        try {
            preferences.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not store the preferences: " + e.getMessage());
        }
    }
}
