package dev.productscope.analysis;

import dev.productscope.model.JsonEnum;

/** How much a finding matters, most severe first. */
public enum Severity implements JsonEnum {
    ERROR("error"),
    WARNING("warning"),
    INFO("info");

    private final String id;

    Severity(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** Whether this is as severe as {@code level} or more. */
    public boolean atLeast(Severity level) {
        return ordinal() <= level.ordinal();
    }
}
