package dev.productscope.io;

import java.util.List;

/** The keys of a catalog file, in the order the format gives them. */
final class CatalogFormat {

    static final String FORMAT = "productscope-catalog";
    static final int VERSION = 1;

    static final List<String> ROOT_KEYS = List.of("format", "version", "id", "catalogVersion", "title",
            "description", "sources", "references", "groups", "outcomes", "mitigationAreas", "activities", "rules");
    static final List<String> SOURCE_KEYS = List.of("id", "title", "shortName", "year", "url");
    static final List<String> REFERENCE_KEYS = List.of("id", "shortName", "title", "publisher", "year", "url");
    static final List<String> GROUP_KEYS = List.of("id", "title", "kind", "reference");
    static final List<String> OUTCOME_KEYS = List.of("id", "group", "parent", "code", "title", "summary", "source",
            "references");
    static final List<String> CITATION_KEYS = List.of("document", "section");
    static final List<String> AREA_KEYS = List.of("id", "title", "summary", "source");
    static final List<String> ACTIVITY_KEYS = List.of("id", "number", "title", "section", "phase", "questions");
    static final List<String> QUESTION_KEYS = List.of("id", "section", "topic", "text");
    static final List<String> RULE_KEYS = List.of("id", "scope", "when", "references", "outcomes", "note", "why",
            "source");
    static final List<String> CONDITION_KEYS = List.of("kinds", "categories", "localities", "developers",
            "hostKinds", "zoneKinds", "operators", "sectors", "membership", "shared");

    private CatalogFormat() {
    }
}
