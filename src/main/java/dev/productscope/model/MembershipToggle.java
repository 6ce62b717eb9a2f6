package dev.productscope.model;

/** A user's decision that a component is in or out of a product, overriding the derivation. */
public enum MembershipToggle implements JsonEnum {
    IN("in"),
    OUT("out");

    private final String id;

    MembershipToggle(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
