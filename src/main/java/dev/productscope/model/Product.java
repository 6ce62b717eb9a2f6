package dev.productscope.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An IoT product: its devices, its sector, and the user's membership toggles (component id to
 * in or out), which win over the derivation.
 */
public record Product(String id, String name, List<String> devices, Sector sector,
                      Map<String, MembershipToggle> membership, Extensions extensions) {

    public Product {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        devices = List.copyOf(devices);
        membership = membership == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(membership));
        extensions = extensions == null ? Extensions.none() : extensions;
    }

    public Product(String id, String name, List<String> devices, Sector sector) {
        this(id, name, devices, sector, Map.of(), Extensions.none());
    }

    /** Consumer unless the file says otherwise: the handbook's examples are consumer products. */
    public Sector effectiveSector() {
        return sector != null ? sector : Sector.CONSUMER;
    }

    public Product withMembership(Map<String, MembershipToggle> newMembership) {
        return new Product(id, name, devices, sector, newMembership, extensions);
    }

    public Product withName(String newName) {
        return new Product(id, newName, devices, sector, membership, extensions);
    }

    public Product withDevices(List<String> newDevices) {
        return new Product(id, name, newDevices, sector, membership, extensions);
    }
}
