package dev.productscope.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A parsed JSON document and where each value stood in the file, keyed by JSON path, so that
 * problems found later can still name their line and column.
 */
record JsonTree(JsonNode root, Map<String, int[]> locations) {

    /** {@code {line, column}} of the value at {@code path}, or of its nearest located parent. */
    int[] locate(String path) {
        String current = path;
        while (true) {
            int[] location = locations.get(current);
            if (location != null) {
                return location;
            }
            int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
            if (cut <= 0) {
                return locations.getOrDefault("$", new int[] {0, 0});
            }
            current = current.substring(0, cut);
        }
    }
}
