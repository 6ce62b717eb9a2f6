package dev.productscope.render;

import dev.productscope.analysis.Analysis;
import dev.productscope.analysis.Finding;
import dev.productscope.analysis.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Paints a badge on each element findings are about: a circle in the colour of the most severe
 * of them, with "!" (or "i" for information) or their count. A finding's first subject is what
 * it is about; the others are context (the products involved, the equipment crossed), so only
 * the first gets the badge. With {@link RenderOptions#numbering()} each finding gets its own
 * badge showing its number instead, for exports that list the findings beside the diagram.
 */
final class FindingBadges {

    static final double RADIUS = 8;
    private static final double NUMBER_FONT = 10;
    private static final int PER_ROW = 4;

    private FindingBadges() {
    }

    private record Tally(Severity worst, int count) {
        Tally add(Severity severity) {
            return new Tally(severity.atLeast(worst) ? severity : worst, count + 1);
        }
    }

    static void paint(Painter p, Analysis analysis, DiagramGeometry geometry, RenderOptions options) {
        if (!options.numbering().isEmpty()) {
            paintNumbered(p, geometry, options);
            return;
        }
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (Finding finding : analysis.findings()) {
            if (!finding.subjects().isEmpty()) {
                tallies.merge(finding.subjects().get(0), new Tally(finding.severity(), 1),
                        (a, b) -> a.add(b.worst()));
            }
        }
        for (Map.Entry<String, Tally> entry : tallies.entrySet()) {
            anchor(entry.getKey(), geometry).filter(at -> options.shows(new Rect(at[0] - 10, at[1] - 10, 20, 20)))
                    .ifPresent(at -> badge(p, at[0], at[1], entry.getValue()));
        }
    }

    // One numbered badge per finding; several on one element line up leftwards, four to a row.
    private static void paintNumbered(Painter p, DiagramGeometry geometry, RenderOptions options) {
        Map<String, List<Integer>> bySubject = new LinkedHashMap<>();
        List<Finding> numbering = options.numbering();
        for (int i = 0; i < numbering.size(); i++) {
            if (!numbering.get(i).subjects().isEmpty()) {
                bySubject.computeIfAbsent(numbering.get(i).subjects().get(0), s -> new ArrayList<>()).add(i);
            }
        }
        p.setFont(NUMBER_FONT, true);
        for (Map.Entry<String, List<Integer>> entry : bySubject.entrySet()) {
            Optional<double[]> at = anchor(entry.getKey(), geometry);
            if (at.isEmpty() || !options.shows(new Rect(at.get()[0] - 10, at.get()[1] - 10, 20, 20))) {
                continue;
            }
            double right = at.get()[0] + RADIUS;
            double y = at.get()[1];
            List<Integer> indices = entry.getValue();
            for (int k = 0; k < indices.size(); k++) {
                if (k > 0 && k % PER_ROW == 0) {
                    right = at.get()[0] + RADIUS;
                    y += 2 * RADIUS + 2;
                }
                int index = indices.get(k);
                double width = numberWidth(p, index + 1);
                numberBadge(p, right - width / 2, y, index + 1, numbering.get(index).severity());
                right -= width + 2;
            }
        }
    }

    private static double numberWidth(Painter p, int number) {
        return Math.max(2 * RADIUS, p.textWidth(Integer.toString(number)) + 8);
    }

    /** A badge with a finding's number, centred on {@code (cx, cy)}: a circle, or a pill for long numbers. */
    static void numberBadge(Painter p, double cx, double cy, int number, Severity severity) {
        p.setFont(NUMBER_FONT, true);
        double width = numberWidth(p, number);
        p.setFill(DiagramStyle.severity(severity));
        p.fillRect(cx - width / 2, cy - RADIUS, width, 2 * RADIUS, 2 * RADIUS);
        p.setStroke(DiagramStyle.PAPER, 1.5);
        p.strokeRect(cx - width / 2, cy - RADIUS, width, 2 * RADIUS, 2 * RADIUS);
        p.setFill(DiagramStyle.PAPER);
        p.text(Integer.toString(number), cx, cy + 3.6, Painter.Align.CENTER);
    }

    /** Where an element's badge goes: the top-right corner of what is drawn for it. */
    static Optional<double[]> anchor(String id, DiagramGeometry geometry) {
        Optional<Rect> box = geometry.componentBounds(id);
        if (box.isEmpty()) {
            box = geometry.flowLabel(id);
        }
        if (box.isPresent()) {
            return Optional.of(new double[] {box.get().maxX(), box.get().y()});
        }
        Optional<Rect> zone = geometry.zoneBounds(id);
        if (zone.isPresent()) {
            return Optional.of(new double[] {zone.get().maxX() - 14, zone.get().y() + 14});
        }
        Optional<double[]> onLine = geometry.flowPath(id).or(() -> geometry.linkSegment(id))
                .map(line -> line.along((line.size() - 1) / 2, 0.5));
        if (onLine.isPresent()) {
            return onLine;
        }
        return geometry.productOutlines().stream().filter(o -> o.productId().equals(id) && !o.tags().isEmpty())
                .findFirst().map(o -> new double[] {o.tags().get(0).maxX() + 4, o.tags().get(0).centreY()});
    }

    private static void badge(Painter p, double x, double y, Tally tally) {
        p.setFill(DiagramStyle.severity(tally.worst()));
        p.fillOval(x - RADIUS, y - RADIUS, 2 * RADIUS, 2 * RADIUS);
        p.setStroke(DiagramStyle.PAPER, 1.5);
        p.strokeOval(x - RADIUS, y - RADIUS, 2 * RADIUS, 2 * RADIUS);
        String mark = tally.count() > 1 ? Integer.toString(tally.count())
                : tally.worst() == Severity.INFO ? "i" : "!";
        p.setFont(10, true);
        p.setFill(DiagramStyle.PAPER);
        p.text(mark, x, y + 3.6, Painter.Align.CENTER);
    }
}
