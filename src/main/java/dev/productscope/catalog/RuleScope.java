package dev.productscope.catalog;

import dev.productscope.model.JsonEnum;

/** Whether an applicability rule speaks of one component or of a product as a whole. */
public enum RuleScope implements JsonEnum {
    COMPONENT("component"),
    PRODUCT("product");

    private final String id;

    RuleScope(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
