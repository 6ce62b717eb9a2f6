package dev.productscope.model;

/** Who develops a component: the product's manufacturer or a third party. */
public enum Developer implements JsonEnum {
    MANUFACTURER("manufacturer"),
    THIRD_PARTY("third-party");

    private final String id;

    Developer(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
