package dev.productscope.model;

/** Who is responsible for a checklist item, in CSWP 33's roles. */
public enum OwnerRole implements JsonEnum {
    MANUFACTURER("manufacturer", "Manufacturer"),
    CUSTOMER("customer", "Customer"),
    CLOUD_SERVICE_PROVIDER("cloud-service-provider", "Cloud service provider"),
    THIRD_PARTY_SOFTWARE_DEVELOPER("third-party-software-developer", "Third-party software developer"),
    THIRD_PARTY_HARDWARE_SUPPLIER("third-party-hardware-supplier", "Third-party hardware part supplier"),
    WHITE_LABEL_MANUFACTURER("white-label-manufacturer", "White-label manufacturer"),
    OS_DEVELOPER("os-developer", "Operating system developer");

    private final String id;
    private final String label;

    OwnerRole(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }
}
