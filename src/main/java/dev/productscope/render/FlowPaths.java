package dev.productscope.render;

import dev.productscope.analysis.Analysis;
import dev.productscope.analysis.FlowRoute;
import dev.productscope.model.Flow;
import dev.productscope.model.Model;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays each flow along its route: centre to centre through the equipment it crosses, starting
 * and ending at the edges of its two ends (the software tiles for hosted software). Flows that
 * share a stretch are spread apart side by side so each stays readable.
 */
final class FlowPaths {

    static final double SPACING = 7;
    /** Beyond this many flows on one stretch, lanes are reused rather than spreading ever wider. */
    static final int MAX_LANES = 9;
    private static final double END_GAP = 3;

    private FlowPaths() {
    }

    static Map<String, Polyline> place(Model model, Analysis analysis, Map<String, ComponentShape> shapes) {
        Map<String, List<String>> stations = new LinkedHashMap<>();
        for (Flow flow : model.flows()) {
            List<String> keys = stationsOf(flow, analysis, shapes);
            if (keys.size() >= 2) {
                stations.putIfAbsent(flow.id(), keys);
            }
        }
        // Each flow's position among the flows on each of its segments, and how many share each.
        Map<String, int[]> sharing = new HashMap<>();
        Map<String, int[]> positions = new HashMap<>();
        for (Map.Entry<String, List<String>> entry : stations.entrySet()) {
            List<String> keys = entry.getValue();
            int[] position = new int[keys.size() - 1];
            for (int i = 1; i < keys.size(); i++) {
                int[] count = sharing.computeIfAbsent(segmentKey(keys.get(i - 1), keys.get(i)), k -> new int[1]);
                position[i - 1] = count[0]++;
            }
            positions.put(entry.getKey(), position);
        }
        Map<String, Polyline> paths = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> entry : stations.entrySet()) {
            paths.put(entry.getKey(), layOut(entry.getValue(), positions.get(entry.getKey()), shapes, sharing));
        }
        return paths;
    }

    // The ids the line passes: the sender, the equipment between, the receiver.
    private static List<String> stationsOf(Flow flow, Analysis analysis, Map<String, ComponentShape> shapes) {
        if (!shapes.containsKey(flow.from()) || !shapes.containsKey(flow.to())) {
            return List.of();
        }
        List<String> path = routeOf(flow, analysis);
        List<String> keys = new ArrayList<>();
        keys.add(flow.from());
        for (int i = 1; i < path.size() - 1; i++) {
            if (shapes.containsKey(path.get(i))) {
                keys.add(path.get(i));
            }
        }
        keys.add(flow.to());
        List<String> distinct = new ArrayList<>();
        for (String key : keys) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(key)) {
                distinct.add(key);
            }
        }
        return distinct;
    }

    private static List<String> routeOf(Flow flow, Analysis analysis) {
        try {
            FlowRoute route = analysis.route(flow.id());
            return route.path();
        } catch (IllegalArgumentException e) {
            // An analysis of another revision of the model: draw the flow straight.
            return List.of();
        }
    }

    private static String segmentKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + '\u0000' + b : b + '\u0000' + a;
    }

    private static Polyline layOut(List<String> keys, int[] position, Map<String, ComponentShape> shapes,
                                   Map<String, int[]> sharing) {
        int n = keys.size();
        double[] cx = new double[n];
        double[] cy = new double[n];
        for (int i = 0; i < n; i++) {
            Rect box = shapes.get(keys.get(i)).bounds();
            cx[i] = box.centreX();
            cy[i] = box.centreY();
        }
        // Per segment: the unit normal (left of travel) times this flow's offset on it.
        double[] ox = new double[n - 1];
        double[] oy = new double[n - 1];
        for (int s = 0; s < n - 1; s++) {
            String a = keys.get(s);
            String b = keys.get(s + 1);
            int lanes = Math.min(MAX_LANES, sharing.get(segmentKey(a, b))[0]);
            double offset = (position[s] % lanes - (lanes - 1) / 2.0) * SPACING;
            // Measure the offset against a fixed direction so opposite flows do not swap sides.
            double sign = a.compareTo(b) <= 0 ? 1 : -1;
            double dx = cx[s + 1] - cx[s];
            double dy = cy[s + 1] - cy[s];
            double length = Math.hypot(dx, dy);
            if (length > 0) {
                ox[s] = -dy / length * offset * sign;
                oy[s] = dx / length * offset * sign;
            }
        }
        double[] px = new double[n];
        double[] py = new double[n];
        px[0] = cx[0] + ox[0];
        py[0] = cy[0] + oy[0];
        px[n - 1] = cx[n - 1] + ox[n - 2];
        py[n - 1] = cy[n - 1] + oy[n - 2];
        for (int i = 1; i < n - 1; i++) {
            double[] joint = joint(cx, cy, i, ox[i - 1], oy[i - 1], ox[i], oy[i]);
            px[i] = joint[0];
            py[i] = joint[1];
        }
        clipEnd(px, py, 0, 1, shapes.get(keys.get(0)).bounds());
        clipEnd(px, py, n - 1, n - 2, shapes.get(keys.get(n - 1)).bounds());
        return new Polyline(px, py);
    }

    // Where the two shifted segments meet; the mean shift when they are nearly in line.
    private static double[] joint(double[] cx, double[] cy, int i, double ax, double ay, double bx, double by) {
        double d1x = cx[i] - cx[i - 1];
        double d1y = cy[i] - cy[i - 1];
        double d2x = cx[i + 1] - cx[i];
        double d2y = cy[i + 1] - cy[i];
        double cross = d1x * d2y - d1y * d2x;
        double mean = Math.hypot(d1x, d1y) * Math.hypot(d2x, d2y);
        double limit = 3 * Math.max(SPACING, Math.max(Math.hypot(ax, ay), Math.hypot(bx, by)));
        if (mean > 0 && Math.abs(cross) > 0.05 * mean) {
            // Solve p1 + t*d1 = p2 + u*d2 for the shifted lines through the joint.
            double p1x = cx[i] + ax;
            double p1y = cy[i] + ay;
            double p2x = cx[i] + bx;
            double p2y = cy[i] + by;
            double t = ((p2x - p1x) * d2y - (p2y - p1y) * d2x) / cross;
            double jx = p1x + t * d1x;
            double jy = p1y + t * d1y;
            if (Math.hypot(jx - cx[i], jy - cy[i]) <= limit) {
                return new double[] {jx, jy};
            }
        }
        return new double[] {cx[i] + (ax + bx) / 2, cy[i] + (ay + by) / 2};
    }

    // Moves an end point from inside its element to just outside its edge, along the line.
    private static void clipEnd(double[] px, double[] py, int end, int next, Rect box) {
        double dx = px[next] - px[end];
        double dy = py[next] - py[end];
        double length = Math.hypot(dx, dy);
        if (length == 0 || box.contains(px[next], py[next])) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        double tx = ux == 0 ? Double.POSITIVE_INFINITY
                : ((ux > 0 ? box.maxX() : box.x()) - px[end]) / ux;
        double ty = uy == 0 ? Double.POSITIVE_INFINITY
                : ((uy > 0 ? box.maxY() : box.y()) - py[end]) / uy;
        double t = Math.min(tx, ty);
        if (t < 0 || t + END_GAP >= length) {
            return;
        }
        px[end] += ux * (t + END_GAP);
        py[end] += uy * (t + END_GAP);
    }
}
