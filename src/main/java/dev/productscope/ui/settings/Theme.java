package dev.productscope.ui.settings;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Arrays;
import java.util.Optional;

/** The look of the windows: JavaFX's own, or AtlantaFX's Primer in light or dark. The diagram stays on white paper. */
public enum Theme {
    CLASSIC("classic", "Classic (JavaFX Modena)", false),
    LIGHT("light", "Light", false),
    DARK("dark", "Dark", true);

    private final String id;
    private final String label;
    private final boolean dark;

    Theme(String id, String label, boolean dark) {
        this.id = id;
        this.label = label;
        this.dark = dark;
    }

    /** The name kept in the preferences. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public boolean isDark() {
        return dark;
    }

    /** The user-agent stylesheet to install; {@code null} for JavaFX's default (Modena). */
    public String userAgentStylesheet() {
        return switch (this) {
            case CLASSIC -> null;
            case LIGHT -> new PrimerLight().getUserAgentStylesheet();
            case DARK -> new PrimerDark().getUserAgentStylesheet();
        };
    }

    public static Optional<Theme> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
