package dev.productscope.catalog;

import java.util.List;

/**
 * A cybersecurity outcome, sub-outcome or provision.
 *
 * @param parent     the outcome this one refines, or {@code null}
 * @param code       the id people use for it: "DP-1a", "Documentation 1c", "5.3"
 * @param references informative references for this outcome (CSWP 33 Tables 1-3)
 */
public record Outcome(String id, String group, String parent, String code, String title, String summary,
                      Citation source, List<String> references) {

    public Outcome {
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** "DP-1a Stored data protected", or just the title when the code says the same. */
    public String label() {
        return code == null || code.equalsIgnoreCase(title) ? title : code + " " + title;
    }
}
