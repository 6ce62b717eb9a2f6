package dev.productscope.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.analysis.Analysis;
import dev.productscope.analysis.Analyzer;
import dev.productscope.io.BundledExamples;
import dev.productscope.model.Component;
import dev.productscope.model.ComponentKind;
import dev.productscope.model.Model;
import dev.productscope.model.Zone;
import dev.productscope.model.ZoneKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagramGeometryTest {

    private static Model example(String id) {
        return BundledExamples.find(id).orElseThrow().load();
    }

    private static DiagramGeometry geometryOf(Model model) {
        return DiagramGeometry.of(model, Analyzer.analyze(model));
    }

    @Test
    void hostedSoftwareIsStackedOnItsHostWithoutOverlapping() {
        Model model = example("smart-building");
        DiagramGeometry geometry = geometryOf(model);
        Rect host = geometry.componentBounds("cloud-a-platform").orElseThrow();
        List<ComponentShape> tiles = new ArrayList<>();
        for (Component component : model.components()) {
            if ("cloud-a-platform".equals(component.hostedOn())) {
                tiles.add(geometry.component(component.id()).orElseThrow());
            }
        }

        assertThat(tiles).hasSize(4);
        double below = host.y();
        for (ComponentShape tile : tiles) {
            assertThat(tile.isTile()).isTrue();
            assertThat(tile.host()).isEqualTo("cloud-a-platform");
            assertThat(tile.bounds().centreX()).isEqualTo(host.centreX());
            assertThat(tile.bounds().maxY()).isLessThan(below).isGreaterThan(below - 12);
            below = tile.bounds().y();
        }
        for (int i = 0; i < tiles.size(); i++) {
            for (int j = i + 1; j < tiles.size(); j++) {
                assertThat(tiles.get(i).bounds().intersects(tiles.get(j).bounds()))
                        .as("%s overlaps %s", tiles.get(i).id(), tiles.get(j).id()).isFalse();
            }
        }
    }

    @Test
    void hostedSoftwareIgnoresItsOwnPosition() {
        Model model = example("remote-backends");
        Component app = model.component("bulb-a-app").orElseThrow();
        Model moved = model.withComponents(model.components().stream()
                .map(c -> c.id().equals(app.id()) ? c.withPosition(2000, 2000) : c).toList());

        assertThat(geometryOf(moved).componentBounds("bulb-a-app"))
                .isEqualTo(geometryOf(model).componentBounds("bulb-a-app"));
    }

    @Test
    void componentsWithoutSizeGetTheirKindsDefaultCentredOnTheirPosition() {
        Model model = Model.empty("sizes")
                .withZones(List.of(new Zone("home", "Home", ZoneKind.CUSTOMER_ENVIRONMENT, 0, 0, 800, 400)))
                .withComponents(List.of(
                        Component.of("bulb", "Bulb", ComponentKind.IOT_DEVICE, "home", 100, 100),
                        Component.of("net", "Internet", ComponentKind.INTERNET, null, 600, 100),
                        Component.of("big", "Big hub", ComponentKind.IOT_GATEWAY, "home", 300, 300)
                                .withSize(120.0, 90.0)));
        DiagramGeometry geometry = geometryOf(model);

        assertThat(geometry.componentBounds("bulb")).contains(new Rect(68, 68, 64, 64));
        assertThat(geometry.componentBounds("net")).contains(new Rect(545, 65, 110, 70));
        assertThat(geometry.componentBounds("big")).contains(new Rect(240, 255, 120, 90));
        assertThat(geometry.component("bulb").orElseThrow().label().y()).isGreaterThan(132);
    }

    @Test
    void flowFollowsItsRouteThroughRouterAndInternetToTheBackendTile() {
        Model model = example("remote-backends");
        Analysis analysis = Analyzer.analyze(model);
        DiagramGeometry geometry = DiagramGeometry.of(model, analysis);
        Polyline path = geometry.flowPath("f-bulb-a-backend").orElseThrow();

        assertThat(analysis.route("f-bulb-a-backend").path()).contains("router", "internet");
        for (String crossed : List.of("gateway", "router", "internet")) {
            Rect box = geometry.componentBounds(crossed).orElseThrow();
            assertThat(nearestVertex(path, box.centreX(), box.centreY()))
                    .as("passes by the centre of %s", crossed).isLessThan(2 * FlowPaths.SPACING);
        }
        Rect bulb = geometry.componentBounds("bulb-a").orElseThrow();
        Rect tile = geometry.componentBounds("bulb-a-backend").orElseThrow();
        int last = path.size() - 1;
        assertThat(bulb.contains(path.x(0), path.y(0))).isFalse();
        assertThat(bulb.padded(5).contains(path.x(0), path.y(0))).isTrue();
        assertThat(tile.padded(5).contains(path.x(last), path.y(last))).isTrue();
    }

    @Test
    void flowsSharingAStretchAreDrawnApart() {
        DiagramGeometry geometry = geometryOf(example("remote-backends"));
        List<Polyline> overRouter = List.of(geometry.flowPath("f-bulb-a-backend").orElseThrow(),
                geometry.flowPath("f-bulb-a-app-backend").orElseThrow(),
                geometry.flowPath("f-tv-backend").orElseThrow());
        Rect internet = geometry.componentBounds("internet").orElseThrow();
        List<double[]> atInternet = overRouter.stream()
                .map(p -> vertexNear(p, internet.centreX(), internet.centreY())).toList();

        for (int i = 0; i < atInternet.size(); i++) {
            for (int j = i + 1; j < atInternet.size(); j++) {
                assertThat(Math.hypot(atInternet.get(i)[0] - atInternet.get(j)[0],
                        atInternet.get(i)[1] - atInternet.get(j)[1])).isGreaterThan(FlowPaths.SPACING * 0.9);
            }
        }
    }

    @Test
    void boundsHoldEverythingDrawnInEveryExample() {
        for (BundledExamples.Example example : BundledExamples.all()) {
            DiagramGeometry geometry = geometryOf(example.load());
            Rect content = geometry.contentBounds();
            geometry.zones().forEach(z -> assertThat(content.contains(z.extent())).as(z.id()).isTrue());
            geometry.components().forEach(c -> assertThat(content.contains(c.extent())).as(c.id()).isTrue());
            geometry.linkSegments().forEach((id, s) -> assertThat(content.contains(s.bounds())).as(id).isTrue());
            geometry.flowPaths().forEach((id, p) -> assertThat(content.contains(p.bounds())).as(id).isTrue());
            geometry.productOutlines().forEach(o -> o.areas().forEach(
                    a -> assertThat(content.contains(a)).as(o.productId()).isTrue()));
            assertThat(geometry.bounds().contains(content)).isTrue();
            assertThat(geometry.bounds().contains(geometry.legendBounds())).isTrue();
            assertThat(geometry.legendBounds().intersects(content)).isFalse();
        }
    }

    @Test
    void theSameModelGivesTheSameGeometry() {
        Model model = example("smart-building");
        DiagramGeometry a = geometryOf(model);
        DiagramGeometry b = geometryOf(model);

        assertThat(a.flowPaths()).isEqualTo(b.flowPaths());
        assertThat(List.copyOf(a.components())).isEqualTo(List.copyOf(b.components()));
        assertThat(a.productOutlines()).isEqualTo(b.productOutlines());
        assertThat(a.bounds()).isEqualTo(b.bounds());
    }

    @Test
    void aCustomerEnvironmentIsAHouseWithItsRoofAboveTheZone() {
        DiagramGeometry geometry = geometryOf(example("remote-backends"));
        ZoneShape home = geometry.zone("home").orElseThrow();
        ZoneShape cloud = geometry.zone("cloud").orElseThrow();

        assertThat(home.outline().size()).isEqualTo(5);
        assertThat(home.outline().bounds().y()).isLessThan(home.area().y());
        assertThat(geometry.zoneBounds("home")).contains(new Rect(40, 40, 700, 700));
        assertThat(cloud.outline().bounds()).isEqualTo(cloud.area());
    }

    private static double nearestVertex(Polyline path, double x, double y) {
        double[] v = vertexNear(path, x, y);
        return Math.hypot(v[0] - x, v[1] - y);
    }

    private static double[] vertexNear(Polyline path, double x, double y) {
        double[] best = null;
        for (int i = 0; i < path.size(); i++) {
            if (best == null || Math.hypot(path.x(i) - x, path.y(i) - y) < Math.hypot(best[0] - x, best[1] - y)) {
                best = new double[] {path.x(i), path.y(i)};
            }
        }
        return best;
    }

    @Test
    void theBoundsOfSeveralElementsCoverEachAndIgnoreWhatIsNotDrawn() {
        DiagramGeometry geometry = geometryOf(example("remote-backends"));
        Rect router = geometry.componentBounds("router").orElseThrow();
        Rect cloud = geometry.zoneBounds("cloud").orElseThrow();

        Rect both = geometry.boundsOf(java.util.List.of("router", "cloud", "no-such-id")).orElseThrow();

        assertThat(both.contains(router)).isTrue();
        assertThat(both.contains(cloud)).isTrue();
        assertThat(both).isEqualTo(router.union(cloud));
        assertThat(geometry.boundsOf(java.util.List.of("no-such-id"))).isEmpty();
    }
}
