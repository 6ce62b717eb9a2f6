package dev.productscope.analysis;

import dev.productscope.model.Flow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;

/**
 * Routes flows over the link graph with the fewest hops. Flows are grouped by the end that most
 * flows share (a backend's platform, a home's phone), and one breadth-first search from that
 * end serves the whole group, stopping as soon as every other end is found and expanding
 * well-connected equipment (the internet) last in each level; so a model with thousands of homes
 * is routed in about one pass over its links.
 */
final class FlowRouter {

    private final ModelGraphs graphs;
    private final Graph<Integer, LinkEdge> links;
    private final int[] parent;
    private final int[] visitedIn;
    private final int[] targetIn;
    private int search;

    FlowRouter(ModelGraphs graphs) {
        this.graphs = graphs;
        this.links = graphs.links();
        this.parent = new int[graphs.size()];
        this.visitedIn = new int[graphs.size()];
        this.targetIn = new int[graphs.size()];
    }

    /** Paths of station indices per flow, in model order; {@code null} where there is no route. */
    Map<Flow, int[]> route(List<Flow> flows, Map<Flow, String> problems) {
        Map<Flow, int[]> paths = new LinkedHashMap<>();
        int[] uses = new int[graphs.size()];
        List<Flow> automatic = new ArrayList<>();
        for (Flow flow : flows) {
            int from = graphs.indexOf(flow.from());
            int to = graphs.indexOf(flow.to());
            if (from < 0 || to < 0) {
                problems.put(flow, "one of its ends is not a component");
                paths.put(flow, null);
            } else if (flow.via() != null && !flow.via().isEmpty()) {
                paths.put(flow, pinned(flow, from, to, problems));
            } else {
                paths.put(flow, null);
                automatic.add(flow);
                uses[graphs.station(from)]++;
                uses[graphs.station(to)]++;
            }
        }
        Map<Integer, List<Flow>> byRoot = new LinkedHashMap<>();
        for (Flow flow : automatic) {
            int a = graphs.station(graphs.indexOf(flow.from()));
            int b = graphs.station(graphs.indexOf(flow.to()));
            int root = uses[a] > uses[b] || (uses[a] == uses[b] && a <= b) ? a : b;
            byRoot.computeIfAbsent(root, r -> new ArrayList<>()).add(flow);
        }
        for (Map.Entry<Integer, List<Flow>> group : byRoot.entrySet()) {
            routeGroup(group.getKey(), group.getValue(), paths, problems);
        }
        return paths;
    }

    private void routeGroup(int root, List<Flow> flows, Map<Flow, int[]> paths, Map<Flow, String> problems) {
        search++;
        int wanted = 0;
        int[] targets = new int[flows.size()];
        for (int i = 0; i < flows.size(); i++) {
            Flow flow = flows.get(i);
            int a = graphs.station(graphs.indexOf(flow.from()));
            int b = graphs.station(graphs.indexOf(flow.to()));
            targets[i] = a == root ? b : a;
        }
        for (int target : targets) {
            if (targetIn[target] != search) {
                targetIn[target] = search;
                wanted++;
            }
        }
        visit(root, -1);
        if (targetIn[root] == search) {
            wanted--;
        }
        // Level by level, and within a level the least connected first: a home's hub is expanded
        // before the internet, so a search for the home's own devices stops before visiting every
        // other home behind the internet.
        List<Integer> level = new ArrayList<>(List.of(root));
        while (!level.isEmpty() && wanted > 0) {
            level.sort(Comparator.comparingInt((Integer v) -> links.degreeOf(v)).thenComparingInt(v -> v));
            List<Integer> next = new ArrayList<>();
            for (int u : level) {
                for (LinkEdge link : links.edgesOf(u)) {
                    int v = Graphs.getOppositeVertex(links, link, u);
                    if (visitedIn[v] != search) {
                        visit(v, u);
                        next.add(v);
                        if (targetIn[v] == search) {
                            wanted--;
                        }
                    }
                }
                if (wanted == 0) {
                    break;
                }
            }
            level = next;
        }
        for (int i = 0; i < flows.size(); i++) {
            Flow flow = flows.get(i);
            int target = targets[i];
            if (visitedIn[target] != search) {
                problems.put(flow, "no chain of links connects '" + graphs.component(graphs.station(
                        graphs.indexOf(flow.from()))).id() + "' to '" + graphs.component(graphs.station(
                        graphs.indexOf(flow.to()))).id() + "'");
                continue;
            }
            int[] fromTarget = walkToRoot(target);
            boolean rootIsSender = graphs.station(graphs.indexOf(flow.from())) == root;
            paths.put(flow, rootIsSender ? reverse(fromTarget) : fromTarget);
        }
    }

    private void visit(int vertex, int from) {
        visitedIn[vertex] = search;
        parent[vertex] = from;
    }

    private int[] walkToRoot(int target) {
        int length = 0;
        for (int v = target; v >= 0; v = parent[v]) {
            length++;
        }
        int[] path = new int[length];
        int i = 0;
        for (int v = target; v >= 0; v = parent[v]) {
            path[i++] = v;
        }
        return path;
    }

    private static int[] reverse(int[] path) {
        int[] reversed = new int[path.length];
        for (int i = 0; i < path.length; i++) {
            reversed[i] = path[path.length - 1 - i];
        }
        return reversed;
    }

    /** A route the user pinned with {@code via}: each hop must be linked to the next. */
    private int[] pinned(Flow flow, int from, int to, Map<Flow, String> problems) {
        List<Integer> stops = new ArrayList<>();
        stops.add(graphs.station(from));
        for (String hop : flow.via()) {
            int index = graphs.indexOf(hop);
            if (index < 0) {
                problems.put(flow, "its pinned route names '" + hop + "', which is not a component");
                return null;
            }
            stops.add(graphs.station(index));
        }
        stops.add(graphs.station(to));
        List<Integer> path = new ArrayList<>();
        for (int stop : stops) {
            if (path.isEmpty() || path.get(path.size() - 1) != stop) {
                path.add(stop);
            }
        }
        for (int i = 1; i < path.size(); i++) {
            int a = path.get(i - 1);
            int b = path.get(i);
            if (!links.containsEdge(a, b)) {
                problems.put(flow, "its pinned route goes from '" + graphs.component(a).id() + "' to '"
                        + graphs.component(b).id() + "', which no link connects");
                return null;
            }
        }
        return path.stream().mapToInt(Integer::intValue).toArray();
    }
}
