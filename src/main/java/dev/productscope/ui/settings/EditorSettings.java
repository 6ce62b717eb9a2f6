package dev.productscope.ui.settings;

import dev.productscope.ui.editor.Autosaver;
import dev.productscope.ui.editor.EditorView;

/** Makes an editor window follow the user's settings, at once as they change. */
public final class EditorSettings {

    private EditorSettings() {
    }

    /**
     * Grid size and snapping (View > Snap to Grid and the preference are one setting), the autosave
     * interval if there is an autosaver, the theme, and Edit > Preferences.
     */
    public static void bind(EditorView view, UserPreferences preferences, Autosaver autosaver) {
        view.canvas().gridSizeProperty().bind(preferences.gridSizeProperty());
        view.snapToGridProperty().bindBidirectional(preferences.snapToGridProperty());
        if (autosaver != null) {
            autosaver.intervalSecondsProperty().bind(preferences.autosaveSecondsProperty());
        }
        ThemeSwitcher.follow(preferences.themeProperty());
        view.setOnPreferences(() -> PreferencesDialog.show(view.canvas().getScene().getWindow(), preferences));
    }
}
