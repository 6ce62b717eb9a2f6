package dev.productscope.edit;

import dev.productscope.model.Component;
import dev.productscope.model.Flow;
import dev.productscope.model.Link;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import dev.productscope.model.Zone;
import java.util.ArrayList;
import java.util.List;

/** Adds new elements at the end of their lists: created from the palette, connected, pasted. */
public record AddElements(String name, List<Object> elements) implements Command {

    public AddElements {
        elements = List.copyOf(elements);
    }

    public static AddElements of(String name, Object... elements) {
        return new AddElements(name, List.of(elements));
    }

    @Override
    public Model apply(Model model) {
        List<Zone> zones = new ArrayList<>(model.zones());
        List<Component> components = new ArrayList<>(model.components());
        List<Link> links = new ArrayList<>(model.links());
        List<Flow> flows = new ArrayList<>(model.flows());
        List<Product> products = new ArrayList<>(model.products());
        for (Object element : elements) {
            String id = Elements.id(element);
            if (model.containsId(id)) {
                throw new CommandException("the id '" + id + "' is already used");
            }
            if (element instanceof Zone zone) {
                zones.add(zone);
            } else if (element instanceof Component component) {
                components.add(component);
            } else if (element instanceof Link link) {
                links.add(link);
            } else if (element instanceof Flow flow) {
                flows.add(flow);
            } else if (element instanceof Product product) {
                products.add(product);
            }
        }
        return new Model(model.name(), model.description(), zones, components, links, flows, products,
                model.extensions());
    }
}
