package dev.productscope.model;

/** The kinds of zone in a deployment and who manages what stands in them (FORMAT.md, Zones). */
public enum ZoneKind implements JsonEnum {
    CUSTOMER_ENVIRONMENT("customer-environment", Management.LOCAL, "Customer environment"),
    MANUFACTURER_DATA_CENTER("manufacturer-data-center", Management.REMOTE, "Manufacturer data centre"),
    THIRD_PARTY_CLOUD("third-party-cloud", Management.REMOTE, "Third-party cloud");

    private final String id;
    private final Management managed;
    private final String label;

    ZoneKind(String id, Management managed, String label) {
        this.id = id;
        this.managed = managed;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    public Management managed() {
        return managed;
    }

    public String label() {
        return label;
    }
}
