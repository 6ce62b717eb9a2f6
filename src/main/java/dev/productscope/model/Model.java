package dev.productscope.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user drew: zones, components, links, flows and products, in the order they were
 * created. Immutable; edits make a new model. Lookups by id are indexed. A model may be
 * invalid (an editor holds one while the user types); {@link #validate()} lists every problem.
 */
public final class Model {

    private final String name;
    private final String description;
    private final List<Zone> zones;
    private final List<Component> components;
    private final List<Link> links;
    private final List<Flow> flows;
    private final List<Product> products;
    private final Extensions extensions;

    private final Map<String, Zone> zonesById;
    private final Map<String, Component> componentsById;
    private final Map<String, Link> linksById;
    private final Map<String, Flow> flowsById;
    private final Map<String, Product> productsById;

    public Model(String name, String description, List<Zone> zones, List<Component> components, List<Link> links,
                 List<Flow> flows, List<Product> products, Extensions extensions) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = description;
        this.zones = List.copyOf(zones);
        this.components = List.copyOf(components);
        this.links = List.copyOf(links);
        this.flows = List.copyOf(flows);
        this.products = List.copyOf(products);
        this.extensions = extensions == null ? Extensions.none() : extensions;
        this.zonesById = index(this.zones, Zone::id);
        this.componentsById = index(this.components, Component::id);
        this.linksById = index(this.links, Link::id);
        this.flowsById = index(this.flows, Flow::id);
        this.productsById = index(this.products, Product::id);
    }

    public static Model empty(String name) {
        return new Model(name, null, List.of(), List.of(), List.of(), List.of(), List.of(), Extensions.none());
    }

    // The first element wins on duplicate ids; validate() reports the duplicates.
    private static <T> Map<String, T> index(List<T> elements, java.util.function.Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>(elements.size() * 2);
        for (T element : elements) {
            map.putIfAbsent(id.apply(element), element);
        }
        return Collections.unmodifiableMap(map);
    }

    public String name() {
        return name;
    }

    /** Free text, or {@code null} when the file has none. */
    public String description() {
        return description;
    }

    public List<Zone> zones() {
        return zones;
    }

    public List<Component> components() {
        return components;
    }

    public List<Link> links() {
        return links;
    }

    public List<Flow> flows() {
        return flows;
    }

    public List<Product> products() {
        return products;
    }

    public Extensions extensions() {
        return extensions;
    }

    public Optional<Zone> zone(String id) {
        return Optional.ofNullable(zonesById.get(id));
    }

    public Optional<Component> component(String id) {
        return Optional.ofNullable(componentsById.get(id));
    }

    public Optional<Link> link(String id) {
        return Optional.ofNullable(linksById.get(id));
    }

    public Optional<Flow> flow(String id) {
        return Optional.ofNullable(flowsById.get(id));
    }

    public Optional<Product> product(String id) {
        return Optional.ofNullable(productsById.get(id));
    }

    /** Whether any element (zone, component, link, flow or product) has this id. */
    public boolean containsId(String id) {
        return zonesById.containsKey(id) || componentsById.containsKey(id) || linksById.containsKey(id)
                || flowsById.containsKey(id) || productsById.containsKey(id);
    }

    /** Every problem of the model at once, in file order; empty when the model is valid. */
    public List<ModelProblem> validate() {
        return new ModelValidator(this).validate();
    }

    public boolean isValid() {
        return validate().isEmpty();
    }

    public Model withName(String newName) {
        return new Model(newName, description, zones, components, links, flows, products, extensions);
    }

    public Model withDescription(String newDescription) {
        return new Model(name, newDescription, zones, components, links, flows, products, extensions);
    }

    public Model withZones(List<Zone> newZones) {
        return new Model(name, description, newZones, components, links, flows, products, extensions);
    }

    public Model withComponents(List<Component> newComponents) {
        return new Model(name, description, zones, newComponents, links, flows, products, extensions);
    }

    public Model withLinks(List<Link> newLinks) {
        return new Model(name, description, zones, components, newLinks, flows, products, extensions);
    }

    public Model withFlows(List<Flow> newFlows) {
        return new Model(name, description, zones, components, links, newFlows, products, extensions);
    }

    public Model withProducts(List<Product> newProducts) {
        return new Model(name, description, zones, components, links, flows, newProducts, extensions);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Model that
                && name.equals(that.name)
                && Objects.equals(description, that.description)
                && zones.equals(that.zones)
                && components.equals(that.components)
                && links.equals(that.links)
                && flows.equals(that.flows)
                && products.equals(that.products)
                && extensions.equals(that.extensions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, zones, components, links, flows, products, extensions);
    }

    @Override
    public String toString() {
        return "Model[" + name + ": " + zones.size() + " zones, " + components.size() + " components, "
                + links.size() + " links, " + flows.size() + " flows, " + products.size() + " products]";
    }
}
