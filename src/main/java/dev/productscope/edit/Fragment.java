package dev.productscope.edit;

import dev.productscope.model.Component;
import dev.productscope.model.Flow;
import dev.productscope.model.Link;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import dev.productscope.model.Zone;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A piece of a model to copy: the chosen elements, the software hosted on chosen equipment,
 * and the links and flows between chosen components. References to elements outside the piece
 * are kept as they are; {@link PasteElements} resolves them against the model pasted into.
 */
public record Fragment(List<Zone> zones, List<Component> components, List<Link> links, List<Flow> flows,
                       List<Product> products) {

    public Fragment {
        zones = List.copyOf(zones);
        components = List.copyOf(components);
        links = List.copyOf(links);
        flows = List.copyOf(flows);
        products = List.copyOf(products);
    }

    public static Fragment of(Model model, Set<String> ids) {
        Set<String> chosen = new HashSet<>(ids);
        for (Component component : model.components()) {
            if (component.zone() != null && chosen.contains(component.zone())) {
                chosen.add(component.id());
            }
        }
        for (Component component : model.components()) {
            if (component.hostedOn() != null && chosen.contains(component.hostedOn())) {
                chosen.add(component.id());
            }
        }
        List<Component> components = model.components().stream().filter(c -> chosen.contains(c.id())).toList();
        List<Link> links = new ArrayList<>();
        for (Link link : model.links()) {
            if (chosen.contains(link.id()) || (chosen.contains(link.a()) && chosen.contains(link.b()))) {
                links.add(link);
            }
        }
        List<Flow> flows = new ArrayList<>();
        for (Flow flow : model.flows()) {
            if (chosen.contains(flow.id()) || (chosen.contains(flow.from()) && chosen.contains(flow.to()))) {
                flows.add(flow);
            }
        }
        return new Fragment(model.zones().stream().filter(z -> chosen.contains(z.id())).toList(), components, links,
                flows, model.products().stream().filter(p -> chosen.contains(p.id())).toList());
    }

    public int size() {
        return zones.size() + components.size() + links.size() + flows.size() + products.size();
    }

    public boolean isEmpty() {
        return size() == 0;
    }
}
