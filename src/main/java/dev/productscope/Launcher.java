package dev.productscope;

import dev.productscope.cli.ProductScopeCommand;
import dev.productscope.ui.ProductScopeApp;
import java.util.Locale;

/**
 * The jar's entry point. It must not extend {@code javafx.application.Application}: started
 * from the class path, such a main class fails with "JavaFX runtime components are missing".
 * With no arguments it opens the editor, with one model file it opens the editor on that file,
 * and with anything else it runs the command line headless.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (opensEditor(args)) {
            ProductScopeApp.launchEditor(args);
        } else {
            System.exit(ProductScopeCommand.run(args));
        }
    }

    /**
     * No arguments, or a single one that names a model file rather than a command or an option:
     * {@code productscope home.json} opens the file, {@code productscope validate} stays a command.
     */
    static boolean opensEditor(String[] args) {
        if (args.length == 0) {
            return true;
        }
        if (args.length != 1 || args[0].isEmpty() || args[0].startsWith("-")
                || ProductScopeCommand.commandNames().contains(args[0])) {
            return false;
        }
        return args[0].toLowerCase(Locale.ROOT).endsWith(".json") || new java.io.File(args[0]).isFile();
    }
}
