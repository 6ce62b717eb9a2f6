package dev.productscope.analysis;

import dev.productscope.model.Component;
import dev.productscope.model.ComponentKind;
import dev.productscope.model.Developer;
import dev.productscope.model.Extensions;
import dev.productscope.model.Flow;
import dev.productscope.model.Link;
import dev.productscope.model.Medium;
import dev.productscope.model.MembershipToggle;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import dev.productscope.model.Protection;
import dev.productscope.model.Sector;
import dev.productscope.model.Zone;
import dev.productscope.model.ZoneKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A fluent builder of small models for analysis tests. */
final class TinyModel {

    private final List<Zone> zones = new ArrayList<>();
    private final List<Component> components = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Flow> flows = new ArrayList<>();
    private final List<Product> products = new ArrayList<>();
    private int next;

    static TinyModel home() {
        return new TinyModel().zone("home", ZoneKind.CUSTOMER_ENVIRONMENT);
    }

    TinyModel zone(String id, ZoneKind kind) {
        zones.add(new Zone(id, id, kind, 0, 0, 100, 100));
        return this;
    }

    TinyModel add(String id, ComponentKind kind, String zone) {
        components.add(Component.of(id, id, kind, zone, 0, 0));
        return this;
    }

    TinyModel hosted(String id, ComponentKind kind, String host) {
        components.add(Component.of(id, id, kind, null, 0, 0).withHostedOn(host));
        return this;
    }

    TinyModel change(String id, java.util.function.UnaryOperator<Component> change) {
        components.replaceAll(c -> c.id().equals(id) ? change.apply(c) : c);
        return this;
    }

    TinyModel traits(String id, Boolean required, Developer developer, Boolean access) {
        return change(id, c -> c.withTraits(required, developer, access));
    }

    TinyModel specificTo(String id, String productId) {
        return change(id, c -> c.withProductSpecific(productId));
    }

    TinyModel link(String a, String b) {
        links.add(new Link("l" + next++, a, b, Medium.OTHER));
        return this;
    }

    TinyModel flow(String from, String to, Protection protection) {
        flows.add(Flow.of("f" + next++, from, to, null, protection));
        return this;
    }

    TinyModel flow(String id, String from, String to, Protection protection) {
        flows.add(Flow.of(id, from, to, null, protection));
        return this;
    }

    TinyModel flowVia(String id, String from, String to, List<String> via) {
        flows.add(new Flow(id, from, to, null, null, null, Protection.NONE, via, Extensions.none()));
        return this;
    }

    TinyModel product(String id, String... devices) {
        products.add(new Product(id, id, List.of(devices), Sector.CONSUMER));
        return this;
    }

    TinyModel toggle(String productId, String componentId, MembershipToggle toggle) {
        products.replaceAll(p -> {
            if (!p.id().equals(productId)) {
                return p;
            }
            Map<String, MembershipToggle> membership = new LinkedHashMap<>(p.membership());
            membership.put(componentId, toggle);
            return p.withMembership(membership);
        });
        return this;
    }

    Model build() {
        return new Model("tiny", null, zones, components, links, flows, products, Extensions.none());
    }

    Analysis analyze() {
        return Analyzer.analyze(build());
    }
}
