package dev.productscope.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The files opened last, most recent first, kept in the user's preferences. */
public final class RecentFiles {

    private static final int MAX = 8;
    private final Preferences preferences;

    public RecentFiles(Preferences preferences) {
        this.preferences = preferences;
    }

    public static RecentFiles forUser() {
        return new RecentFiles(Preferences.userRoot().node("dev/productscope/recent"));
    }

    public List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String value = preferences.get("file" + i, null);
            if (value != null) {
                files.add(Path.of(value));
            }
        }
        return files;
    }

    public void add(Path file) {
        List<Path> files = new ArrayList<>(list());
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                preferences.put("file" + i, files.get(i).toString());
            } else {
                preferences.remove("file" + i);
            }
        }
    }
}
