package dev.productscope.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Extension data of one object: keys that start with {@code x-}, each mapped to its value as
 * compact JSON text. The program never interprets them; it keeps them in order and writes them
 * back unchanged.
 */
public record Extensions(Map<String, String> values) {

    public static final String PREFIX = "x-";
    private static final Extensions NONE = new Extensions(Map.of());

    public Extensions {
        Objects.requireNonNull(values, "values");
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (!isExtensionKey(entry.getKey())) {
                throw new IllegalArgumentException("extension key must start with 'x-': " + entry.getKey());
            }
            Objects.requireNonNull(entry.getValue(), "extension value of " + entry.getKey());
        }
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Extensions none() {
        return NONE;
    }

    public static boolean isExtensionKey(String key) {
        return key.startsWith(PREFIX) && key.length() > PREFIX.length();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
