package dev.productscope.ui;

import dev.productscope.ui.settings.Theme;
import dev.productscope.ui.settings.ThemeSwitcher;
import java.util.prefs.BackingStoreException;

/**
 * A user who never ran ProductScope, for tests that start the real application: preferences of
 * its own under a new node, and JavaFX's own look again afterwards for the tests that follow.
 */
final class FreshUser implements AutoCloseable {

    private final String before = System.getProperty(UserNodes.ROOT_PROPERTY);

    FreshUser() {
        System.setProperty(UserNodes.ROOT_PROPERTY, "dev/productscope-test/user-" + System.nanoTime());
    }

    @Override
    public void close() throws BackingStoreException {
        UserNodes.root().removeNode();
        if (before == null) {
            System.clearProperty(UserNodes.ROOT_PROPERTY);
        } else {
            System.setProperty(UserNodes.ROOT_PROPERTY, before);
        }
        javafx.application.Platform.runLater(() -> ThemeSwitcher.apply(Theme.CLASSIC));
    }
}
