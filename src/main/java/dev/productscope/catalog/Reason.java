package dev.productscope.catalog;

/** Why something applies: the rule that said so, its one-sentence reason and its source. */
public record Reason(String rule, String why, Citation source) {

    static Reason of(ApplicabilityRule rule) {
        return new Reason(rule.id(), rule.why(), rule.source());
    }
}
