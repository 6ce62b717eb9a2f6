package dev.productscope.edit;

import dev.productscope.model.ChecklistEntry;
import dev.productscope.model.Component;
import dev.productscope.model.Flow;
import dev.productscope.model.Link;
import dev.productscope.model.MembershipToggle;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import dev.productscope.model.Zone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Builds the command that pastes a {@link Fragment}: every element gets a new id, references
 * inside the fragment follow the copies, references to elements the model still has are kept,
 * and the rest are dropped (a link whose end is gone is not pasted). Positions shift by an offset.
 */
public final class PasteElements {

    private PasteElements() {
    }

    /** The paste command, and the ids of the new elements (for the new selection). */
    public record Paste(AddElements command, List<String> newIds) {
    }

    public static Paste of(Model target, Fragment fragment, double dx, double dy, String verb) {
        Map<String, String> ids = new HashMap<>();
        List<String> taken = new ArrayList<>();
        for (Object element : all(fragment)) {
            String fresh = Ids.unique(target, Elements.id(element), taken);
            taken.add(fresh);
            ids.put(Elements.id(element), fresh);
        }
        List<Object> added = new ArrayList<>();
        for (Zone zone : fragment.zones()) {
            added.add(new Zone(ids.get(zone.id()), zone.name(), zone.kind(), zone.x() + dx, zone.y() + dy,
                    zone.width(), zone.height(), zone.extensions()));
        }
        for (Component c : fragment.components()) {
            String host = resolve(c.hostedOn(), ids, target);
            added.add(new Component(ids.get(c.id()), c.name(), c.kind(), resolve(c.zone(), ids, target),
                    host != null && host.equals(ids.get(c.id())) ? null : host,
                    resolve(c.productSpecific(), ids, target), c.required(), c.developer(),
                    c.applicationLayerAccess(), c.x() + dx, c.y() + dy, c.width(), c.height(), c.extensions()));
        }
        for (Link link : fragment.links()) {
            String a = resolve(link.a(), ids, target);
            String b = resolve(link.b(), ids, target);
            if (a != null && b != null) {
                added.add(new Link(ids.get(link.id()), a, b, link.medium(), link.extensions()));
            }
        }
        for (Flow flow : fragment.flows()) {
            String from = resolve(flow.from(), ids, target);
            String to = resolve(flow.to(), ids, target);
            if (from != null && to != null) {
                List<String> via = flow.via() == null ? null
                        : flow.via().stream().map(v -> resolve(v, ids, target)).toList();
                added.add(new Flow(ids.get(flow.id()), from, to, flow.label(), flow.bidirectional(), flow.data(),
                        flow.protection(), via != null && via.contains(null) ? null : via, flow.extensions()));
            }
        }
        for (Product product : fragment.products()) {
            List<String> devices = product.devices().stream().map(d -> resolve(d, ids, target))
                    .filter(d -> d != null).toList();
            if (devices.isEmpty()) {
                continue;
            }
            Map<String, MembershipToggle> membership = new LinkedHashMap<>();
            product.membership().forEach((component, toggle) -> {
                String resolved = resolve(component, ids, target);
                if (resolved != null) {
                    membership.put(resolved, toggle);
                }
            });
            added.add(new Product(ids.get(product.id()), product.name(), devices, product.sector(), membership,
                    checklist(product, ids, target), product.activities(), product.extensions()));
        }
        String name = verb + " " + (added.size() == 1 ? "1 item" : added.size() + " items");
        return new Paste(new AddElements(name, added), added.stream().map(Elements::id).toList());
    }

    /**
     * The product's assessments for the copy: a product-wide item as it is, a component's item
     * ({@code outcome@component}) under the component's copy, or under the original when only the
     * product was copied; an item whose component cannot be found is left behind.
     */
    private static SortedMap<String, ChecklistEntry> checklist(Product product, Map<String, String> ids,
            Model target) {
        SortedMap<String, ChecklistEntry> copied = new TreeMap<>();
        product.checklist().forEach((key, entry) -> {
            int at = key.indexOf('@');
            if (at < 0) {
                copied.put(key, entry);
                return;
            }
            String component = resolve(key.substring(at + 1), ids, target);
            if (component != null) {
                copied.put(key.substring(0, at + 1) + component, entry);
            }
        });
        return copied;
    }

    private static List<Object> all(Fragment fragment) {
        List<Object> all = new ArrayList<>();
        all.addAll(fragment.zones());
        all.addAll(fragment.components());
        all.addAll(fragment.links());
        all.addAll(fragment.flows());
        all.addAll(fragment.products());
        return all;
    }

    /** The copy's id, or the original if the target still has it, or null. */
    private static String resolve(String id, Map<String, String> ids, Model target) {
        if (id == null) {
            return null;
        }
        if (ids.containsKey(id)) {
            return ids.get(id);
        }
        return target.containsId(id) ? id : null;
    }
}
