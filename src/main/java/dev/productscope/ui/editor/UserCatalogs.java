package dev.productscope.ui.editor;

import dev.productscope.catalog.Catalog;
import dev.productscope.io.CatalogReader;
import dev.productscope.io.ModelFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

/** The catalog files a user has added over the bundled one, in order, kept in the user's preferences. */
public final class UserCatalogs {

    private static final int MAX = 32;
    private final StoredPaths files;

    public UserCatalogs(Preferences preferences) {
        this.files = new StoredPaths(preferences, "catalog", MAX);
    }

    public static UserCatalogs forUser() {
        return new UserCatalogs(dev.productscope.ui.UserNodes.node("catalogs"));
    }

    public List<Path> list() {
        return files.list();
    }

    public void set(List<Path> paths) {
        files.set(paths);
    }

    /**
     * The bundled catalog with every listed file that still reads laid over it; a file that
     * does not read is left out and its problems are added to {@code problems}.
     */
    public Catalog load(List<String> problems) {
        Catalog catalog = CatalogReader.bundled();
        for (Path file : list()) {
            try {
                catalog = new CatalogReader().read(file, catalog);
            } catch (ModelFileException e) {
                problems.add(e.getMessage());
            }
        }
        return catalog;
    }
}
