package dev.productscope.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.analysis.Analysis;
import dev.productscope.analysis.Analyzer;
import dev.productscope.io.BundledExamples;
import dev.productscope.model.Model;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor paints only what is on screen, and leaves out unreadable detail when zoomed out. */
class RenderCullingTest {

    /** Counts drawing calls and keeps the texts drawn. */
    static final class CountingPainter implements Painter {
        int shapes;
        final List<String> texts = new ArrayList<>();

        @Override public void save() { }
        @Override public void restore() { }
        @Override public void translate(double dx, double dy) { }
        @Override public void scale(double factor) { }
        @Override public void setFill(Rgb colour) { }
        @Override public void setStroke(Rgb colour, double width, double... dashes) { }
        @Override public void fillRect(double x, double y, double w, double h, double arc) { shapes++; }
        @Override public void strokeRect(double x, double y, double w, double h, double arc) { shapes++; }
        @Override public void fillOval(double x, double y, double w, double h) { shapes++; }
        @Override public void strokeOval(double x, double y, double w, double h) { shapes++; }
        @Override public void strokeLine(double x1, double y1, double x2, double y2) { shapes++; }
        @Override public void strokePolyline(double[] x, double[] y, int count) { shapes++; }
        @Override public void fillPolygon(double[] x, double[] y, int count) { shapes++; }
        @Override public void strokePolygon(double[] x, double[] y, int count) { shapes++; }
        @Override public void setFont(double size, boolean bold) { }
        @Override public void text(String text, double x, double y, Align align) { texts.add(text); }
        @Override public double textWidth(String text) { return text.length() * 6.0; }
    }

    private final Model model = BundledExamples.defaultExample().load();
    private final Analysis analysis = Analyzer.analyze(model);
    private final DiagramGeometry geometry = DiagramGeometry.of(model, analysis);

    private CountingPainter paint(RenderOptions options) {
        CountingPainter painter = new CountingPainter();
        new DiagramRenderer().paint(painter, model, analysis, geometry, options.withLegend(false));
        return painter;
    }

    @Test
    void onlyWhatMeetsTheViewportIsPainted() {
        CountingPainter all = paint(RenderOptions.defaults());
        Rect cloud = geometry.zoneBounds("cloud").orElseThrow();
        CountingPainter cloudOnly = paint(RenderOptions.defaults().withView(cloud, 1));
        CountingPainter nothing = paint(RenderOptions.defaults().withView(new Rect(-5000, -5000, 10, 10), 1));

        assertThat(all.texts).contains("Smart TV", "Bulb A cloud backend");
        assertThat(cloudOnly.texts).contains("Bulb A cloud backend").doesNotContain("Smart TV");
        assertThat(cloudOnly.shapes).isLessThan(all.shapes);
        assertThat(nothing.shapes).isZero();
        assertThat(nothing.texts).isEmpty();
    }

    @Test
    void zoomedFarOutTheLabelsAreLeftOutButTheShapesStay() {
        CountingPainter detailed = paint(RenderOptions.defaults().withView(geometry.bounds(), 1));
        CountingPainter overview = paint(RenderOptions.defaults().withView(geometry.bounds(), 0.2));

        assertThat(overview.texts).doesNotContain("Smart TV", "wifi", "Local control");
        assertThat(detailed.texts).contains("Smart TV", "wifi", "Local control");
        assertThat(overview.shapes).isPositive().isLessThan(detailed.shapes);
    }
}
