package dev.productscope.model;

/** The market sector a product is made for; it selects sector-specific references. */
public enum Sector implements JsonEnum {
    CONSUMER("consumer"),
    ENTERPRISE("enterprise"),
    INDUSTRIAL("industrial"),
    MEDICAL("medical"),
    FEDERAL("federal"),
    OTHER("other");

    private final String id;

    Sector(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
