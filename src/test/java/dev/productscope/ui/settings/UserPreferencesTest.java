package dev.productscope.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.io.export.ExportFormat;
import dev.productscope.ui.editor.CanvasGrid;
import dev.productscope.ui.export.ExportDefaults;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Settings survive a restart, and whatever is in the store reads as something the program can use. */
class UserPreferencesTest {

    private Preferences root;

    @BeforeEach
    void freshNode() {
        root = Preferences.userRoot().node("dev/productscope-test/prefs-" + System.nanoTime());
    }

    @AfterEach
    void forget() throws Exception {
        root.removeNode();
    }

    @Test
    void aNewUserGetsTheDefaults() {
        UserPreferences preferences = new UserPreferences(root);

        assertThat(preferences.themeProperty().get()).isEqualTo(UserPreferences.DEFAULT_THEME);
        assertThat(preferences.gridSizeProperty().get()).isEqualTo(CanvasGrid.DEFAULT_SIZE);
        assertThat(preferences.snapToGridProperty().get()).isTrue();
        assertThat(preferences.autosaveSecondsProperty().get()).isEqualTo(UserPreferences.DEFAULT_AUTOSAVE_SECONDS);
        assertThat(preferences.exportDefaults()).isEqualTo(ExportDefaults.FACTORY);
    }

    @Test
    void everySettingRoundTripsThroughTheStore() {
        UserPreferences first = new UserPreferences(root);
        first.themeProperty().set(Theme.DARK);
        first.gridSizeProperty().set(25);
        first.snapToGridProperty().set(false);
        first.autosaveSecondsProperty().set(0);
        ExportDefaults export = new ExportDefaults(ExportFormat.SVG, false, true, false, 3);
        first.setExportDefaults(export);

        UserPreferences second = new UserPreferences(root);

        assertThat(second.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(second.gridSizeProperty().get()).isEqualTo(25);
        assertThat(second.snapToGridProperty().get()).isFalse();
        assertThat(second.autosaveSecondsProperty().get()).isZero();
        assertThat(second.exportDefaults()).isEqualTo(export);
    }

    @Test
    void storedValuesThatMakeNoSenseReadAsSensibleOnes() {
        Preferences node = root.node("preferences");
        node.put(UserPreferences.THEME, "solarized");
        node.put(UserPreferences.GRID_SIZE, "ten");
        node.put(UserPreferences.SNAP, "maybe");
        node.put(UserPreferences.AUTOSAVE, "1");
        root.node("export").put("format", "docx");
        root.node("export").put("scale", "99");

        UserPreferences preferences = new UserPreferences(root);

        assertThat(preferences.themeProperty().get()).isEqualTo(UserPreferences.DEFAULT_THEME);
        assertThat(preferences.gridSizeProperty().get()).isEqualTo(CanvasGrid.DEFAULT_SIZE);
        assertThat(preferences.snapToGridProperty().get()).isTrue();
        assertThat(preferences.autosaveSecondsProperty().get()).isEqualTo(UserPreferences.MIN_AUTOSAVE_SECONDS);
        assertThat(preferences.exportDefaults().format()).isEqualTo(ExportDefaults.FACTORY.format());
        assertThat(preferences.exportDefaults().scale()).isEqualTo(ExportDefaults.MAX_SCALE);
    }

    @Test
    void valuesSetOutOfRangeAreKeptInRangeAndStoredSo() {
        UserPreferences preferences = new UserPreferences(root);

        preferences.gridSizeProperty().set(1000);
        preferences.autosaveSecondsProperty().set(2);
        preferences.themeProperty().set(null);

        assertThat(preferences.gridSizeProperty().get()).isEqualTo(CanvasGrid.MAX_SIZE);
        assertThat(preferences.autosaveSecondsProperty().get()).isEqualTo(UserPreferences.MIN_AUTOSAVE_SECONDS);
        assertThat(preferences.themeProperty().get()).isEqualTo(UserPreferences.DEFAULT_THEME);
        assertThat(root.node("preferences").getInt(UserPreferences.GRID_SIZE, -1)).isEqualTo(CanvasGrid.MAX_SIZE);
        assertThat(new UserPreferences(root).autosaveSecondsProperty().get())
                .isEqualTo(UserPreferences.MIN_AUTOSAVE_SECONDS);
    }

    @Test
    void theDialogModelChangesNothingUntilApplied() {
        UserPreferences preferences = new UserPreferences(root);
        PreferencesDialogModel dialog = new PreferencesDialogModel(preferences);

        dialog.themeProperty().set(Theme.DARK);
        dialog.gridSizeProperty().set(40);
        dialog.autosaveProperty().set(false);
        dialog.exportFormatProperty().set(ExportFormat.PNG);
        dialog.scaleProperty().set(4);

        assertThat(preferences.themeProperty().get()).isEqualTo(UserPreferences.DEFAULT_THEME);
        assertThat(preferences.gridSizeProperty().get()).isEqualTo(CanvasGrid.DEFAULT_SIZE);

        dialog.apply();

        assertThat(preferences.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(preferences.gridSizeProperty().get()).isEqualTo(40);
        assertThat(preferences.autosaveSecondsProperty().get()).isZero();
        assertThat(preferences.exportDefaults()).isEqualTo(new ExportDefaults(ExportFormat.PNG, true, true, true, 4));
    }

    @Test
    void turningAutosaveBackOnKeepsTheIntervalItHadBefore() {
        UserPreferences preferences = new UserPreferences(root);
        preferences.autosaveSecondsProperty().set(120);
        PreferencesDialogModel off = new PreferencesDialogModel(preferences);
        off.autosaveProperty().set(false);
        off.apply();

        PreferencesDialogModel on = new PreferencesDialogModel(preferences);

        assertThat(on.autosaveProperty().get()).isFalse();
        assertThat(on.autosaveSecondsProperty().get()).isEqualTo(UserPreferences.DEFAULT_AUTOSAVE_SECONDS);
        on.autosaveProperty().set(true);
        on.autosaveSecondsProperty().set(90);
        on.apply();
        assertThat(preferences.autosaveSecondsProperty().get()).isEqualTo(90);
    }

    @Test
    void restoreDefaultsShowsTheFactorySettings() throws Exception {
        UserPreferences preferences = new UserPreferences(root);
        preferences.themeProperty().set(Theme.CLASSIC);
        preferences.gridSizeProperty().set(50);
        preferences.setExportDefaults(new ExportDefaults(ExportFormat.DOT, false, false, false, 1));
        PreferencesDialogModel dialog = new PreferencesDialogModel(preferences);

        dialog.restoreDefaults();
        assertThat(preferences.gridSizeProperty().get()).as("not applied yet").isEqualTo(50);
        dialog.apply();

        UserPreferences fresh = new UserPreferences(Preferences.userRoot().node(root.absolutePath() + "-fresh"));
        try {
            assertThat(preferences.themeProperty().get()).isEqualTo(fresh.themeProperty().get());
            assertThat(preferences.gridSizeProperty().get()).isEqualTo(fresh.gridSizeProperty().get());
            assertThat(preferences.autosaveSecondsProperty().get()).isEqualTo(fresh.autosaveSecondsProperty().get());
            assertThat(preferences.exportDefaults()).isEqualTo(fresh.exportDefaults());
        } finally {
            Preferences.userRoot().node(root.absolutePath() + "-fresh").removeNode();
        }
    }
}
