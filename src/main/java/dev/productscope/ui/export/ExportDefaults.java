package dev.productscope.ui.export;

import dev.productscope.io.export.ExportFormat;
import java.util.Objects;
import java.util.prefs.Preferences;

/**
 * The options File > Export starts with: the last export's, or what the user set in the
 * preferences. Kept in one preferences node that the export dialog and the preferences dialog share.
 *
 * @param scale the PNG scale, 1 to 4
 */
public record ExportDefaults(ExportFormat format, boolean legend, boolean titleBlock, boolean findingsKey,
        double scale) {

    public static final double MIN_SCALE = 1;
    public static final double MAX_SCALE = 4;
    public static final ExportDefaults FACTORY = new ExportDefaults(ExportFormat.REPORT_HTML, true, true, true, 2);

    public ExportDefaults {
        Objects.requireNonNull(format, "format");
        scale = Double.isNaN(scale) ? FACTORY.scale : Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale));
    }

    /** What {@code node} holds; a value that is missing or unreadable falls back to {@link #FACTORY}'s. */
    public static ExportDefaults load(Preferences node) {
        return new ExportDefaults(ExportFormat.byId(node.get("format", "")).orElse(FACTORY.format),
                node.getBoolean("legend", FACTORY.legend), node.getBoolean("titleBlock", FACTORY.titleBlock),
                node.getBoolean("findingsKey", FACTORY.findingsKey), node.getDouble("scale", FACTORY.scale));
    }

    public void store(Preferences node) {
        node.put("format", format.id());
        node.putBoolean("legend", legend);
        node.putBoolean("titleBlock", titleBlock);
        node.putBoolean("findingsKey", findingsKey);
        node.putDouble("scale", scale);
    }
}
