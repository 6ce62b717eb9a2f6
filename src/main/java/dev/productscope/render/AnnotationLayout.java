package dev.productscope.render;

import dev.productscope.analysis.Analysis;
import dev.productscope.analysis.ProductSummary;
import dev.productscope.model.Component;
import dev.productscope.model.Flow;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import dev.productscope.model.Zone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Places what is drawn over the equipment: product boundaries with their name tags, and flow labels. */
final class AnnotationLayout {

    static final double TAG_FONT = 10.5;
    static final double TAG_HEIGHT = 16;
    static final double FLOW_FONT = 10;
    static final double FLOW_LABEL_HEIGHT = 14;
    /** Widest product name and flow label text drawn; longer ones are cut with an ellipsis. */
    static final double MAX_TAG_TEXT = 260;
    static final double MAX_FLOW_LABEL_TEXT = 220;
    private static final double[] ALONG = {0.5, 0.35, 0.65, 0.2, 0.8};

    private AnnotationLayout() {
    }

    /** Members further apart than this (edge to edge) get boundaries of their own. */
    static final double CLUSTER_GAP = 140;

    /**
     * Each product's boundary: its in-product components grouped by zone, and within a zone into
     * clusters of near neighbours, so a device and an app across the room get two tight outlines
     * in the product's colour rather than one box over everything between them. Outlines of
     * different products around the same things are padded apart; the name goes on the outline
     * around the product's first device.
     */
    static List<ProductOutline> products(Model model, Analysis analysis, Map<String, ComponentShape> shapes,
                                         RectIndex obstacles) {
        List<ProductOutline> outlines = new ArrayList<>();
        List<Rect> tagsSoFar = new ArrayList<>();
        RectIndex extentsSoFar = new RectIndex();
        List<Product> products = model.products();
        Map<String, Integer> order = new HashMap<>();
        for (Component component : model.components()) {
            order.putIfAbsent(component.id(), order.size());
        }
        Map<String, List<String>> members = new HashMap<>();
        for (ProductSummary summary : analysis.products()) {
            members.putIfAbsent(summary.id(), summary.components());
        }
        for (int i = 0; i < products.size(); i++) {
            Product product = products.get(i);
            List<Cluster> clusters = clusters(analysis, shapes, order,
                    members.getOrDefault(product.id(), List.of()));
            List<Rect> areas = new ArrayList<>();
            int tagged = 0;
            for (int k = 0; k < clusters.size(); k++) {
                Cluster cluster = clusters.get(k);
                int level = extentsSoFar.overlaps(cluster.extent.padded(8));
                areas.add(cluster.extent.padded(cluster.onlyTiles ? 3 + 3 * level : 8 + 5 * level));
                if (!product.devices().isEmpty() && cluster.members.contains(product.devices().get(0))) {
                    tagged = k;
                }
            }
            clusters.forEach(c -> extentsSoFar.add(c.extent));
            List<Rect> tags = new ArrayList<>();
            if (!areas.isEmpty()) {
                Rect tag = freeTag(areas.get(tagged), product.name(), tagsSoFar, obstacles);
                tags.add(tag);
                tagsSoFar.add(tag);
                obstacles.add(tag);
            }
            outlines.add(new ProductOutline(product.id(), product.name(), i, areas, tags));
        }
        return outlines;
    }

    private static final class Cluster {
        final List<ComponentShape> shapes = new ArrayList<>();
        final Set<String> members = new HashSet<>();
        Rect extent;
        boolean onlyTiles = true;
        int first = Integer.MAX_VALUE;

        void add(ComponentShape shape, int order) {
            first = Math.min(first, order);
            shapes.add(shape);
            members.add(shape.id());
            extent = extent == null ? shape.extent() : extent.union(shape.extent());
            onlyTiles &= shape.isTile();
        }

        boolean near(ComponentShape shape) {
            for (ComponentShape member : shapes) {
                if (gap(member.extent(), shape.extent()) <= CLUSTER_GAP) {
                    return true;
                }
            }
            return false;
        }
    }

    private static double gap(Rect a, Rect b) {
        double dx = Math.max(0, Math.max(a.x() - b.maxX(), b.x() - a.maxX()));
        double dy = Math.max(0, Math.max(a.y() - b.maxY(), b.y() - a.maxY()));
        return Math.hypot(dx, dy);
    }

    private static List<Cluster> clusters(Analysis analysis, Map<String, ComponentShape> shapes,
                                          Map<String, Integer> order, List<String> members) {
        List<String> inOrder = new ArrayList<>(members);
        inOrder.removeIf(id -> !shapes.containsKey(id));
        inOrder.sort(java.util.Comparator.comparingInt(order::get));
        Map<String, List<ComponentShape>> byZone = new LinkedHashMap<>();
        for (String id : inOrder) {
            byZone.computeIfAbsent(zoneOf(analysis, id), z -> new ArrayList<>()).add(shapes.get(id));
        }
        List<Cluster> clusters = new ArrayList<>();
        for (List<ComponentShape> group : byZone.values()) {
            clusters.addAll(nearNeighbours(group));
        }
        return clusters;
    }

