package dev.productscope.model;

/** The four colour-coded categories of the NIST CSWP 33 deployment legend (Figure 5). */
public enum LegendCategory implements JsonEnum {
    NETWORK_INFRASTRUCTURE("network-infrastructure", "Network infrastructure"),
    IOT_INFRASTRUCTURE("iot-infrastructure", "IoT infrastructure"),
    HOSTING_HARDWARE_PLATFORM("hosting-hardware-platform", "Hosting hardware/platform"),
    IOT_PRODUCT_COMPONENT("iot-product-component", "IoT product component");

    private final String id;
    private final String label;

    LegendCategory(String id, String label) {
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
