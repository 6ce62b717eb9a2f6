package dev.productscope.analysis;

import dev.productscope.model.JsonEnum;

/** Who directly controls a component (CSWP 33, Locally vs. remotely managed). */
public enum Locality implements JsonEnum {
    /** Under the customer's direct control, in the customer environment. */
    LOCAL("local"),
    /** Under the manufacturer's or a third party's direct control. */
    REMOTE("remote"),
    /** Neither zone nor host says: networks between zones, or a component drawn without a zone. */
    UNKNOWN("unknown");

    private final String id;

    Locality(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
