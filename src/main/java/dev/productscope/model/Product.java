package dev.productscope.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An IoT product: its devices, its sector, the user's membership toggles (component id to in or
 * out), which win over the derivation, and the team's checklist and activity answers.
 *
 * @param checklist  checklist item key ({@code outcome} or {@code outcome@component}) to the
 *                   assessment, sorted by key so that saving is deterministic
 * @param activities NISTIR 8259 activity question id to the answer, sorted by id
 */
public record Product(String id, String name, List<String> devices, Sector sector,
                      Map<String, MembershipToggle> membership, SortedMap<String, ChecklistEntry> checklist,
                      SortedMap<String, ActivityAnswer> activities, Extensions extensions) {

    public Product {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        devices = List.copyOf(devices);
        membership = membership == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(membership));
        checklist = sortedCopy(checklist);
        activities = sortedCopy(activities);
        extensions = extensions == null ? Extensions.none() : extensions;
    }

    public Product(String id, String name, List<String> devices, Sector sector,
                   Map<String, MembershipToggle> membership, Extensions extensions) {
        this(id, name, devices, sector, membership, null, null, extensions);
    }

    public Product(String id, String name, List<String> devices, Sector sector) {
        this(id, name, devices, sector, Map.of(), Extensions.none());
    }

    private static <V> SortedMap<String, V> sortedCopy(Map<String, V> map) {
        return map == null || map.isEmpty() ? Collections.emptySortedMap()
                : Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }

    /** Consumer unless the file says otherwise: the handbook's examples are consumer products. */
    public Sector effectiveSector() {
        return sector != null ? sector : Sector.CONSUMER;
    }

    public Product withMembership(Map<String, MembershipToggle> newMembership) {
        return new Product(id, name, devices, sector, newMembership, checklist, activities, extensions);
    }

    public Product withName(String newName) {
        return new Product(id, newName, devices, sector, membership, checklist, activities, extensions);
    }

    public Product withDevices(List<String> newDevices) {
        return new Product(id, name, newDevices, sector, membership, checklist, activities, extensions);
    }

    public Product withSector(Sector newSector) {
        return new Product(id, name, devices, newSector, membership, checklist, activities, extensions);
    }

    /** With {@code entry} for the item, or without any entry when it is {@code null} or empty. */
    public Product withChecklistEntry(String itemKey, ChecklistEntry entry) {
        SortedMap<String, ChecklistEntry> next = new TreeMap<>(checklist);
        if (entry == null || entry.isEmpty()) {
            next.remove(itemKey);
        } else {
            next.put(itemKey, entry);
        }
        return new Product(id, name, devices, sector, membership, next, activities, extensions);
    }

    /** With {@code answer} for the question, or without any answer when it is {@code null} or empty. */
    public Product withActivityAnswer(String questionId, ActivityAnswer answer) {
        SortedMap<String, ActivityAnswer> next = new TreeMap<>(activities);
        if (answer == null || answer.isEmpty()) {
            next.remove(questionId);
        } else {
            next.put(questionId, answer);
        }
        return new Product(id, name, devices, sector, membership, checklist, next, extensions);
    }
}
