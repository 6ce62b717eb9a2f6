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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
        Map<Flow, String> problems = new HashMap<>();
        Map<Flow, int[]> paths = new FlowRouter(graphs).route(graphs.model().flows(), problems);
        List<Product> products = graphs.model().products();
        List<FlowRoute> routes = new ArrayList<>(paths.size());
        for (Map.Entry<Flow, int[]> entry : paths.entrySet()) {
            Flow flow = entry.getKey();
            int from = graphs.indexOf(flow.from());
            int to = graphs.indexOf(flow.to());
            List<String> within = new ArrayList<>();
            List<Integer> withinIndex = new ArrayList<>();
            for (int p = 0; p < products.size() && from >= 0 && to >= 0; p++) {
                if (membership.productIndex(products.get(p).id()) == p && membership.isIn(p, from)
                        && membership.isIn(p, to)) {
                    within.add(products.get(p).id());
                    withinIndex.add(p);
                }
            }
            int[] path = entry.getValue();
            if (path == null) {
                routes.add(new FlowRoute(flow.id(), List.of(), List.of(), false, false, false, false,
                        flow.effectiveProtection(), within, List.of(), problems.getOrDefault(flow, "no route")));
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
        List<ProductSummary> summaries = new ArrayList<>(products.size());
        int n = graphs.size();
        for (int p = 0; p < products.size(); p++) {
            Product product = products.get(p);
            int index = membership.productIndex(product.id());
            Set<String> components = new TreeSet<>();
            Set<String> reliesOn = new TreeSet<>();
            Set<String> shared = new TreeSet<>();
            for (int c = 0; c < n; c++) {
                if (!membership.isIn(index, c)) {
                    continue;
                }
                String id = graphs.component(c).id();
                components.add(id);
                int station = graphs.station(c);
                if (station != c && !membership.isIn(index, station)) {
                    reliesOn.add(graphs.component(station).id());
                }
                for (int q = 0; q < products.size(); q++) {
                    if (q != index && membership.isIn(q, c)) {
                        shared.add(id);
                        break;
                    }
                }
            }
            for (FlowRoute route : routes) {
                if (route.products().contains(product.id())) {
                    for (String crossed : route.path()) {
                        if (!components.contains(crossed)) {
                            reliesOn.add(crossed);
                        }
                    }
                }
            }
            summaries.add(new ProductSummary(product.id(), product.name(), new ArrayList<>(components),
                    new ArrayList<>(new LinkedHashSet<>(reliesOn)), new ArrayList<>(shared)));
        }
        return summaries;
    }
}
