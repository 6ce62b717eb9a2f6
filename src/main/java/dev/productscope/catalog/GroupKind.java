package dev.productscope.catalog;

import dev.productscope.model.JsonEnum;

/** What kind of outcomes a group holds. */
public enum GroupKind implements JsonEnum {
    /** Capabilities the product's components provide (NISTIR 8259A, NIST IR 8425). */
    TECHNICAL("technical"),
    /** What the manufacturer does around the product (NISTIR 8259B, NIST IR 8425). */
    NON_TECHNICAL("non-technical"),
    /** Provisions of a standard, e.g. ETSI EN 303 645. */
    PROVISION("provision");

    private final String id;

    GroupKind(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
