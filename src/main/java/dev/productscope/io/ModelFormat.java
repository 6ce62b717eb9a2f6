package dev.productscope.io;

import java.util.List;

/** The names and key orders of model file format version 1 (FORMAT.md), shared by reader and writer. */
final class ModelFormat {

    static final String FORMAT = "productscope-model";
    static final int VERSION = 1;

    static final List<String> MODEL_KEYS = List.of("format", "version", "name", "description", "zones",
            "components", "links", "flows", "products");
    static final List<String> ZONE_KEYS = List.of("id", "name", "kind", "x", "y", "width", "height");
    static final List<String> COMPONENT_KEYS = List.of("id", "name", "kind", "zone", "hostedOn",
            "productSpecific", "required", "developer", "applicationLayerAccess", "x", "y", "width", "height");
    static final List<String> LINK_KEYS = List.of("id", "a", "b", "medium");
    static final List<String> FLOW_KEYS = List.of("id", "from", "to", "label", "bidirectional", "data",
            "protection", "via");
    static final List<String> PRODUCT_KEYS = List.of("id", "name", "devices", "sector", "membership", "checklist",
            "activities");
    static final List<String> CHECKLIST_ENTRY_KEYS = List.of("status", "owner", "justification", "evidence");
    static final List<String> ACTIVITY_ANSWER_KEYS = List.of("status", "answer");

    private ModelFormat() {
    }
}
