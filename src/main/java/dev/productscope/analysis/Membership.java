package dev.productscope.analysis;

import dev.productscope.model.JsonEnum;

/** Whether a component is part of a product. */
public enum Membership implements JsonEnum {
    /** An IoT product component of the product. */
    IN("in"),
    /** Excluded by a rule: infrastructure, a host, optional, or another product's. */
    OUT("out"),
    /** No rule ties it to the product. */
    NONE("none");

    private final String id;

    Membership(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
