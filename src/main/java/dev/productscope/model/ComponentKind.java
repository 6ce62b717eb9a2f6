package dev.productscope.model;

import static dev.productscope.model.LegendCategory.HOSTING_HARDWARE_PLATFORM;
import static dev.productscope.model.LegendCategory.IOT_INFRASTRUCTURE;
import static dev.productscope.model.LegendCategory.IOT_PRODUCT_COMPONENT;
import static dev.productscope.model.LegendCategory.NETWORK_INFRASTRUCTURE;

/**
 * The kinds of equipment and software an architect can draw, with the defaults FORMAT.md gives
 * each: legend category, application-layer access, whether it is required, who develops it,
 * whether it hosts software, and whether it is software that runs on a host.
 */
public enum ComponentKind implements JsonEnum {
    IOT_DEVICE("iot-device", "IoT device", IOT_PRODUCT_COMPONENT, Role.EQUIPMENT),
    MOBILE_APP("mobile-app", "Mobile app", IOT_PRODUCT_COMPONENT, Role.SOFTWARE),
    DESKTOP_APP("desktop-app", "Desktop app", IOT_PRODUCT_COMPONENT, Role.SOFTWARE),
    WEB_APP("web-app", "Web app", IOT_PRODUCT_COMPONENT, Role.SOFTWARE),
    BACKEND("backend", "Backend", IOT_PRODUCT_COMPONENT, Role.SOFTWARE),
    SPECIALTY_NETWORKING_HARDWARE("specialty-networking-hardware", "Specialty networking hardware",
            IOT_PRODUCT_COMPONENT, Role.EQUIPMENT),
    LOCAL_CONSOLE("local-console", "Local console", IOT_PRODUCT_COMPONENT, Role.EQUIPMENT),
    THIRD_PARTY_APP("third-party-app", "Third-party app", IOT_PRODUCT_COMPONENT, Role.SOFTWARE),
    IOT_GATEWAY("iot-gateway", "IoT gateway / hub", IOT_INFRASTRUCTURE, Role.EQUIPMENT),
    WIFI_ROUTER("wifi-router", "Wi-Fi router", NETWORK_INFRASTRUCTURE, Role.EQUIPMENT),
    INTERNET("internet", "Internet", NETWORK_INFRASTRUCTURE, Role.BETWEEN_ZONES),
    CELLULAR_NETWORK("cellular-network", "Cellular network", NETWORK_INFRASTRUCTURE, Role.BETWEEN_ZONES),
    SMARTPHONE("smartphone", "Smartphone", HOSTING_HARDWARE_PLATFORM, Role.HOST),
    PC("pc", "PC", HOSTING_HARDWARE_PLATFORM, Role.HOST),
    CLOUD_PLATFORM("cloud-platform", "Cloud platform", HOSTING_HARDWARE_PLATFORM, Role.HOST),
    DATA_CENTER_HARDWARE("data-center-hardware", "Data centre hardware", HOSTING_HARDWARE_PLATFORM, Role.HOST);

    /** What a kind is in the drawing, which decides where it may stand and what it may attach to. */
    private enum Role { EQUIPMENT, SOFTWARE, HOST, BETWEEN_ZONES }

    private final String id;
    private final String label;
    private final LegendCategory category;
    private final Role role;

    ComponentKind(String id, String label, LegendCategory category, Role role) {
        this.id = id;
        this.label = label;
        this.category = category;
        this.role = role;
    }

    @Override
    public String id() {
        return id;
    }

    /** A short human name, e.g. "Wi-Fi router". */
    public String label() {
        return label;
    }

    /** The CSWP 33 legend colour this kind is drawn in by default. */
    public LegendCategory category() {
        return category;
    }

    /** Product components can read or act on the product's data; infrastructure and hosts cannot. */
    public boolean defaultApplicationLayerAccess() {
        return category == IOT_PRODUCT_COMPONENT;
    }

    /** Everything is needed to use the device beyond basic features, except third-party apps. */
    public boolean defaultRequired() {
        return this != THIRD_PARTY_APP;
    }

    /** The manufacturer develops product components; third parties make the rest. */
    public Developer defaultDeveloper() {
        return category == IOT_PRODUCT_COMPONENT && this != THIRD_PARTY_APP
                ? Developer.MANUFACTURER
                : Developer.THIRD_PARTY;
    }

    /** Hardware or a platform that software components can run on ({@code hostedOn} targets). */
    public boolean isHost() {
        return role == Role.HOST;
    }

    /** Software that may run on a host instead of standing in a zone by itself. */
    public boolean isSoftware() {
        return role == Role.SOFTWARE;
    }

    /** Networks that stand between zones and need no zone of their own. */
    public boolean standsBetweenZones() {
        return role == Role.BETWEEN_ZONES;
    }
}
