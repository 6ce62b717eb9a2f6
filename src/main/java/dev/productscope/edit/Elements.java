package dev.productscope.edit;

import dev.productscope.model.Component;
import dev.productscope.model.Flow;
import dev.productscope.model.Link;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import dev.productscope.model.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Replacing one element of a model by id, whatever its type. */
final class Elements {

    private Elements() {
    }

    /** The model with the element of the same id and type replaced; throws when there is none. */
    static Model replace(Model model, Object element) {
        if (element instanceof Zone zone) {
            return model.withZones(replaceIn(model.zones(), zone, Zone::id));
        } else if (element instanceof Component component) {
            return model.withComponents(replaceIn(model.components(), component, Component::id));
        } else if (element instanceof Link link) {
            return model.withLinks(replaceIn(model.links(), link, Link::id));
        } else if (element instanceof Flow flow) {
            return model.withFlows(replaceIn(model.flows(), flow, Flow::id));
        } else if (element instanceof Product product) {
            return model.withProducts(replaceIn(model.products(), product, Product::id));
        }
        throw new IllegalArgumentException("not a model element: " + element);
    }

    static <T> List<T> replaceIn(List<T> list, T element, Function<T, String> id) {
        String key = id.apply(element);
        List<T> result = new ArrayList<>(list);
        for (int i = 0; i < result.size(); i++) {
            if (id.apply(result.get(i)).equals(key)) {
                result.set(i, element);
                return result;
            }
        }
        throw new CommandException("'" + key + "' is no longer in the model");
    }

    /** The id of a model element. */
    static String id(Object element) {
        if (element instanceof Zone zone) {
            return zone.id();
        } else if (element instanceof Component component) {
            return component.id();
        } else if (element instanceof Link link) {
            return link.id();
        } else if (element instanceof Flow flow) {
            return flow.id();
        } else if (element instanceof Product product) {
            return product.id();
        }
        throw new IllegalArgumentException("not a model element: " + element);
    }
}
