package dev.productscope.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The files opened last, most recent first, kept in the user's preferences. */
public final class RecentFiles {

    private static final int MAX = 8;
    private final StoredPaths files;

    public RecentFiles(Preferences preferences) {
        this.files = new StoredPaths(preferences, "file", MAX);
    }

    public static RecentFiles forUser() {
        return new RecentFiles(dev.productscope.ui.UserNodes.node("recent"));
    }

    public List<Path> list() {
        return files.list();
    }

    public void add(Path file) {
        List<Path> recent = new ArrayList<>(list());
        Path absolute = file.toAbsolutePath().normalize();
        recent.remove(absolute);
        recent.add(0, absolute);
        files.set(recent);
    }
}
