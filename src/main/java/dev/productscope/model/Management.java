package dev.productscope.model;

/** Who manages the equipment in a zone: the customer on site, or someone remote (CSWP 33). */
public enum Management implements JsonEnum {
    LOCAL("local"),
    REMOTE("remote");

    private final String id;

    Management(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
