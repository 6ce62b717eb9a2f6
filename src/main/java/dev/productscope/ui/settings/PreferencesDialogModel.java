package dev.productscope.ui.settings;

import dev.productscope.io.export.ExportFormat;
import dev.productscope.ui.editor.CanvasGrid;
import dev.productscope.ui.export.ExportDefaults;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Edit > Preferences: a copy of the {@link UserPreferences} being edited, which {@link #apply()}
 * puts in force; Cancel simply drops it. Tested without a window.
 */
public final class PreferencesDialogModel {

    private final UserPreferences preferences;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final IntegerProperty gridSize = new SimpleIntegerProperty(this, "gridSize");
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(this, "snapToGrid");
    private final BooleanProperty autosave = new SimpleBooleanProperty(this, "autosave");
    private final IntegerProperty autosaveSeconds = new SimpleIntegerProperty(this, "autosaveSeconds");
    private final ObjectProperty<ExportFormat> exportFormat = new SimpleObjectProperty<>(this, "exportFormat");
    private final BooleanProperty legend = new SimpleBooleanProperty(this, "legend");
    private final BooleanProperty titleBlock = new SimpleBooleanProperty(this, "titleBlock");
    private final BooleanProperty findingsKey = new SimpleBooleanProperty(this, "findingsKey");
    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale");

    public PreferencesDialogModel(UserPreferences preferences) {
        this.preferences = preferences;
        theme.set(preferences.themeProperty().get());
        gridSize.set(preferences.gridSizeProperty().get());
        snapToGrid.set(preferences.snapToGridProperty().get());
        int seconds = preferences.autosaveSecondsProperty().get();
        autosave.set(seconds > 0);
        autosaveSeconds.set(seconds > 0 ? seconds : UserPreferences.DEFAULT_AUTOSAVE_SECONDS);
        showExport(preferences.exportDefaults());
    }

    private void showExport(ExportDefaults defaults) {
        exportFormat.set(defaults.format());
        legend.set(defaults.legend());
        titleBlock.set(defaults.titleBlock());
        findingsKey.set(defaults.findingsKey());
        scale.set(defaults.scale());
    }

    /** Puts what the dialog shows in force: the windows follow at once, and it is stored for the next run. */
    public void apply() {
        preferences.themeProperty().set(theme.get());
        preferences.gridSizeProperty().set(UserPreferences.gridSize(gridSize.get()));
        preferences.snapToGridProperty().set(snapToGrid.get());
        preferences.autosaveSecondsProperty().set(autosave.get()
                ? Math.max(UserPreferences.MIN_AUTOSAVE_SECONDS, UserPreferences.autosaveSeconds(autosaveSeconds.get()))
                : 0);
        preferences.setExportDefaults(new ExportDefaults(exportFormat.get(), legend.get(), titleBlock.get(),
                findingsKey.get(), scale.get()));
    }

    /** Shows the settings a new user starts with; nothing changes until {@link #apply()}. */
    public void restoreDefaults() {
        theme.set(UserPreferences.DEFAULT_THEME);
        gridSize.set(CanvasGrid.DEFAULT_SIZE);
        snapToGrid.set(true);
        autosave.set(true);
        autosaveSeconds.set(UserPreferences.DEFAULT_AUTOSAVE_SECONDS);
        showExport(ExportDefaults.FACTORY);
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

    /** Whether unsaved changes are autosaved at all. */
    public BooleanProperty autosaveProperty() {
        return autosave;
    }

    public IntegerProperty autosaveSecondsProperty() {
        return autosaveSeconds;
    }

    public ObjectProperty<ExportFormat> exportFormatProperty() {
        return exportFormat;
    }

    public BooleanProperty legendProperty() {
        return legend;
    }

    public BooleanProperty titleBlockProperty() {
        return titleBlock;
    }

    public BooleanProperty findingsKeyProperty() {
        return findingsKey;
    }

    public DoubleProperty scaleProperty() {
        return scale;
    }
}
