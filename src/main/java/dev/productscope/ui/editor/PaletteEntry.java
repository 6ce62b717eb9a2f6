package dev.productscope.ui.editor;

import dev.productscope.model.ComponentKind;
import dev.productscope.model.ZoneKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One thing the palette creates: a component kind or a zone kind, with its CSWP 33 explanation. */
record PaletteEntry(ComponentKind component, ZoneKind zone, String help) {

    String id() {
        return component != null ? component.id() : zone.id();
    }

    String label() {
        return component != null ? component.label() : zone.label();
    }

    static PaletteEntry byId(String id) {
        return all().stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    static List<PaletteEntry> all() {
        List<PaletteEntry> entries = new ArrayList<>();
        for (ZoneKind kind : ZoneKind.values()) {
            entries.add(new PaletteEntry(null, kind, zoneHelp(kind)));
        }
        for (ComponentKind kind : ComponentKind.values()) {
            entries.add(new PaletteEntry(kind, null, componentHelp(kind)));
        }
        return entries;
    }

    private static String zoneHelp(ZoneKind kind) {
        return switch (kind) {
            case CUSTOMER_ENVIRONMENT -> "The customer's home, site or ward: what stands here is locally managed, under"
                    + " the customer's direct control.";
            case MANUFACTURER_DATA_CENTER -> "Equipment the manufacturer runs: remotely managed.";
            case THIRD_PARTY_CLOUD -> "A hosting or cloud provider's platform: remotely managed by a third party.";
        };
    }

    private static String componentHelp(ComponentKind kind) {
        String category = kind.category().label().toLowerCase(Locale.ROOT);
        String what = switch (kind) {
            case IOT_DEVICE -> "Equipment with a sensor or actuator and a network interface; the anchor of an IoT"
                    + " product.";
            case MOBILE_APP, DESKTOP_APP, WEB_APP -> "An app of the product, installed on the customer's phone or PC;"
                    + " drop it on its host.";
            case BACKEND -> "Remotely managed software of the product; drop it on a cloud platform or data-centre"
                    + " hardware.";
            case SPECIALTY_NETWORKING_HARDWARE -> "A hub or bridge made for one product line: part of that product.";
            case LOCAL_CONSOLE -> "A dedicated local control or management console.";
            case THIRD_PARTY_APP -> "An app from someone else; optional unless it is the only way to use the device.";
            case IOT_GATEWAY -> "A generic Bluetooth, Zigbee or Thread hub: infrastructure below the application layer.";
            case WIFI_ROUTER -> "The customer's router: network infrastructure, out of every product.";
            case INTERNET -> "The internet between the zones.";
            case CELLULAR_NETWORK -> "A mobile network between the zones.";
            case SMARTPHONE, PC -> "The customer's hardware and platform; the product's app on it is assessed instead.";
            case CLOUD_PLATFORM, DATA_CENTER_HARDWARE -> "Hardware or a platform that hosts backends; out of the"
                    + " product, its software in.";
        };
        return what + " Legend: " + category + ".";
    }
}
