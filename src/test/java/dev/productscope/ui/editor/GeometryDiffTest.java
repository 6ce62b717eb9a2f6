package dev.productscope.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.analysis.Analysis;
import dev.productscope.analysis.Analyzer;
import dev.productscope.edit.MoveElements;
import dev.productscope.io.BundledExamples;
import dev.productscope.model.Model;
import dev.productscope.render.DiagramGeometry;
import dev.productscope.render.Rect;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeometryDiffTest {

    private final Model model = BundledExamples.defaultExample().load();
    private final Analysis analysis = Analyzer.analyze(model);
    private final DiagramGeometry before = DiagramGeometry.of(model, analysis);

    @Test
    void nothingChangedIsNoRegion() {
        assertThat(GeometryDiff.changed(before, DiagramGeometry.of(model, analysis))).isNull();
    }

    @Test
    void movingOneComponentCoversItsOldAndNewPlaceAndItsLinesButNotTheFarSide() {
        Model moved = new MoveElements(List.of("tv"), 30, 0).apply(model);

        Rect region = GeometryDiff.changed(before, DiagramGeometry.of(moved, analysis));

        Rect tvBefore = before.componentBounds("tv").orElseThrow();
        assertThat(region.contains(tvBefore)).isTrue();
        assertThat(region.contains(tvBefore.x() + 30 + tvBefore.width() / 2, tvBefore.centreY())).isTrue();
        assertThat(region.contains(before.linkSegment("l-tv-router").orElseThrow().bounds())).isTrue();
        Rect far = before.componentBounds("bulb-a").orElseThrow();
        assertThat(region.intersects(far)).isFalse();
    }
}
