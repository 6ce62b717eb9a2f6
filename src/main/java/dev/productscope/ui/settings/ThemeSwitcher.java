package dev.productscope.ui.settings;

import javafx.application.Application;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Puts a {@link Theme} on the whole program at once: the user-agent stylesheet for every window,
 * and the {@value #PRIMER_CLASS} and {@value #DARK_CLASS} style classes on each window's root,
 * which the program's own stylesheet uses to fill in Modena's colour names and for its dark colours. Windows opened later (dialogs) get it as they show.
 */
public final class ThemeSwitcher {

    public static final String DARK_CLASS = "ps-dark";
    /** On the roots while an AtlantaFX theme is in force. */
    public static final String PRIMER_CLASS = "ps-primer";

    private static Theme current = Theme.CLASSIC;
    private static boolean watchingWindows;

    private ThemeSwitcher() {
    }

    /** Applies the theme now and whenever it changes. On the FX thread. */
    public static void follow(ObservableValue<Theme> theme) {
        apply(theme.getValue());
        theme.addListener((obs, old, now) -> apply(now));
    }

    /** Applies {@code theme} to the program at once. On the FX thread. */
    public static void apply(Theme theme) {
        current = theme == null ? Theme.CLASSIC : theme;
        Application.setUserAgentStylesheet(current.userAgentStylesheet());
        Window.getWindows().forEach(ThemeSwitcher::mark);
        if (!watchingWindows) {
            watchingWindows = true;
            Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(ThemeSwitcher::mark);
                }
            });
        }
    }

    public static Theme current() {
        return current;
    }

    private static void mark(Window window) {
        Scene scene = window.getScene();
        if (scene != null) {
            mark(scene.getRoot());
        }
    }

    /** Gives or takes the dark class of a root that is not (yet) in a window's scene. */
    public static void mark(Parent root) {
        if (root == null) {
            return;
        }
        root.getStyleClass().removeAll(DARK_CLASS, PRIMER_CLASS);
        if (current != Theme.CLASSIC) {
            root.getStyleClass().add(PRIMER_CLASS);
        }
        if (current.isDark()) {
            root.getStyleClass().add(DARK_CLASS);
        }
    }
}
