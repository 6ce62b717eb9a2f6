package dev.productscope.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** An ordered list of file paths kept in the user's preferences, as {@code prefix0}, {@code prefix1}, .... */
final class StoredPaths {

    private final Preferences preferences;
    private final String prefix;
    private final int max;

    StoredPaths(Preferences preferences, String prefix, int max) {
        this.preferences = preferences;
        this.prefix = prefix;
        this.max = max;
    }

    List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            String value = preferences.get(prefix + i, null);
            if (value != null) {
                files.add(Path.of(value));
            }
        }
        return files;
    }

    /** Keeps {@code files}, absolute, in order; the first {@code max} of them. */
    void set(List<Path> files) {
        for (int i = 0; i < max; i++) {
            if (i < files.size()) {
                preferences.put(prefix + i, files.get(i).toAbsolutePath().normalize().toString());
            } else {
                preferences.remove(prefix + i);
            }
        }
    }
}
