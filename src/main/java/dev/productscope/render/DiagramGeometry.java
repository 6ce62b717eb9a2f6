package dev.productscope.render;

import dev.productscope.analysis.Analysis;
import dev.productscope.model.Link;
import dev.productscope.model.Model;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where everything in a diagram is drawn, worked out once per model revision and shared by the
 * renderer and the editor's hit-testing. Deterministic: the same model and analysis give the
 * same geometry. Hosted software is drawn as a tile stacked on its host's box, so its own x and
 * y are ignored (moving the host moves it); flows follow their analysed routes, side by side
 * where they share a stretch. Lookups of unknown ids give empty results.
 */
public final class DiagramGeometry {

    /** Space between the drawing and the legend below it. */
    static final double LEGEND_GAP = 28;

    private final Map<String, ZoneShape> zones;
    private final Map<String, ComponentShape> components;
    private final Map<String, Polyline> links;
    private final Map<String, Polyline> flows;
    private final Map<String, Rect> flowLabels;
    private final List<ProductOutline> products;
    private final Rect content;
    private final Rect legend;

    private DiagramGeometry(Model model, Analysis analysis) {
        zones = Collections.unmodifiableMap(ZoneLayout.place(model));
        components = Collections.unmodifiableMap(ComponentLayout.place(model));
        links = Collections.unmodifiableMap(linkSegments(model, components));
        flows = Collections.unmodifiableMap(FlowPaths.place(model, analysis, components));
        RectIndex obstacles = new RectIndex();
        components.values().forEach(shape -> obstacles.add(shape.extent()));
        zones.values().forEach(shape -> obstacles.add(shape.label()));
        for (Polyline segment : links.values()) {
            double[] mid = segment.along(0, 0.5);
            obstacles.add(Rect.centredAt(mid[0], mid[1], 40, 12));
        }
        // Keep names and labels off the arrowheads.
        for (Polyline path : flows.values()) {
            int last = path.size() - 1;
            obstacles.add(Rect.centredAt(path.x(0), path.y(0), 22, 22));
            obstacles.add(Rect.centredAt(path.x(last), path.y(last), 22, 22));
        }
        products = List.copyOf(AnnotationLayout.products(model, analysis, components, obstacles));
        flowLabels = Collections.unmodifiableMap(AnnotationLayout.flowLabels(model, flows, obstacles));
        content = measureContent();
        legend = new Rect(content.x(), content.maxY() + LEGEND_GAP, Legend.WIDTH, Legend.HEIGHT);
    }

    public static DiagramGeometry of(Model model, Analysis analysis) {
        return new DiagramGeometry(model, analysis);
    }

    private static Map<String, Polyline> linkSegments(Model model, Map<String, ComponentShape> shapes) {
        Map<String, Polyline> segments = new LinkedHashMap<>();
        for (Link link : model.links()) {
            ComponentShape a = shapes.get(link.a());
            ComponentShape b = shapes.get(link.b());
            if (a == null || b == null || a == b) {
                continue;
            }
            double[] from = a.bounds().exitTowards(b.bounds().centreX(), b.bounds().centreY());
            double[] to = b.bounds().exitTowards(a.bounds().centreX(), a.bounds().centreY());
            segments.putIfAbsent(link.id(), Polyline.of(from[0], from[1], to[0], to[1]));
        }
        return segments;
    }

    private Rect measureContent() {
        Rect all = null;
        for (ZoneShape zone : zones.values()) {
            all = union(all, zone.extent());
        }
        for (ComponentShape shape : components.values()) {
            // Room for a finding badge on the top-right corner.
            all = union(all, shape.extent().union(shape.bounds().padded(10)));
        }
        for (Polyline segment : links.values()) {
            all = union(all, segment.bounds());
        }
        for (Polyline path : flows.values()) {
            all = union(all, path.bounds().padded(6));
        }
        for (Rect label : flowLabels.values()) {
            all = union(all, label);
        }
        for (ProductOutline outline : products) {
            for (Rect area : outline.areas()) {
                all = union(all, area);
            }
            for (Rect tag : outline.tags()) {
                all = union(all, tag);
            }
        }
        return all == null ? new Rect(0, 0, 0, 0) : all;
    }

    private static Rect union(Rect a, Rect b) {
        return a == null ? b : a.union(b);
    }

    public Optional<Rect> componentBounds(String id) {
        return component(id).map(ComponentShape::bounds);
    }

    public Optional<ComponentShape> component(String id) {
        return Optional.ofNullable(components.get(id));
    }

    /** Every component's shape, in model order. */
    public Collection<ComponentShape> components() {
        return components.values();
    }

    public Optional<Rect> zoneBounds(String id) {
        return zone(id).map(ZoneShape::area);
    }

    public Optional<ZoneShape> zone(String id) {
        return Optional.ofNullable(zones.get(id));
    }

    public Collection<ZoneShape> zones() {
        return zones.values();
    }

    /** The link's line from edge to edge of its two ends; empty when an end is missing. */
    public Optional<Polyline> linkSegment(String id) {
        return Optional.ofNullable(links.get(id));
    }

    /** Link id to segment, in model order. */
    public Map<String, Polyline> linkSegments() {
        return links;
    }

    /** The flow's line along its route; empty when it cannot be drawn (an end missing, or from = to). */
    public Optional<Polyline> flowPath(String id) {
        return Optional.ofNullable(flows.get(id));
    }

    /** Flow id to path, in model order. */
    public Map<String, Polyline> flowPaths() {
        return flows;
    }

    /** Where the flow's label is drawn; empty for a flow without a label or path. */
    public Optional<Rect> flowLabel(String id) {
        return Optional.ofNullable(flowLabels.get(id));
    }

    /** One boundary per product, in model order, hidden or not. */
    public List<ProductOutline> productOutlines() {
        return products;
    }

    /** Where the legend goes: below the drawing, at its left. */
    public Rect legendBounds() {
        return legend;
    }

    /** What the zones, components and flow labels with these ids cover together; empty when none is drawn. */
    public Optional<Rect> boundsOf(Collection<String> ids) {
        Rect covered = null;
        for (String id : ids) {
            Rect rect = componentBounds(id).or(() -> zoneBounds(id)).or(() -> flowLabel(id)).orElse(null);
            if (rect != null) {
                covered = covered == null ? rect : covered.union(rect);
            }
        }
        return Optional.ofNullable(covered);
    }

    /** Everything drawn except the legend. */
    public Rect contentBounds() {
        return content;
    }

    /** Everything drawn, legend included. */
    public Rect bounds() {
        return content.union(legend);
    }
}
