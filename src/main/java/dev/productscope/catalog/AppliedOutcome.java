package dev.productscope.catalog;

import java.util.List;

/** An outcome (a leaf: sub-outcome or provision) that applies, with its reasons. */
public record AppliedOutcome(Outcome outcome, List<Reason> reasons) {

    public AppliedOutcome {
        reasons = List.copyOf(reasons);
    }
}
