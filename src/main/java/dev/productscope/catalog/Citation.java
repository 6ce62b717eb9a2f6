package dev.productscope.catalog;

import java.util.Objects;

/**
 * Where a catalog fact comes from: a seed document and a section of it.
 *
 * @param document a {@link SourceDocument} id, e.g. {@code cswp-33}
 * @param section  a section number ("3.2") or, for a document without numbers, its heading
 */
public record Citation(String document, String section) {

    public Citation {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(section, "section");
    }
}
