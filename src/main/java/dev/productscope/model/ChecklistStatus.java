package dev.productscope.model;

/** Where an assessment of one checklist item stands. */
public enum ChecklistStatus implements JsonEnum {
    NOT_ASSESSED("not-assessed", "Not assessed"),
    MET("met", "Met"),
    PARTIALLY_MET("partially-met", "Partially met"),
    NOT_MET("not-met", "Not met"),
    NOT_APPLICABLE("not-applicable", "Not applicable");

    private final String id;
    private final String label;

    ChecklistStatus(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** ETSI EN 303 645 provision 4-1 asks a reason for "not applicable"; a "not met" needs one as much. */
    public boolean needsJustification() {
        return this == NOT_APPLICABLE || this == NOT_MET;
    }
}
