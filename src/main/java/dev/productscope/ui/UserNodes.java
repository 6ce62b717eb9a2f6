package dev.productscope.ui;

import java.util.prefs.Preferences;

/**
 * Where the program keeps what it remembers for the user: nodes under {@code dev/productscope} of
 * the user's preferences, or under the node the system property {@value #ROOT_PROPERTY} names, so
 * that tests that start the real application never touch the user's own settings.
 */
public final class UserNodes {

    public static final String ROOT_PROPERTY = "productscope.preferences.root";
    private static final String DEFAULT_ROOT = "dev/productscope";

    private UserNodes() {
    }

    /** The node all of the program's preferences are under. */
    public static Preferences root() {
        String root = System.getProperty(ROOT_PROPERTY, DEFAULT_ROOT).strip();
        return Preferences.userRoot().node(root.isEmpty() || root.startsWith("/") ? DEFAULT_ROOT : root);
    }

    /** A child of {@link #root()}, e.g. {@code recent} or {@code window}. */
    public static Preferences node(String child) {
        return root().node(child);
    }
}
