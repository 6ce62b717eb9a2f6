package dev.productscope;

import dev.productscope.cli.ProductScopeCommand;
import dev.productscope.ui.ProductScopeApp;

/**
 * The jar's entry point. It must not extend {@code javafx.application.Application}: started
 * from the class path, such a main class fails with "JavaFX runtime components are missing".
 * With no arguments it opens the editor; with any argument it runs the command line headless.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            ProductScopeApp.launchEditor(args);
        } else {
            System.exit(ProductScopeCommand.run(args));
        }
    }
}
