package dev.productscope.analysis;

import dev.productscope.model.Component;
import dev.productscope.model.ComponentKind;
import dev.productscope.model.Developer;
import dev.productscope.model.Flow;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import dev.productscope.model.Zone;
import dev.productscope.model.ZoneKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Derives an {@link Analysis} from a model. Never changes the model; never throws on a valid one. */
public final class Analyzer {

    private Analyzer() {
    }

    public static Analysis analyze(Model model) {
        ModelGraphs graphs = ModelGraphs.of(model);
        MembershipTable membership = new MembershipTable(graphs);
        int n = graphs.size();
        Zone[] zones = new Zone[n];
        Locality[] locality = new Locality[n];
        for (int c = 0; c < n; c++) {
            zones[c] = zoneOf(model, graphs, c);
            locality[c] = zones[c] == null ? Locality.UNKNOWN
                    : zones[c].kind() == ZoneKind.CUSTOMER_ENVIRONMENT ? Locality.LOCAL : Locality.REMOTE;
        }
        List<FlowRoute> routes = routes(graphs, membership, zones);
        List<ProductSummary> summaries = summaries(graphs, membership, routes);
        Analysis analysis = new Analysis(graphs, membership, locality, zones, routes, summaries, List.of());
        return analysis.withFindings(FindingRules.run(analysis));
    }

    private static Zone zoneOf(Model model, ModelGraphs graphs, int c) {
        Component component = graphs.component(c);
        String zoneId = component.zone();
        if (zoneId == null && graphs.station(c) != c) {
            zoneId = graphs.component(graphs.station(c)).zone();
        }
        return zoneId == null ? null : model.zone(zoneId).orElse(null);
    }

    private static List<FlowRoute> routes(ModelGraphs graphs, MembershipTable membership, Zone[] zones) {
        List<Flow> flows = graphs.model().flows();
        FlowRouter.Routes routed = new FlowRouter(graphs).route(flows);
        List<Product> products = graphs.model().products();
        List<FlowRoute> routes = new ArrayList<>(flows.size());
        for (int i = 0; i < flows.size(); i++) {
            Flow flow = flows.get(i);
            int from = graphs.indexOf(flow.from());
            int to = graphs.indexOf(flow.to());
            List<String> within = new ArrayList<>();
            List<Integer> withinIndex = new ArrayList<>();
            for (int p = 0; p < products.size() && from >= 0 && to >= 0; p++) {
                if (membership.isCanonical(p) && membership.isIn(p, from) && membership.isIn(p, to)) {
                    within.add(products.get(p).id());
                    withinIndex.add(p);
                }
            }
            int[] path = routed.paths()[i];
            if (path == null) {
                String problem = routed.problems()[i];
                routes.add(new FlowRoute(flow.id(), List.of(), List.of(), false, false, false, false,
                        flow.effectiveProtection(), within, List.of(), problem == null ? "no route" : problem));
                continue;
            }
            routes.add(route(graphs, membership, zones, flow, path, within, withinIndex));
        }
        return routes;
    }

    private static FlowRoute route(ModelGraphs graphs, MembershipTable membership, Zone[] zones, Flow flow,
                                   int[] path, List<String> within, List<Integer> withinIndex) {
        List<String> ids = new ArrayList<>(path.length);
        Zone home = null;
        boolean outsideHome = false;
        boolean internet = false;
        for (int c : path) {
            ids.add(graphs.component(c).id());
            internet |= graphs.component(c).kind() == ComponentKind.INTERNET;
            if (home == null && zones[c] != null && zones[c].kind() == ZoneKind.CUSTOMER_ENVIRONMENT) {
                home = zones[c];
            }
        }
        for (int c : path) {
            outsideHome |= zones[c] != home;
        }
        List<String> crosses = path.length <= 2 ? List.of() : ids.subList(1, ids.size() - 1);
        List<String> outOfProduct = new ArrayList<>();
        boolean thirdParty = false;
        for (int i = 1; i < path.length - 1; i++) {
            int c = path[i];
            thirdParty |= graphs.component(c).effectiveDeveloper() == Developer.THIRD_PARTY;
            for (int p : withinIndex) {
                if (!membership.isIn(p, c)) {
                    outOfProduct.add(ids.get(i));
                    break;
                }
            }
        }
        return new FlowRoute(flow.id(), ids, crosses, home != null && outsideHome, internet,
                !outOfProduct.isEmpty(), thirdParty, flow.effectiveProtection(), within, outOfProduct, null);
    }

    private static List<ProductSummary> summaries(ModelGraphs graphs, MembershipTable membership,
                                                  List<FlowRoute> routes) {
        List<Product> products = graphs.model().products();
        int n = graphs.size();
        List<Set<String>> components = new ArrayList<>();
        List<Set<String>> reliesOn = new ArrayList<>();
        List<Set<String>> shared = new ArrayList<>();
        Map<String, Integer> byId = new HashMap<>();
        for (int p = 0; p < products.size(); p++) {
            components.add(new HashSet<>());
            reliesOn.add(new HashSet<>());
            shared.add(new HashSet<>());
            byId.putIfAbsent(products.get(p).id(), p);
        }
        for (int c = 0; c < n; c++) {
            int memberships = 0;
            for (int p = 0; p < products.size(); p++) {
                memberships += membership.isCanonical(p) && membership.isIn(p, c) ? 1 : 0;
            }
            if (memberships == 0) {
                continue;
            }
            String id = graphs.component(c).id();
            int station = graphs.station(c);
            for (int p = 0; p < products.size(); p++) {
                if (!membership.isCanonical(p) || !membership.isIn(p, c)) {
                    continue;
                }
                components.get(p).add(id);
                if (station != c && !membership.isIn(p, station)) {
                    reliesOn.get(p).add(graphs.component(station).id());
                }
                if (memberships > 1) {
                    shared.get(p).add(id);
                }
            }
        }
        for (FlowRoute route : routes) {
            for (String productId : route.products()) {
                int p = byId.get(productId);
                for (String equipment : route.path()) {
                    if (!components.get(p).contains(equipment)) {
                        reliesOn.get(p).add(equipment);
                    }
                }
            }
        }
        List<ProductSummary> summaries = new ArrayList<>(products.size());
        for (int p = 0; p < products.size(); p++) {
            int canonical = membership.productIndex(products.get(p).id());
            summaries.add(new ProductSummary(products.get(p).id(), products.get(p).name(),
                    sorted(components.get(canonical)), sorted(reliesOn.get(canonical)), sorted(shared.get(canonical))));
        }
        return summaries;
    }

    private static List<String> sorted(Set<String> ids) {
        List<String> list = new ArrayList<>(ids);
        list.sort(null);
        return list;
    }
}