    // Components without a zone (or unknown to an analysis of another revision) stand alone.
    private static String zoneOf(Analysis analysis, String componentId) {
        try {
            return analysis.effectiveZone(componentId).map(Zone::id).orElse("\u0000" + componentId);
        } catch (IllegalArgumentException e) {
            return "\u0000" + componentId;
        }
    }

    // Single-linkage grouping: a member joins every cluster it comes near, merging them.
    private static List<Cluster> nearNeighbours(List<ComponentShape> members) {
        List<Cluster> clusters = new ArrayList<>();
        for (int order = 0; order < members.size(); order++) {
            ComponentShape shape = members.get(order);
            Cluster joined = new Cluster();
            joined.add(shape, order);
            List<Cluster> kept = new ArrayList<>();
            for (Cluster cluster : clusters) {
                if (cluster.near(shape)) {
                    int first = cluster.first;
                    cluster.shapes.forEach(member -> joined.add(member, first));
                } else {
                    kept.add(cluster);
                }
            }
            kept.add(joined);
            clusters = kept;
        }
        // Back into the order of each cluster's first member, which is model order.
        clusters.sort(java.util.Comparator.comparingInt(c -> c.first));
        return clusters;
    }

    // The outline's top-left corner if free, else its top-right or bottom-left, else above the first.
    private static Rect freeTag(Rect area, String name, List<Rect> taken, RectIndex obstacles) {
        // Never wider than the tag the renderer draws, however long the name.
        double width = Math.min(ComponentLayout.estimateTextWidth(name, TAG_FONT, true), MAX_TAG_TEXT) + 12;
        double[][] corners = {{area.x() + 12, area.y()}, {area.maxX() - 12 - width, area.y()},
            {area.x() + 12, area.maxY()}};
        for (double[] corner : corners) {
            Rect tag = new Rect(corner[0], corner[1] - TAG_HEIGHT / 2, width, TAG_HEIGHT);
            if (!collides(tag, taken) && obstacles.overlaps(tag, 1) == 0) {
                return tag;
            }
        }
        Rect tag = new Rect(area.x() + 12, area.y() - TAG_HEIGHT / 2, width, TAG_HEIGHT);
        for (int tries = 0; tries < 12 && collides(tag, taken); tries++) {
            tag = new Rect(tag.x(), tag.y() - TAG_HEIGHT - 2, width, TAG_HEIGHT);
        }
        return tag;
    }

    private static boolean collides(Rect rect, List<Rect> others) {
        for (Rect other : others) {
            if (other.intersects(rect)) {
                return true;
            }
        }
        return false;
    }

    /** Each flow's label at the freest spot along its path, the middle stretch preferred. */
    static Map<String, Rect> flowLabels(Model model, Map<String, Polyline> paths, RectIndex obstacles) {
        Map<String, Rect> labels = new LinkedHashMap<>();
        for (Flow flow : model.flows()) {
            Polyline path = paths.get(flow.id());
            if (path == null || flow.label() == null || flow.label().isBlank() || labels.containsKey(flow.id())) {
                continue;
            }
            double width = Math.min(ComponentLayout.estimateTextWidth(flow.label(), FLOW_FONT, false),
                    MAX_FLOW_LABEL_TEXT) + 8;
            Rect best = null;
            int bestScore = Integer.MAX_VALUE;
            for (int segment : segmentsMiddleFirst(path.size() - 1)) {
                for (double t : ALONG) {
                    double[] at = path.along(segment, t);
                    Rect candidate = Rect.centredAt(at[0], at[1], width, FLOW_LABEL_HEIGHT);
                    int score = obstacles.overlaps(candidate, bestScore);
                    if (score < bestScore) {
                        best = candidate;
                        bestScore = score;
                    }
                    if (score == 0) {
                        break;
                    }
                }
                if (bestScore == 0) {
                    break;
                }
            }
            labels.put(flow.id(), best);
            obstacles.add(best);
        }
        return labels;
    }

    private static int[] segmentsMiddleFirst(int segments) {
        int[] order = new int[segments];
        int middle = (segments - 1) / 2;
        int k = 0;
        order[k++] = middle;
        for (int d = 1; k < segments; d++) {
            if (middle + d < segments) {
                order[k++] = middle + d;
            }
            if (middle - d >= 0 && k < segments) {
                order[k++] = middle - d;
            }
        }
        return order;
    }
}
