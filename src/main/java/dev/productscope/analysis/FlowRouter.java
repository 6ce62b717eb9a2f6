package dev.productscope.analysis;

import dev.productscope.model.Flow;
import java.util.ArrayList;
import java.util.Arrays;
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
 * is routed in about one pass over its links per shared end.
 */
final class FlowRouter {

    /** Paths of station indices per flow, by the flow's position; {@code null} where there is none. */
    record Routes(int[][] paths, String[] problems) {
    }

    private final ModelGraphs graphs;
    private final Graph<Integer, LinkEdge> links;
    /** The link graph as adjacency arrays, read once from the JGraphT graph for the searches. */
    private final int[] firstNeighbour;
    private final int[] neighbours;
    private final int[] parent;
    private final int[] visitedIn;
    private final int[] targetIn;
    private int search;

    FlowRouter(ModelGraphs graphs) {
        this.graphs = graphs;
        this.links = graphs.links();
        int n = graphs.size();
        firstNeighbour = new int[n + 1];
        neighbours = new int[2 * links.edgeSet().size()];
        int at = 0;
        for (int v = 0; v < n; v++) {
            firstNeighbour[v] = at;
            if (links.containsVertex(v)) {
                for (LinkEdge link : links.edgesOf(v)) {
                    neighbours[at++] = Graphs.getOppositeVertex(links, link, v);
                }
            }
        }
        firstNeighbour[n] = at;
        parent = new int[n];
        visitedIn = new int[n];
        targetIn = new int[n];
    }

    private int degree(int v) {
        return firstNeighbour[v + 1] - firstNeighbour[v];
    }

    Routes route(List<Flow> flows) {
        int count = flows.size();
        int[][] paths = new int[count][];
        String[] problems = new String[count];
        int[] from = new int[count];
        int[] to = new int[count];
        int[] uses = new int[graphs.size()];
        boolean[] automatic = new boolean[count];
        for (int i = 0; i < count; i++) {
            Flow flow = flows.get(i);
            int a = graphs.indexOf(flow.from());
            int b = graphs.indexOf(flow.to());
            if (a < 0 || b < 0) {
                problems[i] = "one of its ends is not a component";
            } else if (flow.via() != null && !flow.via().isEmpty()) {
                paths[i] = pinned(flow, a, b, problems, i);
            } else {
                from[i] = graphs.station(a);
                to[i] = graphs.station(b);
                automatic[i] = true;
                uses[from[i]]++;
                uses[to[i]]++;
            }
        }
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            if (automatic[i]) {
                int a = from[i];
                int b = to[i];
                int root = uses[a] > uses[b] || (uses[a] == uses[b] && a <= b) ? a : b;
                byRoot.computeIfAbsent(root, r -> new ArrayList<>()).add(i);
            }
        }
        for (Map.Entry<Integer, List<Integer>> group : byRoot.entrySet()) {
            routeGroup(group.getKey(), group.getValue(), from, to, paths, problems);
        }
        return new Routes(paths, problems);
    }

    private void routeGroup(int root, List<Integer> group, int[] from, int[] to, int[][] paths, String[] problems) {
        search++;
        int wanted = 0;
        for (int i : group) {
            int target = from[i] == root ? to[i] : from[i];
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
        long[] level = {key(root)};
        int levelSize = 1;
        while (levelSize > 0 && wanted > 0) {
            Arrays.sort(level, 0, levelSize);
            long[] next = new long[16];
            int nextSize = 0;
            for (int k = 0; k < levelSize && wanted > 0; k++) {
                int u = (int) level[k];
                for (int e = firstNeighbour[u]; e < firstNeighbour[u + 1]; e++) {
                    int v = neighbours[e];
                    if (visitedIn[v] != search) {
                        visit(v, u);
                        if (nextSize == next.length) {
                            next = Arrays.copyOf(next, nextSize * 2);
                        }
                        next[nextSize++] = key(v);
                        if (targetIn[v] == search) {
                            wanted--;
                        }
                    }
                }
            }
            level = next;
            levelSize = nextSize;
        }
        for (int i : group) {
            int target = from[i] == root ? to[i] : from[i];
            if (visitedIn[target] != search) {
                problems[i] = "no chain of links connects '" + graphs.component(from[i]).id() + "' to '"
                        + graphs.component(to[i]).id() + "'";
                continue;
            }
            int[] fromTarget = walkToRoot(target);
            paths[i] = from[i] == root ? reverse(fromTarget) : fromTarget;
        }
    }

    /** Sorts by degree, then by index; the low half holds the vertex. */
    private long key(int v) {
        return ((long) degree(v) << 32) | v;
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
    private int[] pinned(Flow flow, int from, int to, String[] problems, int i) {
        List<Integer> stops = new ArrayList<>();
        stops.add(graphs.station(from));
        for (String hop : flow.via()) {
            int index = graphs.indexOf(hop);
            if (index < 0) {
                problems[i] = "its pinned route names '" + hop + "', which is not a component";
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
        for (int k = 1; k < path.size(); k++) {
            int a = path.get(k - 1);
            int b = path.get(k);
            if (!links.containsEdge(a, b)) {
                problems[i] = "its pinned route goes from '" + graphs.component(a).id() + "' to '"
                        + graphs.component(b).id() + "', which no link connects";
                return null;
            }
        }
        return path.stream().mapToInt(Integer::intValue).toArray();
    }
}
