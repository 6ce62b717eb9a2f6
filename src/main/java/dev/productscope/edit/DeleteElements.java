package dev.productscope.edit;

import dev.productscope.model.Component;
import dev.productscope.model.Flow;
import dev.productscope.model.Link;
import dev.productscope.model.MembershipToggle;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import dev.productscope.model.Zone;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deletes elements and what cannot stand without them: the links and flows that touch a deleted
 * component, the software hosted on it, toggles and references naming it. Components in a deleted
 * zone stay, without a zone. A product's last device cannot be deleted on its own.
 */
public record DeleteElements(List<String> ids) implements Command {

    public DeleteElements {
        ids = List.copyOf(ids);
    }

    @Override
    public String name() {
        return ids.size() == 1 ? "Delete '" + ids.get(0) + "'" : "Delete " + ids.size() + " items";
    }

    @Override
    public Model apply(Model model) {
        Set<String> gone = new HashSet<>(ids);
        for (String id : ids) {
            if (!model.containsId(id)) {
                throw new CommandException("'" + id + "' is no longer in the model");
            }
        }
        for (Component component : model.components()) {
            if (component.hostedOn() != null && gone.contains(component.hostedOn())) {
                gone.add(component.id());
            }
        }
        List<Zone> zones = model.zones().stream().filter(z -> !gone.contains(z.id())).toList();
        List<Component> components = new ArrayList<>();
        for (Component component : model.components()) {
            if (gone.contains(component.id())) {
                continue;
            }
            Component kept = component;
            if (kept.zone() != null && gone.contains(kept.zone())) {
                kept = kept.withZone(null);
            }
            if (kept.productSpecific() != null && gone.contains(kept.productSpecific())) {
                kept = kept.withProductSpecific(null);
            }
            components.add(kept);
        }
        List<Link> links = model.links().stream()
                .filter(l -> !gone.contains(l.id()) && !gone.contains(l.a()) && !gone.contains(l.b())).toList();
        List<Flow> flows = new ArrayList<>();
        for (Flow flow : model.flows()) {
            if (gone.contains(flow.id()) || gone.contains(flow.from()) || gone.contains(flow.to())) {
                continue;
            }
            boolean viaBroken = flow.via() != null && flow.via().stream().anyMatch(gone::contains);
            flows.add(viaBroken ? new Flow(flow.id(), flow.from(), flow.to(), flow.label(), flow.bidirectional(),
                    flow.data(), flow.protection(), null, flow.extensions()) : flow);
        }
        List<Product> products = new ArrayList<>();
        for (Product product : model.products()) {
            if (gone.contains(product.id())) {
                continue;
            }
            List<String> devices = product.devices().stream().filter(d -> !gone.contains(d)).toList();
            if (devices.isEmpty()) {
                throw new CommandException("'" + product.devices().get(0) + "' is the only device of product '"
                        + product.name() + "'; give the product another device first, or delete the product too");
            }
            Map<String, MembershipToggle> membership = new LinkedHashMap<>(product.membership());
            membership.keySet().removeIf(gone::contains);
            products.add(product.withDevices(devices).withMembership(membership));
        }
        return new Model(model.name(), model.description(), zones, components, links, flows, products,
                model.extensions());
    }
}
