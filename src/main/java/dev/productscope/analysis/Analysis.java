package dev.productscope.analysis;

import dev.productscope.model.Component;
import dev.productscope.model.Flow;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import dev.productscope.model.Zone;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything derived from one model revision: membership, locality, roles, flow routes,
 * product summaries and findings. Immutable; views, exports and the command line read it and
 * nothing recomputes it. Made by {@link Analyzer}.
 */
public final class Analysis {

    private final ModelGraphs graphs;
    private final MembershipTable membership;
    private final MembershipReasons reasons;
    private final Locality[] locality;
    private final Zone[] zone;
    private final List<FlowRoute> routes;
    private final Map<String, FlowRoute> routeByFlow;
    private final List<ProductSummary> summaries;
    private final Map<String, ProductSummary> summaryById;
    private final List<Finding> findings;

    Analysis(ModelGraphs graphs, MembershipTable membership, Locality[] locality, Zone[] zone,
             List<FlowRoute> routes, List<ProductSummary> summaries, List<Finding> findings) {
        this.graphs = graphs;
        this.membership = membership;
        this.reasons = new MembershipReasons(graphs, membership);
        this.locality = locality;
        this.zone = zone;
        this.routes = List.copyOf(routes);
        Map<String, FlowRoute> byFlow = new HashMap<>(routes.size() * 2);
        for (FlowRoute route : routes) {
            byFlow.putIfAbsent(route.flowId(), route);
        }
        this.routeByFlow = Collections.unmodifiableMap(byFlow);
        this.summaries = List.copyOf(summaries);
        Map<String, ProductSummary> byId = new HashMap<>(summaries.size() * 2);
        for (ProductSummary summary : summaries) {
            byId.putIfAbsent(summary.id(), summary);
        }
        this.summaryById = Collections.unmodifiableMap(byId);
        this.findings = List.copyOf(findings);
    }

    Analysis withFindings(List<Finding> newFindings) {
        return new Analysis(graphs, membership, locality, zone, routes, summaries, newFindings);
    }

    public Model model() {
        return graphs.model();
    }

    public ModelGraphs graphs() {
        return graphs;
    }

    /** The decision for a component in a product, with its rule and reason. */
    public MembershipDecision membership(String componentId, String productId) {
        int c = requireComponent(componentId);
        int p = membership.productIndex(productId);
        if (p < 0) {
            throw new IllegalArgumentException("no product '" + productId + "'");
        }
        return reasons.decision(p, c);
    }

    public boolean isIn(String componentId, String productId) {
        int c = graphs.indexOf(componentId);
        int p = membership.productIndex(productId);
        return c >= 0 && p >= 0 && membership.isIn(p, c);
    }

    /** The ids of the products a component is in, in model order. */
    public List<String> productsOf(String componentId) {
        int c = requireComponent(componentId);
        List<String> result = new ArrayList<>();
        List<Product> products = model().products();
        for (int p = 0; p < products.size(); p++) {
            if (membership.isCanonical(p) && membership.isIn(p, c)) {
                result.add(products.get(p).id());
            }
        }
        return result;
    }

    public Locality locality(String componentId) {
        return locality[requireComponent(componentId)];
    }

    /** The zone a component stands in: its own, else its host's; empty for neither. */
    public Optional<Zone> effectiveZone(String componentId) {
        return Optional.ofNullable(zone[requireComponent(componentId)]);
    }

    public Roles roles(String componentId) {
        int c = requireComponent(componentId);
        Component component = graphs.component(c);
        int station = graphs.station(c);
        String host = station == c ? null : graphs.component(station).id();
        return new Roles(component.effectiveDeveloper(), operator(component, zone[c]), host);
    }

    private static Operator operator(Component component, Zone zone) {
        if (zone == null) {
            return component.kind().standsBetweenZones() ? Operator.NETWORK_PROVIDER : Operator.UNKNOWN;
        }
        return switch (zone.kind()) {
            case CUSTOMER_ENVIRONMENT -> Operator.CUSTOMER;
            case MANUFACTURER_DATA_CENTER -> Operator.MANUFACTURER;
            case THIRD_PARTY_CLOUD -> Operator.CLOUD_SERVICE_PROVIDER;
        };
    }

    /** Every flow's route, in model order. */
    public List<FlowRoute> routes() {
        return routes;
    }

    public FlowRoute route(String flowId) {
        FlowRoute route = routeByFlow.get(flowId);
        if (route == null) {
            throw new IllegalArgumentException("no flow '" + flowId + "'");
        }
        return route;
    }

    /** One summary per product, in model order. */
    public List<ProductSummary> products() {
        return summaries;
    }

    public Optional<ProductSummary> product(String productId) {
        return Optional.ofNullable(summaryById.get(productId));
    }

    /** Every finding, most severe first, then by rule and subject. */
    public List<Finding> findings() {
        return findings;
    }

    public List<Finding> findingsAbout(String id) {
        return findings.stream().filter(f -> f.isAbout(id)).toList();
    }

    private int requireComponent(String componentId) {
        int c = graphs.indexOf(componentId);
        if (c < 0) {
            throw new IllegalArgumentException("no component '" + componentId + "'");
        }
        return c;
    }

    /** The flows whose two ends are both in a product. */
    public List<Flow> flowsWithin(String productId) {
        return model().flows().stream()
                .filter(f -> isIn(f.from(), productId) && isIn(f.to(), productId))
                .toList();
    }
}
