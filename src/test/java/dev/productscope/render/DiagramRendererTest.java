package dev.productscope.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.io.BundledExamples;
import dev.productscope.model.LegendCategory;
import dev.productscope.model.Model;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiagramRendererTest {

    private static final double TOLERANCE = 40;

    private static Model example(String id) {
        return BundledExamples.find(id).orElseThrow().load();
    }

    @Test
    void everyExampleRendersAPicture() {
        for (BundledExamples.Example example : BundledExamples.all()) {
            RenderedDiagram diagram = RenderedDiagram.of(example.load(), RenderOptions.defaults());
            assertThat(diagram.inkShare()).as(example.id()).isGreaterThan(0.2);
        }
    }

    @Test
    void iconsAreFilledWithTheirLegendColour() {
        RenderedDiagram diagram = RenderedDiagram.of(example("remote-backends"), RenderOptions.defaults());
        Rect bulb = diagram.geometry().componentBounds("bulb-b").orElseThrow();
        Rect router = diagram.geometry().componentBounds("router").orElseThrow();
        Rect servers = diagram.geometry().componentBounds("dc-servers").orElseThrow();

        assertThat(diagram.shareNear(bulb.padded(-bulb.width() / 4),
                DiagramStyle.category(LegendCategory.IOT_PRODUCT_COMPONENT), TOLERANCE)).isGreaterThan(0.3);
        assertThat(diagram.shareNear(router, DiagramStyle.category(LegendCategory.NETWORK_INFRASTRUCTURE),
                TOLERANCE)).isGreaterThan(0.05);
        assertThat(diagram.shareNear(servers, DiagramStyle.category(LegendCategory.HOSTING_HARDWARE_PLATFORM),
                TOLERANCE)).isGreaterThan(0.15);
        assertThat(diagram.shareNear(bulb, DiagramStyle.category(LegendCategory.NETWORK_INFRASTRUCTURE),
                TOLERANCE)).isLessThan(0.01);
    }

    @Test
    void aHiddenProductHasNoBoundary() {
        Model model = example("remote-backends");
        RenderedDiagram shown = RenderedDiagram.of(model, RenderOptions.defaults());
        RenderedDiagram hidden = RenderedDiagram.of(model,
                RenderOptions.defaults().withHiddenProducts(Set.of("p-bulb-b")));
        ProductOutline outline = shown.geometry().productOutlines().stream()
                .filter(o -> o.productId().equals("p-bulb-b")).findFirst().orElseThrow();
        Rgb colour = DiagramStyle.product(outline.index());
        Rect area = outline.areas().get(0);

        int seenShown = 0;
        int seenHidden = 0;
        for (double t : List.of(0.3, 0.4, 0.5, 0.6, 0.7)) {
            double x = area.x() + area.width() * t;
            seenShown += shown.near(x, area.maxY(), colour, TOLERANCE) ? 1 : 0;
            seenHidden += hidden.near(x, area.maxY(), colour, TOLERANCE) ? 1 : 0;
        }
        assertThat(seenShown).isGreaterThanOrEqualTo(4);
        assertThat(seenHidden).isZero();
    }

    @Test
    void aSelectedComponentIsRingedInTheSelectionColour() {
        Model model = example("local-device-only");
        RenderedDiagram plain = RenderedDiagram.of(model, RenderOptions.defaults());
        RenderedDiagram selected = RenderedDiagram.of(model, RenderOptions.defaults().withSelection(Set.of("bulb")));
        Rect ring = selected.geometry().componentBounds("bulb").orElseThrow().padded(5);
        double[][] sides = {{ring.x(), ring.centreY()}, {ring.maxX(), ring.centreY()},
            {ring.centreX(), ring.y()}, {ring.centreX(), ring.maxY()}};

        for (double[] side : sides) {
            assertThat(selected.near(side[0], side[1], DiagramStyle.SELECTION, TOLERANCE)).isTrue();
            assertThat(plain.near(side[0], side[1], DiagramStyle.SELECTION, TOLERANCE)).isFalse();
        }
    }

    @Test
    void theLegendIsDrawnOnlyWhenAsked() {
        Model model = example("local-management");
        RenderedDiagram with = RenderedDiagram.of(model, RenderOptions.defaults());
        RenderedDiagram without = RenderedDiagram.of(model, RenderOptions.defaults().withLegend(false));

        assertThat(with.image().getHeight()).isGreaterThan(without.image().getHeight() + (int) Legend.HEIGHT);
        Rect legend = with.geometry().legendBounds();
        assertThat(with.shareNear(legend, DiagramStyle.category(LegendCategory.IOT_INFRASTRUCTURE), TOLERANCE))
                .isGreaterThan(0);
    }
}
