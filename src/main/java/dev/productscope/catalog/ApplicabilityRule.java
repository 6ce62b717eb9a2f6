package dev.productscope.catalog;

import java.util.List;
import java.util.Objects;

/**
 * Catalog data that says which references, outcomes and notes apply to a component or product,
 * and why, citing the seed section the fact comes from.
 *
 * @param outcomes outcome ids; a heading outcome stands for all of its leaves
 * @param note     a sentence for the user, or {@code null}
 */
public record ApplicabilityRule(String id, RuleScope scope, Condition when, List<String> references,
                                List<String> outcomes, String note, String why, Citation source) {

    public ApplicabilityRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        when = when == null ? Condition.ALWAYS : when;
        references = references == null ? List.of() : List.copyOf(references);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(source, "source");
    }
}
