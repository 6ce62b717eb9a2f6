package dev.productscope.model;

/** How a flow's data is protected on its way. */
public enum Protection implements JsonEnum {
    /** No cryptographic protection. */
    NONE("none"),
    /** Protected hop by hop, e.g. TLS to the next piece of equipment. */
    TRANSPORT("transport"),
    /** End to end between the two components, keyed per product instance. */
    APPLICATION("application");

    private final String id;

    Protection(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
