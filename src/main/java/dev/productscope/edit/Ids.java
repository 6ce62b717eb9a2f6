package dev.productscope.edit;

import dev.productscope.model.Model;
import java.util.Collection;
import java.util.Locale;

/** Makes ids that no element of a model uses yet. */
public final class Ids {

    private Ids() {
    }

    /** A readable id from {@code base} ("Smart bulb" gives "smart-bulb", then "smart-bulb-2", ...). */
    public static String unique(Model model, String base, Collection<String> alsoTaken) {
        String stem = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        // A copy of "router-3" is "router-4", not "router-3-2".
        stem = stem.replaceAll("-\\d+$", "");
        if (stem.isEmpty()) {
            stem = "item";
        }
        if (stem.length() > 80) {
            stem = stem.substring(0, 80);
        }
        String candidate = stem;
        for (int n = 2; model.containsId(candidate) || alsoTaken.contains(candidate); n++) {
            candidate = stem + "-" + n;
        }
        return candidate;
    }
}
