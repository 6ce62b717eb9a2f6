package dev.productscope.analysis;

import dev.productscope.model.Component;
import dev.productscope.model.Flow;
import dev.productscope.model.Link;
import dev.productscope.model.Model;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.graph.Pseudograph;

/**
 * The two graphs every analysis reads. Vertices are component indices into
 * {@code model.components()}; positions stay in the model, outside the graphs.
 * <ul>
 * <li>the <b>link graph</b>: undirected, over equipment, one edge per link. Hosted software is
 * not a vertex of its own: it stands at its host (its <em>station</em>).</li>
 * <li>the <b>flow graph</b>: directed, over components, one edge per flow.</li>
 * </ul>
 * References that do not resolve (a model being edited may have them) are left out.
 */
public final class ModelGraphs {

    private final Model model;
    private final Map<String, Integer> indexById;
    private final int[] station;
    private final Graph<Integer, LinkEdge> links;
    private final Graph<Integer, FlowEdge> flows;

    private ModelGraphs(Model model) {
        this.model = model;
        List<Component> components = model.components();
        int n = components.size();
        indexById = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            indexById.putIfAbsent(components.get(i).id(), i);
        }
        station = new int[n];
        for (int i = 0; i < n; i++) {
            station[i] = stationOf(components.get(i), i);
        }
        links = new Pseudograph<>(LinkEdge.class);
        flows = new DirectedPseudograph<>(FlowEdge.class);
        for (int i = 0; i < n; i++) {
            flows.addVertex(i);
            if (station[i] == i) {
                links.addVertex(i);
            }
        }
        for (Link link : model.links()) {
            Integer a = indexById.get(link.a());
            Integer b = indexById.get(link.b());
            if (a != null && b != null && !a.equals(b)) {
                links.addEdge(station[a], station[b], new LinkEdge(link));
            }
        }
        for (Flow flow : model.flows()) {
            Integer from = indexById.get(flow.from());
            Integer to = indexById.get(flow.to());
            if (from != null && to != null && !from.equals(to)) {
                flows.addEdge(from, to, new FlowEdge(flow));
            }
        }
    }

    public static ModelGraphs of(Model model) {
        return new ModelGraphs(model);
    }

    private int stationOf(Component component, int self) {
        if (component.hostedOn() == null) {
            return self;
        }
        Integer host = indexById.get(component.hostedOn());
        return host == null || host == self || model.components().get(host).isHosted() ? self : host;
    }

    public Model model() {
        return model;
    }

    /** Equipment and its network attachments; hosted software stands at its host. */
    public Graph<Integer, LinkEdge> links() {
        return links;
    }

    /** Components and the application data flowing between them. */
    public Graph<Integer, FlowEdge> flows() {
        return flows;
    }

    public int size() {
        return station.length;
    }

    /** The index of a component, or -1. */
    public int indexOf(String componentId) {
        Integer index = indexById.get(componentId);
        return index == null ? -1 : index;
    }

    public Component component(int index) {
        return model.components().get(index);
    }

    /** Where a component stands on the link graph: its host for hosted software, else itself. */
    public int station(int index) {
        return station[index];
    }
}
