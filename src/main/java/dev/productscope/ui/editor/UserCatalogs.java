package dev.productscope.ui.editor;

import dev.productscope.catalog.Catalog;
import dev.productscope.io.CatalogReader;
import dev.productscope.io.ModelFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The catalog files a user has added over the bundled one, in order, kept in the user's preferences. */
public final class UserCatalogs {

    private static final int MAX = 32;
    private final Preferences preferences;

    public UserCatalogs(Preferences preferences) {
        this.preferences = preferences;
    }

    public static UserCatalogs forUser() {
        return new UserCatalogs(Preferences.userRoot().node("dev/productscope/catalogs"));
    }

    public List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String value = preferences.get("catalog" + i, null);
            if (value != null) {
                files.add(Path.of(value));
            }
        }
        return files;
    }

    public void set(List<Path> files) {
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                preferences.put("catalog" + i, files.get(i).toAbsolutePath().normalize().toString());
            } else {
                preferences.remove("catalog" + i);
            }
        }
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
