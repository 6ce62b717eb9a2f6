package dev.productscope.catalog;

import java.util.List;

/**
 * What applies to one component or product: references, outcomes and notes, each in catalog
 * order, each with why.
 */
public record Applicable(List<AppliedReference> references, List<AppliedOutcome> outcomes, List<AppliedNote> notes) {

    public static final Applicable NOTHING = new Applicable(List.of(), List.of(), List.of());

    public Applicable {
        references = List.copyOf(references);
        outcomes = List.copyOf(outcomes);
        notes = List.copyOf(notes);
    }

    public boolean isEmpty() {
        return references.isEmpty() && outcomes.isEmpty() && notes.isEmpty();
    }

    public boolean hasReference(String id) {
        return references.stream().anyMatch(r -> r.reference().id().equals(id));
    }

    public boolean hasOutcome(String id) {
        return outcomes.stream().anyMatch(o -> o.outcome().id().equals(id));
    }
}
